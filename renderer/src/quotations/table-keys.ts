// The Quotations table's keys: arrows, Page Up/Down, Home and End move the cursor (Shift takes
// the run), Space toggles, Enter opens the source, Ctrl/Cmd+A selects all shown, 1–6 recolour
// the selection, Alt+1–6 grade its credibility (Alt+0 clears it), Escape lets go of it.
import type { KeyboardEvent } from 'react';
import type { HighlightColor } from '../../../shared/model';
import type { QuotationRow } from '../../../shared/search';
import { COLORS } from '../settings/color-meanings';
import type { QuotationSelection } from './use-quotation-selection';

export interface TableKeyActions {
  count: number;
  rowAt: (index: number) => QuotationRow | undefined;
  selection: QuotationSelection;
  open: (row: QuotationRow) => void;
  recolour: (color: HighlightColor) => void;
  /** Grades the selection's credibility 1–6, or clears it (null). */
  grade: (credibility: number | null) => void;
  /** Escape with nothing selected (the full-window view closes). */
  onEscape?: () => void;
}

export function onTableKey(
  event: KeyboardEvent<HTMLElement>,
  rowsPerPage: number,
  { count, rowAt, selection, open, recolour, grade, onEscape }: TableKeyActions,
): void {
  const { cursor, anchor, ids } = selection.selection;
  const mod = event.ctrlKey || event.metaKey;
  const at = cursor ?? -1;
  const moves: Record<string, number> = {
    ArrowDown: at + 1,
    ArrowUp: at - 1,
    PageDown: at + rowsPerPage,
    PageUp: at - rowsPerPage,
    Home: 0,
    End: count - 1,
  };
  if (event.key in moves && count > 0 && !event.altKey) {
    event.preventDefault();
    const next = Math.max(0, Math.min(count - 1, moves[event.key]!));
    if (event.shiftKey && cursor !== null) {
      // The run starts at the anchor, or where the cursor stood when Shift was first used.
      void selection.extendTo(next, false, anchor ?? cursor);
    } else selection.moveCursor(next);
    return;
  }
  if (mod && !event.shiftKey && event.key.toLowerCase() === 'a') {
    event.preventDefault();
    void selection.selectAll();
    return;
  }
  // Alt and a digit grade, as in the reader (by the key's place: Alt+digit types other
  // characters on some keyboards).
  const graded = event.altKey && !mod ? /^(?:Digit|Numpad)([0-6])$/.exec(event.code) : null;
  if (graded) {
    event.preventDefault();
    event.stopPropagation();
    if (ids.size > 0) grade(graded[1] === '0' ? null : Number(graded[1]));
    return;
  }
  // Ctrl/Cmd with other keys (undo, redo) belongs to the window.
  if (mod || event.altKey) return;
  const row = cursor === null ? undefined : rowAt(cursor);
  if (event.key === ' ') {
    event.preventDefault();
    if (row && cursor !== null) selection.toggle(cursor, row.highlight.id);
  } else if (event.key === 'Enter') {
    event.preventDefault();
    if (row) open(row);
  } else if (event.key === 'Escape') {
    if (ids.size > 0) {
      event.preventDefault();
      selection.clear();
    } else onEscape?.();
  } else if (/^[1-6]$/.test(event.key)) {
    event.preventDefault();
    if (ids.size > 0) recolour(COLORS[Number(event.key) - 1]!);
  }
  // Keys the reader uses for its own current highlight stay out of the table.
  event.stopPropagation();
}
