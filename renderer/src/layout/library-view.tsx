// The library pane wired to the notebook: the article list and its selection, the codebook and
// its tag filter, the notebook notes, and the slots for search and quotations.
import type { ReactNode } from 'react';
import type { ImportEngine } from '../import/import-engine';
import { LibraryPane } from '../library/library-pane';
import { NotebookNotesPanel } from '../notebook-notes/notebook-notes-panel';
import { CodebookPanel } from '../tags/codebook-panel';
import { useArticleView, useLibrarySelection, useOpenArticle } from './article-view';
import { useSetQuoteTarget } from './quote-target-state';
import { useTagFilterState } from './tag-filter-state';

interface Props {
  imports: ImportEngine;
  /** Shown at the very top of the pane, above the tabs. */
  search?: ReactNode;
  /** Shown as the "Quotations" tab when given. */
  quotations?: ReactNode;
  /** Buttons beside Import in the pane's header. */
  actions?: ReactNode;
}

export function LibraryView({ imports, search, quotations, actions }: Props) {
  const { articles, selectedId, select } = useLibrarySelection();
  const { article } = useArticleView();
  const openArticle = useOpenArticle();
  const { tagFilter, setTagFilter } = useTagFilterState();
  const setQuoteTarget = useSetQuoteTarget();
  return (
    <LibraryPane
      articles={articles}
      selectedId={selectedId}
      onSelect={select}
      imports={imports}
      tagFilter={tagFilter}
      onClearTagFilter={() => setTagFilter(null)}
      search={search}
      quotations={quotations}
      actions={actions}
      codebook={<CodebookPanel filter={tagFilter} onFilter={setTagFilter} />}
      notebookNotes={
        <NotebookNotesPanel
          // The open article changes whenever highlights may have: quotes are fetched again.
          stamp={article}
          onOpenHighlight={(articleId, highlightId) => openArticle(articleId, { highlightId })}
          onQuoteTarget={setQuoteTarget}
          articles={articles}
          onOpenArticle={(articleId) => openArticle(articleId)}
        />
      }
    />
  );
}
