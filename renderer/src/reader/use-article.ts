// Loads the selected article (text, blocks, highlights, note) and keeps it in step with local edits.
import { useCallback, useEffect, useState } from 'react';
import type { ArticleDetail } from '../../../shared/model';
import { call } from '../api/client';
import { useNotices } from '../notices/notice-context';

export function useArticle(id: string | null) {
  const [loaded, setLoaded] = useState<ArticleDetail | null>(null);
  const [failedId, setFailedId] = useState<string | null>(null);
  const { reportError } = useNotices();

  useEffect(() => {
    if (!id) return;
    // Only the answer for the article still selected may land; a slow earlier one is dropped.
    let live = true;
    call('articles.get', { id })
      .then((detail) => live && setLoaded(detail))
      .catch((error: unknown) => {
        if (!live) return;
        setFailedId(id);
        reportError('Opening the article', error);
      });
    return () => {
      live = false;
    };
  }, [id, reportError]);

  /** Fetches again without blanking the reader, e.g. after a change made elsewhere. */
  const reload = useCallback(async () => {
    if (!id) return;
    try {
      const detail = await call('articles.get', { id });
      setLoaded((current) => (current === null || current.id === detail.id ? detail : current));
    } catch (error) {
      reportError('Reloading the article', error);
    }
  }, [id, reportError]);

  // What was loaded for another article is never shown for this one.
  const article = loaded && loaded.id === id ? loaded : null;
  const loading = id !== null && article === null && failedId !== id;
  return { article, setArticle: setLoaded, loading, reload };
}
