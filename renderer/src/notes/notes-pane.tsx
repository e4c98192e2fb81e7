// The right pane: the article note, then every highlight as a card in document order.
import type { ReactNode } from 'react';
import type { ArticleDetail, Highlight } from '../../../shared/model';
import type { JumpRequest } from '../reader/article-body';
import type { Placement } from '../reader/highlight-placement';
import { ArticleNoteEditor } from './article-note';
import { HighlightCard } from './highlight-card';

interface Props {
  article: ArticleDetail;
  placement: Placement;
  activeId: string | null;
  focusRequest: JumpRequest | null;
  onQuoteClick: (id: string) => void;
  onChanged: (highlight: Highlight) => void;
  onDeleted: (id: string) => void;
  /** The export action, shown in the pane's header. */
  actions: ReactNode;
}

export function NotesPane({
  article,
  placement,
  activeId,
  focusRequest,
  onQuoteClick,
  onChanged,
  onDeleted,
  actions,
}: Props) {
  const { placed, orphans } = placement;
  const count = placed.length + orphans.length;
  const common = { focusRequest, onChanged, onDeleted };
  return (
    <section className="pane notes" data-testid="notes-pane" aria-label="Notes">
      <header className="pane__header">
        <h2 className="pane__title">Notes</h2>
        <div className="pane__actions">{actions}</div>
      </header>
      <div className="notes__scroll">
        {/* Keyed by article so switching articles starts a fresh editor with that article's note. */}
        <ArticleNoteEditor key={article.id} article={article} />
        <h3 className="section-label">
          Highlights <span className="count">{count}</span>
        </h3>
        {count === 0 ? (
          <p className="notes__empty">
            Select text in the article and choose <strong>Highlight</strong> (or press <kbd>H</kbd>)
            to quote it here.
          </p>
        ) : (
          <ol className="highlight-list">
            {placed.map((p) => (
              <HighlightCard
                key={p.highlight.id}
                highlight={p.highlight}
                paragraph={p.paragraph}
                active={p.highlight.id === activeId}
                onQuoteClick={onQuoteClick}
                {...common}
              />
            ))}
          </ol>
        )}
        {orphans.length > 0 && (
          <>
            <h3 className="section-label section-label--warning">Quotes no longer in the text</h3>
            <ol className="highlight-list">
              {orphans.map((h) => (
                <HighlightCard key={h.id} highlight={h} active={false} {...common} />
              ))}
            </ol>
          </>
        )}
      </div>
    </section>
  );
}
