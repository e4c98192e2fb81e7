// The floating bar over a text selection: Highlight (`h`) and the six colours with their meanings
// (`1`-`6`); while an orphan is being re-attached, "Attach here" instead.
import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import type { HighlightColor } from '../../../shared/model';
import { COLORS, colorName, useColorMeanings } from '../settings/color-meanings';
import { isTyping } from '../undo/use-undo';
import type { TextSelection } from './use-text-selection';

interface Props {
  selection: TextSelection;
  busy: boolean;
  onHighlight: (color?: HighlightColor) => void;
  onDismiss: () => void;
  /** Set while an orphan waits for new words: the one action is to attach it here. */
  attach?: { quote: string; onAttach: () => void };
}

const TOOLBAR_HEIGHT = 40;

export function SelectionToolbar({ selection, busy, onHighlight, onDismiss, attach }: Props) {
  useSelectionKeys(attach ? attach.onAttach : onHighlight, onDismiss, !attach);
  const { meanings } = useColorMeanings();

  const { rect } = selection;
  // Above the selection when there is room, else below it. Always inside the window: a
  // selection scrolled (or extended by keyboard) out of view still keeps a reachable toolbar.
  const above = rect.top - TOOLBAR_HEIGHT - 8;
  const wanted = above > 8 ? above : rect.bottom + 8;
  const top = Math.min(Math.max(wanted, 8), window.innerHeight - TOOLBAR_HEIGHT - 8);
  const left = Math.min(Math.max(rect.left + rect.width / 2, 180), window.innerWidth - 180);

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
      {attach ? (
        <button
          type="button"
          className="selection-toolbar__button"
          onClick={attach.onAttach}
          disabled={busy}
          title={`Attach “${attach.quote}” to the selected words`}
        >
          Attach here
          <kbd aria-hidden="true">H</kbd>
        </button>
      ) : (
        <>
          <button
            type="button"
            className="selection-toolbar__button"
            onClick={() => onHighlight()}
            disabled={busy}
          >
            <span className="selection-toolbar__swatch" aria-hidden="true" />
            Highlight
            <kbd aria-hidden="true">H</kbd>
          </button>
          <span className="selection-toolbar__colors">
            {COLORS.map((color, i) => (
              <button
                key={color}
                type="button"
                className={`selection-toolbar__color swatch--${color}`}
                data-color={color}
                aria-label={meanings[color]}
                title={`${meanings[color]} (${colorName(color)}, key ${i + 1})`}
                disabled={busy}
                onClick={() => onHighlight(color)}
              >
                {i + 1}
              </button>
            ))}
          </span>
        </>
      )}
    </div>,
    document.body,
  );
}

/**
 * `h` highlights the selection (`1`-`6` in a colour) and Escape drops it, unless the user is
 * typing somewhere.
 */
function useSelectionKeys(
  onHighlight: (color?: HighlightColor) => void,
  onDismiss: () => void,
  colours: boolean,
) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') return onDismiss();
      if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
      if (isTyping(event.target)) return;
      const digit = colours ? Number(event.key) : NaN;
      const color = digit >= 1 && digit <= 6 ? COLORS[digit - 1] : undefined;
      if (event.key !== 'h' && event.key !== 'H' && !color) return;
      event.preventDefault();
      // Other key handlers (the highlight keys) must not also act on this press.
      event.stopImmediatePropagation();
      onHighlight(color);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onHighlight, onDismiss, colours]);
}
