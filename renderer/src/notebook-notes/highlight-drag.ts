// A highlight dragged from its card or its Quotations row into a notebook note: the drag carries
// the highlight's id, and as plain text its reference, so the note's text box takes the drop
// where the pointer lets go (the editor then sets the quote apart as a block of its own).
import type { DragEvent } from 'react';
import { highlightRef } from '../../../shared/note-refs';

export const HIGHLIGHT_DRAG_TYPE = 'application/x-dossier-highlight';

export function startHighlightDrag(event: DragEvent, highlightId: string): void {
  event.dataTransfer.setData(HIGHLIGHT_DRAG_TYPE, highlightId);
  event.dataTransfer.setData('text/plain', highlightRef(highlightId));
  event.dataTransfer.effectAllowed = 'copy';
}

/** The highlight a drop brings, if it brings one. */
export function droppedHighlight(event: DragEvent): string | null {
  return event.dataTransfer.getData(HIGHLIGHT_DRAG_TYPE) || null;
}

/** What makes an element take a dropped highlight (an ACH matrix, its evidence adder). */
export function highlightDropTarget(onHighlight: (highlightId: string) => void) {
  return {
    onDragOver: (event: DragEvent) => {
      if (event.dataTransfer.types.includes(HIGHLIGHT_DRAG_TYPE)) event.preventDefault();
    },
    onDrop: (event: DragEvent) => {
      const highlightId = droppedHighlight(event);
      if (!highlightId) return;
      event.preventDefault();
      onHighlight(highlightId);
    },
  };
}

/**
 * Where a dropped reference went: the text box put it in `after`, somewhere past the stretch
 * `after` shares with `before`; -1 when it is not there.
 */
export function dropOffset(before: string, after: string, highlightId: string): number {
  const ref = highlightRef(highlightId);
  let same = 0;
  while (same < before.length && before[same] === after[same]) same++;
  return after.indexOf(ref, Math.max(0, same - ref.length));
}
