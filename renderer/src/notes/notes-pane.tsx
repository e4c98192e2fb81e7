// The right pane: the article note, then every highlight as a card in document order.
import { useCallback, useLayoutEffect, useRef, type ReactNode } from 'react';
import type { ArticleDetail, Highlight } from '../../../shared/model';
import { useNoteEditorKey } from '../layout/note-editor-keys';
import type { JumpRequest } from '../reader/article-body';
import type { Placement } from '../reader/highlight-placement';
import { OrphanList } from '../orphans/orphan-list';
import { TagFilterChip } from '../tags/tag-chip';
import type { TagFilter } from '../tags/tag-filter';
import { useTagFilter } from '../tags/use-tag-filter';
import { ArticleNoteEditor } from './article-note';
import { HighlightList } from './highlight-list';

interface Props {
  article: ArticleDetail;
  placement: Placement;
  activeId: string | null;
  focusRequest: JumpRequest | null;
  onQuoteClick: (id: string) => void;
  /** Escape in a highlight's note: the keyboard goes back to the highlight in the text. */
  onNoteEscape: (id: string) => void;
  onChanged: (highlight: Highlight) => void;
  onDeleted: (id: string) => void;
  /** The export action, shown in the pane's header. */
  actions: ReactNode;
  /** The orphan waiting for new words; choosing one (or null) starts or stops re-attaching. */
  reattachingId?: string | null;
  onReattach?: (highlight: Highlight | null) => void;
  /** When set, only cards carrying this tag (or one below it) are shown. */
  tagFilter?: TagFilter | null;
  onClearTagFilter?: () => void;
}

export function NotesPane({
  article,
  placement,
  activeId,
  focusRequest,
  onQuoteClick,
  onNoteEscape,
  onChanged,
  onDeleted,
  actions,
  reattachingId,
  onReattach,
  tagFilter: chosenFilter,
  onClearTagFilter,
}: Props) {
  const tagFilter = useTagFilter(chosenFilter);
  // A card remounts only when an undo restored its note behind its text box.
  const noteEditorKey = useNoteEditorKey();
  const { orphans } = placement;
  const placed = tagFilter
    ? placement.placed.filter((p) => p.highlight.tagIds.some((t) => tagFilter.ids.has(t)))
    : placement.placed;
  const count = placed.length;
  const handlers = useStableHandlers({ onQuoteClick, onNoteEscape, onChanged, onDeleted });
  const scrollRef = useRef<HTMLDivElement | null>(null);
  return (
    <section className="pane notes" data-testid="notes-pane" aria-label="Notes">
      <header className="pane__header">
        <h2 className="pane__title">Notes</h2>
        <div className="pane__actions">{actions}</div>
      </header>
      <div className="notes__scroll" ref={scrollRef}>
        {/* Keyed by article so switching articles starts a fresh editor with that article's note. */}
        <ArticleNoteEditor key={article.id} article={article} />
        <h3 className="section-label">
          Highlights <span className="count">{count}</span>
        </h3>
        {tagFilter && (
          <TagFilterChip
            name={tagFilter.path}
            color={tagFilter.color}
            onClear={() => onClearTagFilter?.()}
          />
        )}
        {count === 0 && tagFilter ? (
          <p className="notes__empty">No highlight in this article carries this tag.</p>
        ) : count === 0 ? (
          <p className="notes__empty">
            Select text in the article and choose <strong>Highlight</strong> (or press <kbd>H</kbd>)
            to quote it here.
          </p>
        ) : (
          <HighlightList
            placed={placed}
            scrollRef={scrollRef}
            activeId={activeId}
            focusRequest={focusRequest}
            cardKey={noteEditorKey}
            reliability={article.reliability}
            {...handlers}
          />
        )}
        <OrphanList
          orphans={orphans}
          reattachingId={reattachingId ?? null}
          onReattach={(h) => onReattach?.(h)}
        />
      </div>
    </section>
  );
}

type CardHandlers = Pick<Props, 'onQuoteClick' | 'onNoteEscape' | 'onChanged' | 'onDeleted'>;

/** The cards' handlers with one identity for the pane's life, calling the latest props. */
function useStableHandlers(handlers: CardHandlers): CardHandlers {
  const latest = useRef(handlers);
  useLayoutEffect(() => {
    latest.current = handlers;
  });
  const onQuoteClick = useCallback((id: string) => latest.current.onQuoteClick(id), []);
  const onNoteEscape = useCallback((id: string) => latest.current.onNoteEscape(id), []);
  const onChanged = useCallback((h: Highlight) => latest.current.onChanged(h), []);
  const onDeleted = useCallback((id: string) => latest.current.onDeleted(id), []);
  return { onQuoteClick, onNoteEscape, onChanged, onDeleted };
}
