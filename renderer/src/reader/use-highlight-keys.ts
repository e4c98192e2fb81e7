// Keys for the selected highlight when no text is selected: `1`-`6` recolour, Alt+`1`-`6` grade
// its credibility (Alt+`0` clears), `n` its note,
// Delete removes it, Escape lets go of it, arrows move to the previous or next one. Only the
// highlight whose mark holds the keyboard focus (and is drawn selected) is changed: a key never
// acts on a highlight the analyst cannot see.
import { useEffect, useRef } from 'react';
import type { Credibility } from '../../../shared/grading';
import type { HighlightColor } from '../../../shared/model';
import { COLORS } from '../settings/color-meanings';
import { isTyping } from '../undo/use-undo';
import type { PlacedHighlight } from './highlight-placement';

/** What the keys (and the same buttons and clicks) can do to highlights. */
export interface HighlightCommands {
  /** Makes a highlight the current one: its mark focused and in view, its card shown. */
  select: (id: string) => void;
  deselect: () => void;
  focusNote: (id: string) => void;
  recolor: (id: string, color: HighlightColor) => void;
  /** Sets the quote's credibility 1–6, or clears it (null). */
  grade?: (id: string, credibility: Credibility | null) => void;
  remove: (id: string) => void;
  /** A key for a highlight was pressed with none selected: say so, softly. */
  nothingSelected?: () => void;
}

export function useHighlightKeys(
  placed: readonly PlacedHighlight[],
  activeId: string | null,
  hasSelection: boolean,
  commands: HighlightCommands,
) {
  const latest = useRef({ placed, activeId, hasSelection, commands });
  useEffect(() => {
    latest.current = { placed, activeId, hasSelection, commands };
  });

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const { placed, activeId, hasSelection, commands } = latest.current;
      if (event.defaultPrevented || event.ctrlKey || event.metaKey) return;
      // Alt+1 … Alt+6 grade the selected quote's credibility, Alt+0 clears it. The key's code,
      // not its character: on a Mac, Alt+digit types a symbol.
      if (event.altKey) {
        const graded = /^(?:Digit|Numpad)([0-6])$/.exec(event.code);
        const target = event.target instanceof HTMLElement ? event.target : null;
        const id = target?.matches('mark[data-highlight-id]')
          ? target.getAttribute('data-highlight-id')
          : null;
        if (!graded || !id || !latest.current.commands.grade) return;
        event.preventDefault();
        const value = Number(graded[1]);
        latest.current.commands.grade(id, value === 0 ? null : (value as Credibility));
        return;
      }
      // A selection belongs to the selection toolbar; a text box or a colour group to itself.
      if (hasSelection || isTyping(event.target)) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      if (target?.closest('[role="radiogroup"], [role="dialog"], [role="menu"]')) return;

      const onMark = target?.matches('mark[data-highlight-id]') ?? false;
      const step =
        event.key === 'ArrowRight' || (onMark && event.key === 'ArrowDown')
          ? 1
          : event.key === 'ArrowLeft' || (onMark && event.key === 'ArrowUp')
            ? -1
            : 0;
      if (step && !event.shiftKey) {
        if (placed.length === 0) return;
        event.preventDefault();
        const at = placed.findIndex((p) => p.highlight.id === activeId);
        const next =
          at === -1
            ? step > 0
              ? 0
              : placed.length - 1
            : Math.min(Math.max(at + step, 0), placed.length - 1);
        commands.select(placed[next]!.highlight.id);
        return;
      }
      if (event.key === 'Escape' && activeId) {
        commands.deselect();
        return;
      }
      if (event.repeat) return;
      const digit = Number(event.key);
      const isColour = digit >= 1 && digit <= 6;
      const isNote = event.key === 'n' || event.key === 'N';
      const isDelete = event.key === 'Delete' || (onMark && event.key === 'Backspace');
      if (!isColour && !isNote && !isDelete) return;
      const selectedId = onMark ? (target?.getAttribute('data-highlight-id') ?? null) : null;
      if (!selectedId) {
        // On a button or a link the key is theirs; on the page it was meant for a highlight.
        if (!target?.closest('button, a, [role="button"], [role="option"]'))
          commands.nothingSelected?.();
        return;
      }
      event.preventDefault();
      if (isColour) commands.recolor(selectedId, COLORS[digit - 1]!);
      else if (isNote) commands.focusNote(selectedId);
      else commands.remove(selectedId);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
