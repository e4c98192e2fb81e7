// The window: library | reader | notes in resizable panes, and the state the three share.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Group, Panel, Separator, useDefaultLayout } from 'react-resizable-panels';
import type { ImportOutcome } from '../../shared/contract';
import { call } from './api/client';
import type { ArticleDetail, ArticleSummary, Highlight } from '../../shared/model';
import { ExportButton } from './export/export-button';
import { ExportDialog } from './export/export-dialog';
import { useExportDialog } from './export/use-export-dialog';
import { ImportFeedback } from './import/import-feedback';
import { useImportQueue } from './import/use-import-queue';
import { LibraryPane } from './library/library-pane';
import { useArticleList } from './library/use-article-list';
import { useSelectedArticle } from './library/use-selected-article';
import { NotebookNotesPanel } from './notebook-notes/notebook-notes-panel';
import { QuoteTargetContext, type QuoteTarget } from './notebook-notes/quote-target';
import { NotesPane } from './notes/notes-pane';
import { useHighlightActions } from './notes/use-highlight-actions';
import { ErrorBoundary } from './notices/error-boundary';
import { NoticeArea } from './notices/notice-area';
import { useNotices } from './notices/notice-context';
import { useNotebookNotices } from './notices/use-notebook-notices';
import type { JumpRequest } from './reader/article-body';
import { placeHighlights } from './reader/highlight-placement';
import { ReaderPane } from './reader/reader-pane';
import { useArticle } from './reader/use-article';
import { ColorMeaningsProvider } from './settings/color-meanings';
import { CodebookPanel } from './tags/codebook-panel';
import type { TagFilter } from './tags/tag-filter';
import { TagsProvider } from './tags/tags-context';
import { createCommand, reattachCommand } from './undo/highlight-commands';
import { UndoButtons } from './undo/undo-buttons';
import { useRecordedChanges } from './undo/use-recorded-changes';
import { highlightCalls, useUndo } from './undo/use-undo';
import { useHostEvents } from './use-host-events';

let nonce = 0;
const jump = (id: string): JumpRequest => ({ id, nonce: ++nonce });

