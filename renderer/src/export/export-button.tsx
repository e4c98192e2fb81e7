// The "Export Markdown" button in the notes header.
import { Icon } from '../icons';

interface Props {
  onExport: () => void;
  exporting: boolean;
  disabled: boolean;
}

export function ExportButton({ onExport, exporting, disabled }: Props) {
  return (
    <button
      type="button"
      className="button button--primary"
      onClick={onExport}
      disabled={disabled || exporting}
      title="Save this article's highlights and notes as a Markdown file, each quote cited"
    >
      <Icon name="export" />
      {exporting ? 'Exporting…' : 'Export Markdown'}
    </button>
  );
}
