// The "Export…" button in the notes header: opens the export dialog.
import { Icon } from '../icons';

interface Props {
  onOpen: () => void;
}

export function ExportButton({ onOpen }: Props) {
  return (
    <button
      type="button"
      className="button button--primary"
      onClick={onOpen}
      aria-haspopup="dialog"
      title="Export highlights and notes (Markdown, Word, PDF, HTML, CSV, annotations, a bundle)"
    >
      <Icon name="export" />
      Export…
    </button>
  );
}
