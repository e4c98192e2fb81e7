// The library's article summaries, fetched on start and again whenever counts or details change.
import { useCallback, useEffect, useState } from 'react';
import type { ArticleSummary } from '../../../shared/model';
import { call } from '../api/client';
import { useNotices } from '../notices/notice-context';

export function useArticleList() {
  const [articles, setArticles] = useState<ArticleSummary[] | null>(null);
  const { reportError } = useNotices();

  const failed = useCallback(
    (error: unknown) => {
      reportError('Loading the library', error);
      // An empty list, not an endless "Loading…": the notice says what went wrong.
      setArticles((current) => current ?? []);
    },
    [reportError],
  );

  useEffect(() => {
    let live = true;
    call('articles.list', {})
      .then((list) => live && setArticles(list))
      .catch((error: unknown) => live && failed(error));
    return () => {
      live = false;
    };
  }, [failed]);

  /** Resolves once the new list is in place, so a caller can then select an article in it. */
  const reload = useCallback(async () => {
    try {
      setArticles(await call('articles.list', {}));
    } catch (error) {
      failed(error);
    }
  }, [failed]);

  return { articles, reload };
}
