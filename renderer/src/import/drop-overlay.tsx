// What the window shows while files are dragged over it: where they will go and what is read.
export function DropOverlay() {
  return (
    <div className="drop-overlay" data-testid="drop-overlay" aria-hidden="true">
      <div className="drop-overlay__card">
        <svg
          width="36"
          height="36"
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
        >
          <path
            d="M12 3v12M7 10l5 5 5-5M4 17v2a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-2"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        <p className="drop-overlay__title">Drop to import into your library</p>
        <p className="drop-overlay__hint">
          Files or whole folders: .txt, .html, .pdf, .docx, .md. Each is imported in turn.
        </p>
      </div>
    </div>
  );
}
