// Paragraph numbers as the reader shows them and exports cite them: 1-based block index, and the
// range a quote runs over (`¶ 5`, `¶ 5–6`), defined once for the reader, the Quotations view and
// every export.
import type { Block } from './model';
import type { QuotationRow } from './search';

/** The first and last paragraph a quote runs through; equal for a quote within one paragraph. */
export type ParagraphRange = QuotationRow['paragraph'];

/** The number of the block holding UTF-16 offset `offset`, or of the next block after a gap. */
export function paragraphNumber(blocks: readonly Block[], offset: number): number {
  const at = blocks.findIndex((b) => offset < b.end);
  return at === -1 ? blocks.length : at + 1;
}

/**
 * The paragraphs the quote over UTF-16 `[start, end)` runs through. The end is exclusive: a quote
 * ending at its paragraph's end, or taking the break after it, does not run into the next one.
 */
export function paragraphRange(
  blocks: readonly Block[],
  start: number,
  end: number,
): ParagraphRange {
  const first = paragraphNumber(blocks, start);
  // The last block the quote reaches is the last one beginning before it ends.
  const last = blocks.findLastIndex((b) => b.start < end) + 1;
  return { first, last: Math.max(first, last) };
}

/** The numbers of a range as text: `5`, or `5–6` (an en dash) for a quote over several. */
export function paragraphNumbers({ first, last }: ParagraphRange): string {
  return first === last ? String(first) : `${first}–${last}`;
}

/** `¶ 5`, or `¶ 5–6` for a quote that runs over two paragraphs or more. */
export function paragraphLabel(range: ParagraphRange): string {
  return `¶ ${paragraphNumbers(range)}`;
}
