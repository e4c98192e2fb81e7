// Wraps the highlight changes the UI makes so each one lands in the undo history, and adds the
// keyboard's recolour, grading and delete.
import { useCallback, useEffect, useRef } from 'react';
import type { Credibility } from '../../../shared/grading';
import type { ArticleDetail, Highlight, HighlightColor } from '../../../shared/model';
import { call } from '../api/client';
import { useNotices } from '../notices/notice-context';
import type { Command } from './command-stack';
import { changeCommand, deleteCommand } from './highlight-commands';
import { highlightCalls } from './use-undo';

interface Actions {
  /** `before`: the highlight as it was, so the cache knows what else the change touched. */
  changed: (highlight: Highlight, before?: Highlight) => void;
  deleted: (id: string) => void;
}

export function useRecordedChanges(
  article: ArticleDetail | null,
  actions: Actions,
  record: (command: Command) => void,
) {
  const { reportError } = useNotices();
  // The highlights as last known, kept in step at once so two quick saves compare correctly.
  const known = useRef<Highlight[]>(article?.highlights ?? []);
  useEffect(() => {
    known.current = article?.highlights ?? [];
  }, [article]);
  const { changed: applyChange, deleted: applyDelete } = actions;

  const changed = useCallback(
    (next: Highlight) => {
      const before = known.current.find((h) => h.id === next.id);
      const command = before && changeCommand(highlightCalls, before, next);
      if (command) record(command);
      known.current = known.current.map((h) => (h.id === next.id ? next : h));
      applyChange(next, before);
    },
    [applyChange, record],
  );

  const deleted = useCallback(
    (id: string) => {
      const before = known.current.find((h) => h.id === id);
      if (before) record(deleteCommand(highlightCalls, before));
      known.current = known.current.filter((h) => h.id !== id);
      applyDelete(id);
    },
    [applyDelete, record],
  );

  const recolor = useCallback(
    async (id: string, color: HighlightColor) => {
      const before = known.current.find((h) => h.id === id);
      if (!before || before.color === color) return;
      try {
        changed(await call('highlights.update', { id, color }));
      } catch (error) {
        reportError('Changing the colour', error);
      }
    },
    [changed, reportError],
  );

  const grade = useCallback(
    async (id: string, credibility: Credibility | null) => {
      const before = known.current.find((h) => h.id === id);
      if (!before || (before.credibility ?? null) === credibility) return;
      try {
        changed(await call('highlights.update', { id, credibility }));
      } catch (error) {
        reportError('Grading the quote', error);
      }
    },
    [changed, reportError],
  );

  const remove = useCallback(
    async (id: string) => {
      try {
        await call('highlights.delete', { id });
        deleted(id);
      } catch (error) {
        reportError('Deleting the highlight', error);
      }
    },
    [deleted, reportError],
  );

  return { changed, deleted, recolor, grade, remove };
}
