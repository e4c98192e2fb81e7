// Caret mode's keys as moves: which way and how far an arrow, Home or End moves the caret (or
// stretches the selection with Shift), and which highlight `[` and `]` go to from the caret.
import type { PlacedHighlight } from './highlight-placement';

export interface CaretMove {
  alter: 'move' | 'extend';
  /** left/right are on screen (right-to-left text turns them round); the others in reading order. */
  direction: 'left' | 'right' | 'backward' | 'forward';
  granularity: 'character' | 'word' | 'line' | 'lineboundary';
}

export interface CaretKey {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/** The move a key makes in caret mode, or null when the key is not a caret key. */
export function caretMove(event: CaretKey): CaretMove | null {
  if (event.altKey) return null;
  const alter = event.shiftKey ? 'extend' : 'move';
  const byWord = event.ctrlKey || event.metaKey;
  switch (event.key) {
    case 'ArrowLeft':
      return { alter, direction: 'left', granularity: byWord ? 'word' : 'character' };
    case 'ArrowRight':
      return { alter, direction: 'right', granularity: byWord ? 'word' : 'character' };
    case 'ArrowUp':
      return byWord ? null : { alter, direction: 'backward', granularity: 'line' };
    case 'ArrowDown':
      return byWord ? null : { alter, direction: 'forward', granularity: 'line' };
    case 'Home':
      return byWord ? null : { alter, direction: 'backward', granularity: 'lineboundary' };
    case 'End':
      return byWord ? null : { alter, direction: 'forward', granularity: 'lineboundary' };
    default:
      return null;
  }
}

/**
 * The highlight `]` (step 1) or `[` (step -1) goes to from the caret at `offset`: the first one
 * beginning after it, or the last one beginning before it. `placed` is in document order.
 * Null when there is none that way.
 */
export function highlightFromCaret(
  placed: readonly PlacedHighlight[],
  offset: number,
  step: 1 | -1,
): PlacedHighlight | null {
  if (step > 0) return placed.find((p) => p.start > offset) ?? null;
  for (let i = placed.length - 1; i >= 0; i--) if (placed[i]!.start < offset) return placed[i]!;
  return null;
}
