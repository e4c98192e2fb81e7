// The foot of every export dialog: why the last save failed, if it did, then Cancel and Save
// (Save… on the desktop, where a save dialog asks where the file goes).
import { isDesktop } from '../api/client';

interface Props {
  error: string | null;
  saving: boolean;
  /** Nothing to save yet (a scope with a problem, a preview still being made). */
  disabled?: boolean;
  onCancel: () => void;
  onSave: () => void;
  busyLabel?: string;
}

export function ExportActions({ error, saving, disabled, onCancel, onSave, busyLabel }: Props) {
  return (
    <>
      {error && (
        <p className="export-dialog__error" role="alert">
          {error}
        </p>
      )}
      <footer className="modal__actions export-dialog__actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button
          type="button"
          className="button button--primary"
          onClick={onSave}
          disabled={saving || disabled}
        >
          {saving ? (busyLabel ?? 'Exporting…') : isDesktop() ? 'Save…' : 'Save'}
        </button>
      </footer>
    </>
  );
}

/** A preview not ready: being made, or failed (and why). */
export function PreviewPending({ failed }: { failed?: string }) {
  return failed === undefined ? (
    <p className="pane__empty">Preparing the preview…</p>
  ) : (
    <p className="export-dialog__error" role="alert">
      The preview could not be made: {failed}
    </p>
  );
}
