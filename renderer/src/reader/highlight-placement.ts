// Finds where each highlight sits in the article's text today (UTF-16), and which paragraph holds it.
import { anchor } from '../../../shared/anchoring';
import type { ArticleDetail, Highlight } from '../../../shared/model';
import { paragraphNumber } from '../../../shared/paragraphs';

export interface PlacedHighlight {
  highlight: Highlight;
  /** UTF-16 range in the article text. */
  start: number;
  end: number;
  /** 1-based number of the kept block where the quote begins, as the Markdown export cites it. */
  paragraph: number;
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
    // An orphan's quote may still occur elsewhere; it is never attached to other words.
    if (highlight.orphan) {
      orphans.push(highlight);
      continue;
    }
    const range = anchor(article.text, { quote: highlight.quote, position: highlight.position });
    if (!range || range.end <= range.start) {
      orphans.push(highlight);
      continue;
    }
    placed.push({ highlight, ...range, paragraph: paragraphNumber(article.blocks, range.start) });
  }
  placed.sort(
    (a, b) =>
      a.start - b.start ||
      b.end - a.end ||
      a.highlight.createdAt.localeCompare(b.highlight.createdAt),
  );
  return { placed, orphans };
}
