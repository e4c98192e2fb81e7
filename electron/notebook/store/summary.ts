// An article's entry in library.json, derived from its own file.
import type { ArticleFile, ArticleSummary } from '../../../shared/model';
import { tagSetsOf } from '../../../shared/tag-counts';

export function summaryOf(file: ArticleFile): ArticleSummary {
  const {
    text: _text,
    blocks: _blocks,
    sourceBlocks: _sourceBlocks,
    cleaning: _cleaning,
    ...meta
  } = file.article;
  const tagCounts: Record<string, number> = {};
  for (const h of file.highlights) for (const t of h.tagIds) tagCounts[t] = (tagCounts[t] ?? 0) + 1;
  const tagSets = tagSetsOf(file.highlights);
  const orphanCount = file.highlights.filter((h) => h.orphan).length;
  return {
    ...meta,
    highlightCount: file.highlights.length,
    ...(Object.keys(tagCounts).length ? { tagCounts, tagSets } : {}),
    ...(orphanCount ? { orphanCount } : {}),
  };
}
