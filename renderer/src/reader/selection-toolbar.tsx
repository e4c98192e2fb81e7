// The small floating bar over a text selection: one action, Highlight (also on the `h` key).
import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import type { TextSelection } from './use-text-selection';

interface Props {
  selection: TextSelection;
  busy: boolean;
  onHighlight: () => void;
  onDismiss: () => void;
}

const TOOLBAR_HEIGHT = 40;

export function SelectionToolbar({ selection, busy, onHighlight, onDismiss }: Props) {
  useSelectionKeys(onHighlight, onDismiss);

  const { rect } = selection;
  // Above the selection when there is room, else below it. Always inside the window: a
  // selection scrolled (or extended by keyboard) out of view still keeps a reachable toolbar.
  const above = rect.top - TOOLBAR_HEIGHT - 8;
  const wanted = above > 8 ? above : rect.bottom + 8;
  const top = Math.min(Math.max(wanted, 8), window.innerHeight - TOOLBAR_HEIGHT - 8);
  const left = Math.min(Math.max(rect.left + rect.width / 2, 60), window.innerWidth - 60);

  return createPortal(
    <div
      className="selection-toolbar"
      data-testid="selection-toolbar"
      role="toolbar"
      aria-label="Selection"
      style={{ top, left }}
      // Keeps the text selected when the toolbar is pressed.
      onMouseDown={(event) => event.preventDefault()}
    >
      <button
        type="button"
        className="selection-toolbar__button"
        onClick={onHighlight}
        disabled={busy}
      >
        <span className="selection-toolbar__swatch" aria-hidden="true" />
        Highlight
        <kbd aria-hidden="true">H</kbd>
      </button>
    </div>,
    document.body,
  );
}

/** `h` highlights the selection and Escape drops it, unless the user is typing somewhere. */
function useSelectionKeys(onHighlight: () => void, onDismiss: () => void) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') return onDismiss();
      if (event.key !== 'h' && event.key !== 'H') return;
      if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
      const target = event.target;
      if (
        target instanceof HTMLElement &&
        (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
      ) {
        return;
      }
      event.preventDefault();
      onHighlight();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onHighlight, onDismiss]);
}
