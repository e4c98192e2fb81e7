// The "Export Markdown" button in the notes header.
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
      <svg
        width="14"
        height="14"
        viewBox="0 0 16 16"
        aria-hidden="true"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
      >
        <path
          d="M8 2v8M4.5 6.5 8 10l3.5-3.5M2.5 11.5v2h11v-2"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      {exporting ? 'Exporting…' : 'Export Markdown'}
    </button>
  );
}
