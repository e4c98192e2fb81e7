// The notes pane wired to the open article: its cards follow the current highlight, and a card
// asked for from elsewhere (a key, a search hit, a quote in a note) is brought into view.
import { useEffect, type ReactNode } from 'react';
import type { JumpRequest } from '../reader/article-body';
import { NotesPane } from '../notes/notes-pane';
import { useArticleEditing } from './article-editing';
import { useArticleView } from './article-view';
import { useTagFilterState } from './tag-filter-state';

/** Reveal requests already carried out. */
const revealed = new WeakSet<JumpRequest>();

export function NotesView({ actions }: { actions: ReactNode }) {
  const view = useArticleView();
  const editing = useArticleEditing();
  const { tagFilter, setTagFilter } = useTagFilterState();
  const { article, reveal } = view;

  // Runs again when the article arrives: a hit in another article has its card only then.
  useEffect(() => {
    if (!reveal || revealed.has(reveal) || !article) return;
    const card = document.querySelector(
      `[data-testid="highlight-card"][data-highlight-id="${CSS.escape(reveal.id)}"]`,
    );
    if (!card) return;
    revealed.add(reveal);
    // Into view without taking the focus from the text.
    card.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [reveal, article]);

  if (!article) {
    return (
      <section className="pane notes" data-testid="notes-pane" aria-label="Notes">
        <header className="pane__header">
          <h2 className="pane__title">Notes</h2>
        </header>
        <p className="pane__empty">Notes and highlights for the open article appear here.</p>
      </section>
    );
  }
  return (
    <NotesPane
      article={article}
      placement={view.placement}
      activeId={view.activeId}
      focusRequest={view.cardFocus}
      onQuoteClick={view.flashHighlight}
      onNoteEscape={view.flashHighlight}
      onChanged={editing.changed}
      onDeleted={editing.deleted}
      reattachingId={editing.reattaching?.id ?? null}
      onReattach={editing.setReattaching}
      tagFilter={tagFilter}
      onClearTagFilter={() => setTagFilter(null)}
      actions={actions}
    />
  );
}
