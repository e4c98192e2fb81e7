// Keeps the open article's highlights in step with what the host answered to create/update/delete.
import { useCallback, type Dispatch, type SetStateAction } from 'react';
import type { ArticleDetail, Highlight, HighlightColor } from '../../../shared/model';
import { call } from '../api/client';
import { useNotices } from '../notices/notice-context';

export function useHighlightActions(
  article: ArticleDetail | null,
  setArticle: Dispatch<SetStateAction<ArticleDetail | null>>,
  onCountChanged: () => void,
  onCreated: (highlight: Highlight) => void,
) {
  const { reportError } = useNotices();
  const articleId = article?.id;

  const create = useCallback(
    async (start: number, end: number, color?: HighlightColor) => {
      if (!articleId) return;
      try {
        const highlight = await call('highlights.create', { articleId, start, end, color });
        setArticle((a) =>
          a && a.id === articleId ? { ...a, highlights: [...a.highlights, highlight] } : a,
        );
        onCountChanged();
        onCreated(highlight);
      } catch (error) {
        reportError('Highlighting the selection', error);
      }
    },
    [articleId, setArticle, onCountChanged, onCreated, reportError],
  );

  const changed = useCallback(
    (highlight: Highlight) =>
      setArticle((a) =>
        a && a.id === highlight.articleId
          ? { ...a, highlights: a.highlights.map((h) => (h.id === highlight.id ? highlight : h)) }
          : a,
      ),
    [setArticle],
  );

  const deleted = useCallback(
    (id: string) => {
      setArticle((a) => (a ? { ...a, highlights: a.highlights.filter((h) => h.id !== id) } : a));
      onCountChanged();
    },
    [setArticle, onCountChanged],
  );

  return { create, changed, deleted };
}
