// The notes pane's highlight cards in document order. Past a few dozen the list is virtualised:
// only the cards in view (and the current one, one asked for, one being edited) are in the page,
// so an article with 1,000 highlights opens and changes as quickly as one with thirty.
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState, type FocusEvent, type RefObject } from 'react';
import type { Reliability } from '../../../shared/grading';
import type { Highlight } from '../../../shared/model';
import type { JumpRequest } from '../reader/article-body';
import type { PlacedHighlight } from '../reader/highlight-placement';
import { HighlightCard } from './highlight-card';

interface Props {
  placed: readonly PlacedHighlight[];
  /** The pane's scrolling box, which also holds the article note above the list. */
  scrollRef: RefObject<HTMLDivElement | null>;
  activeId: string | null;
  focusRequest: JumpRequest | null;
  /** The React key of a highlight's card: it changes when the card must start afresh. */
  cardKey: (id: string) => string;
  onQuoteClick: (id: string) => void;
  /** Escape in a card's note: back to its highlight in the text. */
  onNoteEscape: (id: string) => void;
  onChanged: (highlight: Highlight) => void;
  onDeleted: (id: string) => void;
  /** The source's reliability, shown in each quote's grade. */
  reliability?: Reliability | undefined;
}

/** Up to this many cards are all in the page, laid out as a plain list. */
export const ALL_CARDS_UP_TO = 40;
/** A card with a short quote and an empty note; cards are measured once in the page. */
const ESTIMATED_CARD_PX = 190;
const CARD_GAP_PX = 10;

export function HighlightList(props: Props) {
  const { placed, activeId, focusRequest } = props;
  if (placed.length > ALL_CARDS_UP_TO) return <VirtualHighlightList {...props} />;
  return (
    <ol className="highlight-list">
      {placed.map((p) => (
        <HighlightCard
          key={props.cardKey(p.highlight.id)}
          highlight={p.highlight}
          paragraph={p.paragraph}
          active={p.highlight.id === activeId}
          // Only the card asked for sees the request, so the others need not render again.
          focusRequest={focusRequest?.id === p.highlight.id ? focusRequest : null}
          onQuoteClick={props.onQuoteClick}
          onNoteEscape={props.onNoteEscape}
          onChanged={props.onChanged}
          onDeleted={props.onDeleted}
          reliability={props.reliability}
        />
      ))}
    </ol>
  );
}

function VirtualHighlightList({
  placed,
  scrollRef,
  activeId,
  focusRequest,
  cardKey,
  onQuoteClick,
  onNoteEscape,
  onChanged,
  onDeleted,
  reliability,
}: Props) {
  const listRef = useRef<HTMLOListElement | null>(null);
  const scrollMargin = useOffsetInScroll(listRef, scrollRef);
  const [editingId, setEditingId] = useState<string | null>(null);

  // Cards that stay in the page wherever the list is scrolled: the current highlight's (so it
  // can be brought into view), the one asked to take the focus, and the one holding it.
  const pinned = new Set<number>();
  for (const id of [activeId, focusRequest?.id, editingId]) {
    const at = id ? placed.findIndex((p) => p.highlight.id === id) : -1;
    if (at !== -1) pinned.add(at);
  }
  // Dossier does not use the React Compiler, whose memoising this warning is about.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: placed.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_CARD_PX,
    getItemKey: (index) => placed[index]!.highlight.id,
    gap: CARD_GAP_PX,
    overscan: 4,
    scrollMargin,
    rangeExtractor: (range: Range) =>
      [...new Set([...defaultRangeExtractor(range), ...pinned])].sort((a, b) => a - b),
  });

  // A card asked for from elsewhere is scrolled to before it takes the focus and scrolls itself.
  const requested = focusRequest ? placed.findIndex((p) => p.highlight.id === focusRequest.id) : -1;
  useLayoutEffect(() => {
    if (requested === -1 || !focusRequest) return;
    virtualizer.scrollToIndex(requested, { align: 'auto' });
    // The cards come into the page at estimated places and are then measured: once they have
    // settled (two frames on), the card is brought fully into view where it really is.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() =>
        listRef.current
          ?.querySelector(`[data-highlight-id="${CSS.escape(focusRequest.id)}"]`)
          ?.scrollIntoView({ block: 'nearest' }),
      );
    });
    return () => cancelAnimationFrame(frame);
  }, [focusRequest, requested, virtualizer]);

  const onFocus = (event: FocusEvent<HTMLOListElement>) => {
    const card = (event.target as Element).closest('[data-highlight-id]');
    setEditingId(card?.getAttribute('data-highlight-id') ?? null);
  };
  const onBlur = (event: FocusEvent<HTMLOListElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setEditingId(null);
  };

  return (
    <ol
      ref={listRef}
      className="highlight-list"
      style={{ position: 'relative', display: 'block', height: virtualizer.getTotalSize() }}
      onFocus={onFocus}
      onBlur={onBlur}
    >
      {virtualizer.getVirtualItems().map((item) => {
        const p = placed[item.index]!;
        return (
          <HighlightCard
            key={cardKey(p.highlight.id)}
            highlight={p.highlight}
            paragraph={p.paragraph}
            active={p.highlight.id === activeId}
            focusRequest={focusRequest?.id === p.highlight.id ? focusRequest : null}
            onQuoteClick={onQuoteClick}
            onNoteEscape={onNoteEscape}
            onChanged={onChanged}
            onDeleted={onDeleted}
            reliability={reliability}
            index={item.index}
            top={item.start - scrollMargin}
            measureRef={virtualizer.measureElement}
          />
        );
      })}
    </ol>
  );
}

/** Where the list begins inside the scrolling box; the article note above it grows as typed in. */
function useOffsetInScroll(
  listRef: RefObject<HTMLElement | null>,
  scrollRef: RefObject<HTMLElement | null>,
): number {
  const [offset, setOffset] = useState(0);
  useLayoutEffect(() => {
    const list = listRef.current;
    const scroll = scrollRef.current;
    if (!list || !scroll) return;
    const measure = () =>
      setOffset(
        list.getBoundingClientRect().top - scroll.getBoundingClientRect().top + scroll.scrollTop,
      );
    measure();
    const observer = new ResizeObserver(measure);
    for (const child of scroll.children) if (child !== list) observer.observe(child);
    return () => observer.disconnect();
  }, [listRef, scrollRef]);
  return offset;
}
