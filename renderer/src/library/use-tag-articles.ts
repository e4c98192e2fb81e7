// The articles a tag filter lets through, asked of the host: `articles.list {tagId}` for a tag,
// and for a group that is only a path prefix, the articles whose tag counts hold a tag below it.
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { ArticleSummary } from '../../../shared/model';
import { articleListQuery } from '../api/queries';
import { useQueryErrorNotice } from '../api/use-query-error';
import { articleHasAny, type ResolvedFilter } from '../tags/tag-filter';

/** The ids shown under the filter, or null when nothing filters (or while it loads). */
export function useTagArticles(
  filter: ResolvedFilter | null,
  articles: readonly ArticleSummary[] | null,
): ReadonlySet<string> | null {
  const tagId = filter?.tagId;
  // A group without a tag of its own filters the library's own list: nothing more to ask.
  const { data, error } = useQuery({ ...articleListQuery(tagId), enabled: !!tagId });
  useQueryErrorNotice(error, 'Filtering the library by tag');
  const ids = filter?.ids;
  return useMemo(() => {
    if (!filter || !ids) return null;
    if (tagId) return data ? new Set(data.map((a) => a.id)) : null;
    return articles
      ? new Set(articles.filter((a) => articleHasAny(a, ids)).map((a) => a.id))
      : null;
  }, [filter, ids, tagId, data, articles]);
}
