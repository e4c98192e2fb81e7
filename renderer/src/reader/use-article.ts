// The selected article (text, blocks, highlights, note) from the query cache, and the way local
// edits put the host's answers into it at once.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { ArticleDetail } from '../../../shared/model';
import { articleKey, articleQuery } from '../api/queries';
import { useQueryErrorNotice } from '../api/use-query-error';

/** Changes the cached article of that id, if it is cached; other articles are left alone. */
export type ArticleUpdate = (id: string, change: (article: ArticleDetail) => ArticleDetail) => void;

export function useArticle(id: string | null) {
  const queryClient = useQueryClient();
  const { data, error, isPending } = useQuery({
    ...articleQuery(id ?? ''),
    enabled: id !== null,
  });
  useQueryErrorNotice(error, 'Opening the article');

  const update = useCallback<ArticleUpdate>(
    (articleId, change) =>
      queryClient.setQueryData<ArticleDetail>(articleKey(articleId), (current) =>
        current ? change(current) : current,
      ),
    [queryClient],
  );

  // What is cached under another id is never shown for this one.
  const article = id !== null && data && data.id === id ? data : null;
  const loading = id !== null && article === null && isPending && !error;
  return { article, update, loading };
}
