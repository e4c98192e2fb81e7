// The articles a tag filter lets through, asked of the host: `articles.list {tagId}` for a tag,
// and for a group that is only a path prefix, the articles whose tag counts hold a tag below it.
import { useEffect, useState } from 'react';
import type { ArticleSummary } from '../../../shared/model';
import { call } from '../api/client';
import { useNotices } from '../notices/notice-context';
import { articleHasAny, type ResolvedFilter } from '../tags/tag-filter';
import { useTags } from '../tags/tags-context';

/** The ids shown under the filter, or null when nothing filters (or while it loads). */
export function useTagArticles(
  filter: ResolvedFilter | null,
  articles: readonly ArticleSummary[] | null,
): ReadonlySet<string> | null {
  const { reportError } = useNotices();
  // The codebook reloads whenever a highlight is tagged: the filtered list is asked for again.
  const { tags } = useTags();
  const [found, setFound] = useState<{ key: string; ids: Set<string> } | null>(null);
  const key = filter ? `${filter.tagId ?? ''}|${[...filter.ids].sort().join(',')}` : null;

  useEffect(() => {
    if (!filter || !key) return;
    let live = true;
    const { tagId, ids } = filter;
    call('articles.list', tagId ? { tagId } : {})
      .then((list) => {
        const shown = tagId ? list : list.filter((a) => articleHasAny(a, ids));
        if (live) setFound({ key, ids: new Set(shown.map((a) => a.id)) });
      })
      .catch((error: unknown) => live && reportError('Filtering the library by tag', error));
    return () => {
      live = false;
    };
    // `filter` is summed up by `key`; `articles` and `tags` change whenever counts may have.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, articles, tags, reportError]);

  if (!key) return null;
  return found?.key === key ? found.ids : null;
}
