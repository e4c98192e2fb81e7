// What every export says about a quote besides its words: paragraph number, tag paths, colour
// meaning and where the article's date came from, worked out once for all formats.
import { codePointToUtf16 } from '../../../shared/anchoring';
import type { ArticleDetail, ColorMeanings, Highlight, Tag } from '../../../shared/model';
import { paragraphNumber } from '../../../shared/paragraphs';

/** The 1-based paragraph holding the quote's start (for an orphan, where it used to be). */
export function paragraphOf(article: ArticleDetail, highlight: Highlight): number {
  return paragraphNumber(article.blocks, codePointToUtf16(article.text, highlight.position.start));
}

/** The highlight's tags as paths (`Actors/TTP`), in the order the analyst gave them. */
export function tagPaths(tags: readonly Tag[], highlight: Highlight): string[] {
  return highlight.tagIds
    .map((id) => tags.find((t) => t.id === id)?.name)
    .filter((name): name is string => Boolean(name));
}

export function colorMeaning(meanings: ColorMeanings, highlight: Highlight): string {
  return meanings[highlight.color] ?? highlight.color;
}

/** Where the publication date was found, in the analyst's words ('' when unknown). */
export function dateOriginLabel(article: ArticleDetail): string {
  switch (article.publishedAtSource) {
    case 'date-line':
      return 'from the date line on the page';
    case 'user':
      return 'entered by hand';
    case 'metadata':
      return 'from the page metadata';
    case 'url':
      return 'from the URL';
    default:
      return '';
  }
}

/** The swatch each highlight colour is drawn with in the reader. */
export const COLOR_SWATCHES: Record<Highlight['color'], string> = {
  yellow: '#fde68a',
  green: '#bbf7d0',
  blue: '#bfdbfe',
  pink: '#fbcfe8',
  purple: '#ddd6fe',
  orange: '#fed7aa',
};
