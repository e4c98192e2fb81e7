// Paragraph numbers as the reader shows them and exports cite them: 1-based block index.
import type { Block } from './model';

/** The number of the block holding UTF-16 offset `offset`, or of the next block after a gap. */
export function paragraphNumber(blocks: readonly Block[], offset: number): number {
  const at = blocks.findIndex((b) => offset < b.end);
  return at === -1 ? blocks.length : at + 1;
}
