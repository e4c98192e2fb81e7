// For the export tests of paragraph ranges: a highlight made over given words of an article
// (selectors as the reader would write them, positions in code points) and a model holding
// only that article with those highlights, for the formats to render.
import { describe } from '../../../shared/anchoring';
import type { ArticleDetail, Highlight } from '../../../shared/model';
import type { ExportModel } from './model';

const AT = '2024-06-25T10:00:00.000Z';

/** A highlight over the first occurrence of `exact` in the article's text. */
export function highlightOver(article: ArticleDetail, exact: string, id: string): Highlight {
  const start = article.text.indexOf(exact);
  if (start < 0) throw new Error(`not in the text: ${exact}`);
  return {
    id,
    articleId: article.id,
    ...describe(article.text, start, start + exact.length),
    color: 'yellow',
    note: '',
    tagIds: [],
    createdAt: AT,
    updatedAt: AT,
  };
}

/** The model with only the article at `index`, holding only `highlights`. */
export function onlyHighlights(
  model: ExportModel,
  index: number,
  highlights: Highlight[],
): ExportModel {
  const article = model.articles[index]!;
  return { ...model, articles: [{ ...article, highlights }] };
}
