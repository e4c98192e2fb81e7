// An article's entry in library.json, derived from its own file.
import type { ArticleFile, ArticleSummary } from '../../../shared/model';

export function summaryOf(file: ArticleFile): ArticleSummary {
  const { text: _text, blocks: _blocks, sourceBlocks: _sourceBlocks, ...meta } = file.article;
  return { ...meta, highlightCount: file.highlights.length };
}
