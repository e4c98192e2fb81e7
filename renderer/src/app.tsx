// The window: library | reader | notes in resizable panes. A layout of views; the state they
// share lives in the providers below, server state in the query cache.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { Group, Panel, Separator, useDefaultLayout } from 'react-resizable-panels';
import type { ImportOutcome } from '../../shared/contract';
import { AnalysisButton } from './analysis/analysis-button';
import { AnalysisProvider, useAnalysis } from './analysis/analysis-state';
import { AnalysisView } from './analysis/analysis-view';
import { invalidateAfterImport, invalidateNotebook } from './api/queries';
import { ExportButton } from './export/export-button';
import { useExportDialog } from './export/use-export-dialog';
import { ImportFeedback } from './import/import-feedback';
import { useImportQueue } from './import/use-import-queue';
import { ArticleEditingProvider } from './layout/article-editing';
import { ArticleViewProvider, useLibrarySelection } from './layout/article-view';
import { ExportView } from './layout/export-view';
import { LibraryView } from './layout/library-view';
import { NotesView } from './layout/notes-view';
import { OpenArticleEffects } from './layout/open-article-effects';
import { QuoteTargetProvider } from './layout/quote-target-state';
import { ReaderView } from './layout/reader-view';
import { TagFilterProvider } from './layout/tag-filter-state';
import { ErrorBoundary } from './notices/error-boundary';
import { NoticeArea } from './notices/notice-area';
import { QuotationsView } from './quotations/quotations-view';
import { LibrarySearch } from './search/library-search';
import { ColorMeaningsProvider } from './settings/color-meanings';
import { TagsProvider } from './tags/tags-context';
import { useHostEvents } from './use-host-events';

export function App() {
  return (
    <ColorMeaningsProvider>
      <TagsProvider>
        <ArticleViewProvider>
          <ArticleEditingProvider>
            <TagFilterProvider>
              <QuoteTargetProvider>
                <AnalysisProvider>
                  <Workspace />
                </AnalysisProvider>
              </QuoteTargetProvider>
            </TagFilterProvider>
          </ArticleEditingProvider>
        </ArticleViewProvider>
      </TagsProvider>
    </ColorMeaningsProvider>
  );
}

function Workspace() {
  const queryClient = useQueryClient();
  const { select } = useLibrarySelection();
  const exportDialog = useExportDialog();
  useHostEvents({ onMenuExport: exportDialog.show });

  const onImportedArticle = useCallback(
    async ({ article: imported }: ImportOutcome, open: boolean) => {
      // The list must hold the new article before it is selected, or the selection snaps back.
      await invalidateAfterImport(queryClient);
      if (open) select(imported.id);
    },
    [queryClient, select],
  );
  // A merged bundle can add articles, highlights, tags and notes anywhere in the notebook.
  const onImportedBundle = useCallback(() => invalidateNotebook(queryClient), [queryClient]);
  const imports = useImportQueue(onImportedArticle, onImportedBundle);

  const layout = useDefaultLayout({ id: 'dossier-panes', storage: localStorage });
  const analysis = useAnalysis();

  return (
    <div className="app">
      <OpenArticleEffects />
      {/* The three panes are the window's content; notices and import progress sit outside. */}
      <main className="workspace">
        <Group
          orientation="horizontal"
          className="panes"
          defaultLayout={layout.defaultLayout}
          onLayoutChanged={layout.onLayoutChanged}
        >
          <Panel id="library-panel" defaultSize="22" minSize="180px">
            <ErrorBoundary area="the library">
              <LibraryView
                imports={imports.engine}
                search={<LibrarySearch />}
                quotations={<QuotationsView />}
                actions={<AnalysisButton />}
              />
            </ErrorBoundary>
          </Panel>
          <Separator
            className="resize-handle"
            aria-label="Resize the library and the reader"
            title="Drag, or use the arrow keys, to resize"
          />
          {analysis.tab ? (
            <Panel id="analysis-panel" defaultSize="78" minSize="420px">
              <ErrorBoundary area="the analysis">
                <AnalysisView />
              </ErrorBoundary>
            </Panel>
          ) : (
            <>
              <Panel id="reader-panel" defaultSize="49" minSize="320px">
                <ErrorBoundary area="the reader">
                  <ReaderView />
                </ErrorBoundary>
              </Panel>
              <Separator
                className="resize-handle"
                aria-label="Resize the reader and the notes"
                title="Drag, or use the arrow keys, to resize"
              />
              <Panel id="notes-panel" defaultSize="29" minSize="260px">
                <ErrorBoundary area="the notes">
                  <NotesView actions={<ExportButton onOpen={exportDialog.show} />} />
                </ErrorBoundary>
              </Panel>
            </>
          )}
        </Group>
      </main>
      <ImportFeedback engine={imports.engine} run={imports.run} onOpen={select} />
      {exportDialog.open && <ExportView onClose={exportDialog.close} />}
      <NoticeArea />
    </div>
  );
}
