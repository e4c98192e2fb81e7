// Undo and Redo as buttons, naming what they would undo or redo.
import type { Undo } from './use-undo';

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);
const MOD = isMac ? '⌘' : 'Ctrl+';

export function UndoButtons({ undo }: { undo: Undo }) {
  return (
    <span className="undo-buttons" role="group" aria-label="Undo history">
      <button
        type="button"
        className="button button--small"
        disabled={!undo.undoLabel || undo.busy}
        onClick={undo.undo}
        title={undo.undoLabel ? `Undo ${undo.undoLabel} (${MOD}Z)` : 'Nothing to undo'}
      >
        Undo
      </button>
      <button
        type="button"
        className="button button--small"
        disabled={!undo.redoLabel || undo.busy}
        onClick={undo.redo}
        title={
          undo.redoLabel
            ? `Redo ${undo.redoLabel} (${isMac ? '⇧⌘Z' : 'Ctrl+Y'})`
            : 'Nothing to redo'
        }
      >
        Redo
      </button>
    </span>
  );
}
