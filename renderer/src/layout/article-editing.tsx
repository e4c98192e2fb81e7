// Changing the open article: making, editing and deleting highlights (each one undoable), the
// highlight keys, re-attaching orphans, and the reader's own edits (details, cleaning, versions).
import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type {
  ArticleDetail,
  ArticleSummary,
  Highlight,
  HighlightColor,
} from '../../../shared/model';
import { call } from '../api/client';
import { articleDetailsKey, invalidateAfterEdit, invalidateNotebook } from '../api/queries';
import { useHighlightActions } from '../notes/use-highlight-actions';
import { useNotices } from '../notices/notice-context';
import type { HighlightCommands } from '../reader/use-highlight-keys';
import { createCommand, reattachCommand } from '../undo/highlight-commands';
import { useRecordedChanges } from '../undo/use-recorded-changes';
import { highlightCalls, useUndo, type Undo } from '../undo/use-undo';
import { useArticleView } from './article-view';
import { NoteEditorKeyContext, notesChanged, type NoteEditorKey } from './note-editor-keys';

export interface ArticleEditing {
  undo: Undo;
  createHighlight: (start: number, end: number, color?: HighlightColor) => Promise<void>;
  /** A card saved a change (note, colour, tags): recorded for undo and put in the cache. */
  changed: (highlight: Highlight) => void;
  deleted: (id: string) => void;
  commands: HighlightCommands;
  reattaching: Highlight | null;
  setReattaching: (highlight: Highlight | null) => void;
  reattach: (start: number, end: number) => Promise<void>;
  /** A new text version was stored. */
  revised: () => void;
  /** Cleaning answered with the whole article. */
  articleChanged: (detail: ArticleDetail) => void;
  detailsSaved: (summary: ArticleSummary) => void;
}

const EditingContext = createContext<ArticleEditing | null>(null);

export function ArticleEditingProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const { reportError } = useNotices();
  const { article, update, setActiveId, showHighlight, focusCard } = useArticleView();
  const articleId = article?.id;

  // Undo and redo change the notebook behind the UI: fetch what is shown again, and remount
  // only the note editors whose text the step restored.
  const [noteRevisions, setNoteRevisions] = useState<ReadonlyMap<string, number>>(new Map());
  const onUndone = useCallback(async () => {
    const before = queryClient.getQueriesData<ArticleDetail>({ queryKey: articleDetailsKey });
    await invalidateNotebook(queryClient);
    const after = queryClient.getQueriesData<ArticleDetail>({ queryKey: articleDetailsKey });
    const restored = notesChanged(before, after);
    if (restored.length === 0) return;
    setNoteRevisions((revisions) => {
      const next = new Map(revisions);
      for (const id of restored) next.set(id, (next.get(id) ?? 0) + 1);
      return next;
    });
  }, [queryClient]);
  const noteEditorKey = useCallback<NoteEditorKey>(
    (id) => `${id}:${noteRevisions.get(id) ?? 0}`,
    [noteRevisions],
  );
  const onApplied = useCallback(() => void onUndone(), [onUndone]);
  const undo = useUndo(onApplied);
  const { record } = undo;

  const onCreated = useCallback(
    (h: Highlight) => {
      setActiveId(h.id);
      record(createCommand(highlightCalls, h));
    },
    [record, setActiveId],
  );
  const highlights = useHighlightActions(article, update, onCreated);
  const recorded = useRecordedChanges(article, highlights, record);

  const commands = useMemo<HighlightCommands>(
    () => ({
      select: showHighlight,
      deselect: () => {
        setActiveId(null);
        if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
      },
      focusNote: focusCard,
      recolor: (id, color) => void recorded.recolor(id, color),
      grade: (id, credibility) => void recorded.grade(id, credibility),
      remove: (id) => void recorded.remove(id),
    }),
    [recorded, showHighlight, focusCard, setActiveId],
  );

  const [reattaching, setReattaching] = useState<Highlight | null>(null);
  const reattach = useCallback(
    async (start: number, end: number) => {
      if (!reattaching) return;
      try {
        const attached = await call('highlights.reattach', { id: reattaching.id, start, end });
        record(reattachCommand(highlightCalls, reattaching, attached));
        setReattaching(null);
        setActiveId(attached.id);
        update(attached.articleId, (a) => ({
          ...a,
          highlights: a.highlights.map((h) => (h.id === attached.id ? attached : h)),
        }));
        await invalidateNotebook(queryClient, attached.articleId);
      } catch (error) {
        reportError('Re-attaching the highlight', error);
      }
    },
    [reattaching, record, setActiveId, update, queryClient, reportError],
  );

  const revised = useCallback(
    () => void invalidateNotebook(queryClient, articleId),
    [queryClient, articleId],
  );

  const articleChanged = useCallback(
    (detail: ArticleDetail) => {
      update(detail.id, () => detail);
      void invalidateAfterEdit(queryClient, { summaries: true });
    },
    [update, queryClient],
  );

  const detailsSaved = useCallback(
    ({ highlightCount: _count, ...meta }: ArticleSummary) => {
      // The answer replaces the metadata whole, so a field the user cleared disappears here too.
      update(meta.id, (a) => ({
        ...meta,
        text: a.text,
        blocks: a.blocks,
        sourceBlocks: a.sourceBlocks,
        ...(a.cleaning ? { cleaning: a.cleaning } : {}),
        highlights: a.highlights,
        note: a.note,
      }));
      void invalidateAfterEdit(queryClient, { summaries: true });
    },
    [update, queryClient],
  );

  const value = useMemo<ArticleEditing>(
    () => ({
      undo,
      createHighlight: highlights.create,
      changed: recorded.changed,
      deleted: recorded.deleted,
      commands,
      reattaching,
      setReattaching,
      reattach,
      revised,
      articleChanged,
      detailsSaved,
    }),
    [
      undo,
      highlights.create,
      recorded,
      commands,
      reattaching,
      reattach,
      revised,
      articleChanged,
      detailsSaved,
    ],
  );
  return (
    <EditingContext.Provider value={value}>
      <NoteEditorKeyContext.Provider value={noteEditorKey}>
        {children}
      </NoteEditorKeyContext.Provider>
    </EditingContext.Provider>
  );
}

export function useArticleEditing(): ArticleEditing {
  const value = useContext(EditingContext);
  if (!value) throw new Error('This view needs an ArticleEditingProvider above it.');
  return value;
}
