// Sorts the placed highlights into the blocks they touch in one pass, so each block is handed
// only its own (and a block whose highlights did not change can skip rendering).
import type { Block } from '../../../shared/model';
import type { PlacedHighlight } from './highlight-placement';

const NONE: readonly PlacedHighlight[] = [];

/**
 * For each block (by its index), the highlights that overlap it, in document order. Blocks are
 * in text order and do not overlap, so each highlight finds its first block by binary search
 * and walks on only as far as it reaches.
 */
export function highlightsByBlock(
  blocks: readonly Block[],
  placed: readonly PlacedHighlight[],
): readonly (readonly PlacedHighlight[])[] {
  const byBlock: PlacedHighlight[][] = blocks.map(() => []);
  for (const p of placed) {
    for (let i = firstEndingAfter(blocks, p.start); i < blocks.length; i++) {
      const block = blocks[i]!;
      if (block.start >= p.end) break;
      if (block.end > p.start) byBlock[i]!.push(p);
    }
  }
  return byBlock;
}

export const blockHighlights = (
  index: readonly (readonly PlacedHighlight[])[],
  blockIndex: number,
): readonly PlacedHighlight[] => index[blockIndex] ?? NONE;

/** Index of the first block whose end lies after `offset` (blocks.length when none does). */
function firstEndingAfter(blocks: readonly Block[], offset: number): number {
  let low = 0;
  let high = blocks.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (blocks[mid]!.end > offset) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** Same highlights, placed alike, in the same order: a block showing them looks the same. */
export function samePlaced(a: readonly PlacedHighlight[], b: readonly PlacedHighlight[]): boolean {
  return a === b || (a.length === b.length && a.every((p, i) => p === b[i]));
}
