// Finds where each highlight sits in the article's text today (UTF-16), and which block holds it.
import { anchor } from '../../../shared/anchoring';
import type { ArticleDetail, Block, Highlight } from '../../../shared/model';

export interface PlacedHighlight {
  highlight: Highlight;
  /** UTF-16 range in the article text. */
  start: number;
  end: number;
  /** Index into the article's blocks of the block where the quote begins. */
  blockIndex: number;
}

export interface Placement {
  /** In document order: by start, then the longer (outer) one first. */
  placed: PlacedHighlight[];
  /** Highlights whose quote is no longer in the text: listed, never attached to other words. */
  orphans: Highlight[];
}

export function placeHighlights(
  article: Pick<ArticleDetail, 'text' | 'blocks' | 'highlights'>,
): Placement {
  const placed: PlacedHighlight[] = [];
  const orphans: Highlight[] = [];
  for (const highlight of article.highlights) {
    const range = anchor(article.text, { quote: highlight.quote, position: highlight.position });
    if (!range || range.end <= range.start) {
      orphans.push(highlight);
      continue;
    }
    placed.push({ highlight, ...range, blockIndex: blockIndexAt(article.blocks, range.start) });
  }
  placed.sort(
    (a, b) =>
      a.start - b.start ||
      b.end - a.end ||
      a.highlight.createdAt.localeCompare(b.highlight.createdAt),
  );
  return { placed, orphans };
}

/** The block containing `offset`, or the next one when the offset falls between blocks. */
export function blockIndexAt(blocks: readonly Block[], offset: number): number {
  const inside = blocks.findIndex((b) => offset >= b.start && offset < b.end);
  if (inside !== -1) return inside;
  const next = blocks.findIndex((b) => b.start >= offset);
  return next !== -1 ? next : Math.max(0, blocks.length - 1);
}
