// The reader pane wired to the open article: its highlights, the current one, jumps, the
// highlight keys, re-attaching, and undo and redo in its tools.
import { ReaderPane } from '../reader/reader-pane';
import { UndoButtons } from '../undo/undo-buttons';
import { useArticleEditing } from './article-editing';
import { useArticleView, useLibrarySelection } from './article-view';

export function ReaderView() {
  const { articles } = useLibrarySelection();
  const view = useArticleView();
  const editing = useArticleEditing();
  const { article } = view;

  if (!article) {
    return (
      <section className="pane reader reader--empty" aria-label="Article">
        <p className="pane__empty">
          {articles === null || view.loading
            ? 'Opening…'
            : articles.length === 0
              ? 'Import an article to start reading.'
              : 'Choose an article from the library.'}
        </p>
      </section>
    );
  }
  return (
    <ReaderPane
      key={article.id}
      article={article}
      placed={view.placement.placed}
      activeId={view.activeId}
      flash={view.flash}
      find={view.find}
      onMarkClick={view.selectHighlight}
      onMarkOpen={view.focusCard}
      onMarkFocus={view.setActiveId}
      onTextClick={() => view.setActiveId(null)}
      onCreateHighlight={editing.createHighlight}
      commands={editing.commands}
      onRevised={editing.revised}
      reattaching={editing.reattaching}
      onReattach={editing.reattach}
      onCancelReattach={() => editing.setReattaching(null)}
      tools={<UndoButtons undo={editing.undo} />}
      onDetailsSaved={editing.detailsSaved}
      onArticleChanged={editing.articleChanged}
    />
  );
}
