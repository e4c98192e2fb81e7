// Puts what the host answered to create/update/delete into the open article's cache at once, then
// invalidates what else the change made stale (counts, search, quotations).
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { ArticleDetail, Highlight, HighlightColor } from '../../../shared/model';
import { call } from '../api/client';
import { invalidateAfterEdit } from '../api/queries';
import { useNotices } from '../notices/notice-context';
import type { ArticleUpdate } from '../reader/use-article';

export function useHighlightActions(
  article: ArticleDetail | null,
  update: ArticleUpdate,
  onCreated: (highlight: Highlight) => void,
) {
  const { reportError } = useNotices();
  const queryClient = useQueryClient();
  const articleId = article?.id;

  const create = useCallback(
    async (start: number, end: number, color?: HighlightColor) => {
      if (!articleId) return;
      try {
        const highlight = await call('highlights.create', { articleId, start, end, color });
        update(articleId, (a) => ({ ...a, highlights: [...a.highlights, highlight] }));
        void invalidateAfterEdit(queryClient, { summaries: true });
        onCreated(highlight);
      } catch (error) {
        reportError('Highlighting the selection', error);
      }
    },
    [articleId, update, queryClient, onCreated, reportError],
  );

  const changed = useCallback(
    (highlight: Highlight, before?: Highlight) => {
      update(highlight.articleId, (a) => ({
        ...a,
        highlights: a.highlights.map((h) => (h.id === highlight.id ? highlight : h)),
      }));
      // Tags feed the library's tag counts and the codebook; a note or colour only what is found.
      const retagged = !before || !sameTags(before.tagIds, highlight.tagIds);
      void invalidateAfterEdit(queryClient, { summaries: retagged });
    },
    [update, queryClient],
  );

  const deleted = useCallback(
    (id: string) => {
      if (articleId)
        update(articleId, (a) => ({ ...a, highlights: a.highlights.filter((h) => h.id !== id) }));
      void invalidateAfterEdit(queryClient, { summaries: true });
    },
    [articleId, update, queryClient],
  );

  return { create, changed, deleted };
}

function sameTags(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((t) => b.includes(t));
}