export function App() {
  const { articles, reload: reloadList } = useArticleList();
  const [selectedId, setSelectedId] = useSelectedArticle(articles);
  const { article, setArticle, loading, reload: reloadArticle } = useArticle(selectedId);
  useNotebookNotices(article?.id ?? null);
  const { reportError } = useNotices();
  const placement = useMemo(
    () => (article ? placeHighlights(article) : { placed: [], orphans: [] }),
    [article],
  );

  const [activeId, setActiveId] = useState<string | null>(null);
  const [flash, setFlash] = useState<JumpRequest | null>(null);
  const [cardFocus, setCardFocus] = useState<JumpRequest | null>(null);

  // Undo and redo change the notebook behind the UI's back: show it as it now is. The notes
  // remount so their text boxes show the restored notes.
  const [undoEpoch, setUndoEpoch] = useState(0);
  const onUndone = useCallback(() => {
    void reloadList();
    void reloadArticle().then(() => setUndoEpoch((n) => n + 1));
  }, [reloadArticle, reloadList]);
  const undo = useUndo(onUndone);
  const { record } = undo;
  const [reattaching, setReattaching] = useState<Highlight | null>(null);
  const [tagFilter, setTagFilter] = useState<TagFilter | null>(null);
  const [quoteTarget, setQuoteTarget] = useState<QuoteTarget | null>(null);
  // A merge or delete in the codebook changes highlights in many articles.
  const onRetagged = useCallback(() => {
    void reloadArticle();
    void reloadList();
  }, [reloadArticle, reloadList]);
  /** A quote in a notebook note leads to its article, at the highlight. */
  const openHighlight = useCallback(
    (articleId: string, id: string) => {
      setSelectedId(articleId);
      setActiveId(id);
      setFlash(jump(id));
      revealCard(id);
    },
    [setSelectedId],
  );

  const onCreated = useCallback(
    (h: Highlight) => {
      setActiveId(h.id);
      record(createCommand(highlightCalls, h));
    },
    [record],
  );
  const refreshCounts = useCallback(() => void reloadList(), [reloadList]);
  const highlights = useHighlightActions(article, setArticle, refreshCounts, onCreated);
  const recorded = useRecordedChanges(article, highlights, record);
  const commands = useMemo(
    () => ({
      select: (id: string) => {
        setActiveId(id);
        setFlash(jump(id));
        revealCard(id);
      },
      deselect: () => {
        setActiveId(null);
        if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
      },
      focusNote: (id: string) => setCardFocus(jump(id)),
      recolor: (id: string, color: Highlight['color']) => void recorded.recolor(id, color),
      remove: (id: string) => void recorded.remove(id),
    }),
    [recorded],
  );
  const onReattach = useCallback(
    async (start: number, end: number) => {
      if (!reattaching) return;
      try {
        const attached = await call('highlights.reattach', { id: reattaching.id, start, end });
        record(reattachCommand(highlightCalls, reattaching, attached));
        setReattaching(null);
        setActiveId(attached.id);
        await reloadArticle();
        void reloadList();
      } catch (error) {
        reportError('Re-attaching the highlight', error);
      }
    },
    [reattaching, record, reloadArticle, reloadList, reportError],
  );
  const exportDialog = useExportDialog();

  const onImportedArticle = useCallback(
    async ({ article: imported }: ImportOutcome, open: boolean) => {
      // The list must hold the new article before it is selected, or the selection snaps back.
      await reloadList();
      if (open) setSelectedId(imported.id);
    },
    [reloadList, setSelectedId],
  );
  // A merged bundle can add articles, highlights, tags and notes anywhere in the notebook.
  const onImportedBundle = useCallback(async () => {
    await reloadList();
    await reloadArticle();
  }, [reloadList, reloadArticle]);
  const imports = useImportQueue(onImportedArticle, onImportedBundle);

  /** Cleaning answers with the whole article: text, blocks and re-anchored highlights. */
  const onArticleChanged = useCallback(
    (detail: ArticleDetail) => {
      setArticle((a) => (a && a.id === detail.id ? detail : a));
      void reloadList();
    },
    [setArticle, reloadList],
  );

  useHostEvents({
    onNotebookChanged: (articleId) => {
      void reloadList();
      if (!articleId || articleId === selectedId) void reloadArticle();
    },
    onMenuExport: exportDialog.show,
  });

  const onDetailsSaved = ({ highlightCount: _count, ...meta }: ArticleSummary) => {
    // The answer replaces the metadata whole, so a field the user cleared disappears here too.
    setArticle((a) =>
      a && a.id === meta.id
        ? {
            ...meta,
            text: a.text,
            blocks: a.blocks,
            sourceBlocks: a.sourceBlocks,
            highlights: a.highlights,
            note: a.note,
          }
        : a,
    );
    void reloadList();
  };

  // The window title names the open article, as a document window would.
  const title = article?.title;
  useEffect(() => {
    document.title = title ? `${title} — Dossier` : 'Dossier';
  }, [title]);

  const layout = useDefaultLayout({ id: 'dossier-panes', storage: localStorage });

  return (
    <ColorMeaningsProvider>
      <TagsProvider onRetagged={onRetagged}>
        <QuoteTargetContext.Provider value={quoteTarget}>
          <div className="app">
            <Group
              orientation="horizontal"
              className="panes"
              defaultLayout={layout.defaultLayout}
              onLayoutChanged={layout.onLayoutChanged}
            >
              <Panel id="library-panel" defaultSize="20" minSize="180px">
                <ErrorBoundary area="the library">
                  <LibraryPane
                    articles={articles}
                    selectedId={selectedId}
                    onSelect={setSelectedId}
                    imports={imports.engine}
                    tagFilter={tagFilter}
                    onClearTagFilter={() => setTagFilter(null)}
                    codebook={<CodebookPanel filter={tagFilter} onFilter={setTagFilter} />}
                    notebookNotes={
                      <NotebookNotesPanel
                        stamp={article}
                        onOpenHighlight={openHighlight}
                        onQuoteTarget={setQuoteTarget}
                      />
                    }
                  />
                </ErrorBoundary>
              </Panel>
              <Separator className="resize-handle" />
              <Panel id="reader-panel" defaultSize="49" minSize="320px">
                <ErrorBoundary area="the reader">
                  {article ? (
                    <ReaderPane
                      key={article.id}
                      article={article}
                      placed={placement.placed}
                      activeId={activeId}
                      flash={flash}
                      onMarkClick={(id) => {
                        setActiveId(id);
                        setCardFocus(jump(id));
                      }}
                      onMarkFocus={setActiveId}
                      onCreateHighlight={highlights.create}
                      commands={commands}
                      onRevised={onUndone}
                      reattaching={reattaching}
                      onReattach={onReattach}
                      onCancelReattach={() => setReattaching(null)}
                      tools={<UndoButtons undo={undo} />}
                      onDetailsSaved={onDetailsSaved}
                      onArticleChanged={onArticleChanged}
                    />
                  ) : (
                    <section className="pane reader reader--empty" aria-label="Article">
                      <p className="pane__empty">
                        {articles === null || loading
                          ? 'Opening…'
                          : articles.length === 0
                            ? 'Import an article to start reading.'
                            : 'Choose an article from the library.'}
                      </p>
                    </section>
                  )}
                </ErrorBoundary>
              </Panel>
              <Separator className="resize-handle" />
              <Panel id="notes-panel" defaultSize="31" minSize="260px">
                <ErrorBoundary area="the notes">
                  {article ? (
                    <NotesPane
                      key={undoEpoch}
                      article={article}
                      placement={placement}
                      activeId={activeId}
                      focusRequest={cardFocus}
                      onQuoteClick={(id) => {
                        setActiveId(id);
                        setFlash(jump(id));
                      }}
                      onChanged={recorded.changed}
                      onDeleted={recorded.deleted}
                      reattachingId={reattaching?.id ?? null}
                      onReattach={setReattaching}
                      tagFilter={tagFilter}
                      onClearTagFilter={() => setTagFilter(null)}
                      actions={<ExportButton onOpen={exportDialog.show} />}
                    />
                  ) : (
                    <section className="pane notes" data-testid="notes-pane" aria-label="Notes">
                      <header className="pane__header">
                        <h2 className="pane__title">Notes</h2>
                      </header>
                      <p className="pane__empty">
                        Notes and highlights for the open article appear here.
                      </p>
                    </section>
                  )}
                </ErrorBoundary>
              </Panel>
            </Group>
            <ImportFeedback engine={imports.engine} run={imports.run} onOpen={setSelectedId} />
            {exportDialog.open && (
              <ExportDialog
                article={article ? { id: article.id, title: article.title } : null}
                articles={articles ?? []}
                onClose={exportDialog.close}
              />
            )}
            <NoticeArea />
          </div>
        </QuoteTargetContext.Provider>
      </TagsProvider>
    </ColorMeaningsProvider>
  );
}

/** Brings a highlight's card into view in the notes pane without taking focus from the text. */
function revealCard(id: string) {
  document
    .querySelector(`[data-testid="highlight-card"][data-highlight-id="${CSS.escape(id)}"]`)
    ?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
}
