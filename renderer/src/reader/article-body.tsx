// The article's text: its blocks in order (consecutive list items grouped), with inline
// highlights, and, when asked, the removed blocks in place between them.
import {
  useCallback,
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  type ReactNode,
  type RefObject,
} from 'react';
import type { ArticleDetail } from '../../../shared/model';
import { useColorMeanings } from '../settings/color-meanings';
import { useTags } from '../tags/tags-context';
import { blockHighlights, highlightsByBlock } from './block-highlights';
import { BlockView, type MarkLabels } from './block-view';
import { bodyUnits, type BodyUnit } from './body-units';
import type { PlacedHighlight } from './highlight-placement';
import { ARTICLE_COMPLETE_MARK, markAfterPaint } from './paint-marks';
import { RemovedBlock } from './removed-block';
import '../styles/reader-rendering.css';

export interface JumpRequest {
  id: string;
  /** Changes on every request so asking twice for the same highlight jumps twice. */
  nonce: number;
}

/** Removing and putting back blocks; `pending` is the source block whose change is under way. */
export interface Cleaning {
  showRemoved: boolean;
  pending: number | null;
  setRemoved: (sourceIndex: number, removed: boolean, number?: number) => void;
}

interface Props {
  article: ArticleDetail;
  placed: readonly PlacedHighlight[];
  activeId: string | null;
  flash: JumpRequest | null;
  /** A mark was clicked: its highlight is selected, the keyboard stays in the text. */
  onMarkClick: (id: string) => void;
  /** Enter on a mark: its note takes the keyboard. */
  onMarkOpen: (id: string) => void;
  onMarkFocus?: (id: string) => void;
  /** A click on the text outside every highlight: nothing stays selected. */
  onTextClick?: () => void;
  bodyRef: RefObject<HTMLDivElement | null>;
  cleaning: Cleaning;
}

/** Text shown by the first render of a long article (several screens); the rest follows. */
const FIRST_RENDER_CHARS = 10_000;

export function ArticleBody(props: Props) {
  const { article, placed, activeId, bodyRef, cleaning } = props;
  const { onMarkClick, onMarkOpen, onMarkFocus, onRemove } = useStableHandlers(props);
  const labels = useMarkLabels();
  // The units depend on the text and its blocks only, not on the highlights.
  const { text, blocks, sourceBlocks } = article;
  const { showRemoved } = cleaning;
  const units = useMemo(
    () => bodyUnits({ text, blocks, sourceBlocks }, showRemoved),
    [text, blocks, sourceBlocks, showRemoved],
  );
  const byBlock = useMemo(() => highlightsByBlock(blocks, placed), [blocks, placed]);
  // A long article opens with its first screens at once and the rest in a background render
  // right after, which the keyboard and the mouse can interrupt.
  const firstUnits = useMemo(() => unitsWithin(units, FIRST_RENDER_CHARS), [units]);
  const shownUnits = useDeferredValue(units.length, firstUnits);
  const complete = shownUnits >= units.length;
  useFlash(bodyRef, props.flash, complete);
  const completeMarked = useRef(false);
  useLayoutEffect(() => {
    if (!complete || completeMarked.current) return;
    completeMarked.current = true;
    markAfterPaint(ARTICLE_COMPLETE_MARK, { id: article.id });
  }, [complete, article.id]);

  const items: ReactNode[] = [];
  let list: ReactNode[] = [];
  const closeList = () => {
    if (list.length === 0) return;
    items.push(
      <ul key={`list-${items.length}`} className="block-list">
        {list}
      </ul>,
    );
    list = [];
  };
  const busy = cleaning.pending !== null;
  for (const unit of units.slice(0, shownUnits)) {
    let view: ReactNode;
    let kind: string;
    if (unit.type === 'removed') {
      kind = unit.source.kind;
      view = (
        <RemovedBlock
          key={`removed-${unit.sourceIndex}`}
          sourceIndex={unit.sourceIndex}
          kind={unit.source.kind}
          text={unit.source.text}
          reason={unit.source.removed}
          busy={cleaning.pending === unit.sourceIndex}
          onPutBack={() => !busy && cleaning.setRemoved(unit.sourceIndex, false)}
        />
      );
    } else {
      const { block, index, sourceIndex } = unit;
      kind = block.kind;
      // Each block gets only its own highlights, and the current one only when it is among them,
      // so a change renders again just the blocks it touches.
      const touching = blockHighlights(byBlock, index);
      const active = touching.some((p) => p.highlight.id === activeId) ? activeId : null;
      view = (
        <BlockView
          key={block.start}
          block={block}
          number={index + 1}
          text={article.text}
          placed={touching}
          activeId={active}
          onMarkClick={onMarkClick}
          onMarkOpen={onMarkOpen}
          onMarkFocus={onMarkFocus}
          labels={labels}
          autoDir={!article.dir}
          removing={sourceIndex !== null && cleaning.pending === sourceIndex}
          cleaningBusy={busy}
          sourceIndex={sourceIndex}
          onRemove={onRemove}
        />
      );
    }
    if (kind === 'list-item') list.push(view);
    else {
      closeList();
      items.push(view);
    }
  }
  closeList();

  return (
    <div
      className={`article-text${cleaning.showRemoved ? ' is-showing-removed' : ''}`}
      data-testid="article-text"
      ref={bodyRef}
      lang={article.lang}
      dir={article.dir}
      onClick={(event) => {
        const onMark = event.target instanceof Element && event.target.closest('mark');
        if (!onMark && window.getSelection()?.isCollapsed !== false) props.onTextClick?.();
      }}
    >
      {items.length ? items : <p className="muted">This article has no text.</p>}
    </div>
  );
}

/** Handlers that keep their identity across renders (calling the latest props), so blocks need not. */
function useStableHandlers(props: Props) {
  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });
  const onMarkClick = useCallback((id: string) => latest.current.onMarkClick(id), []);
  const onMarkOpen = useCallback((id: string) => latest.current.onMarkOpen(id), []);
  const onMarkFocus = useCallback((id: string) => latest.current.onMarkFocus?.(id), []);
  const onRemove = useCallback((sourceIndex: number, number: number) => {
    const { cleaning } = latest.current;
    if (cleaning.pending === null) cleaning.setRemoved(sourceIndex, true, number);
  }, []);
  return { onMarkClick, onMarkOpen, onMarkFocus, onRemove };
}

/** Colour meanings and tag names for the marks; a new object only when either changes. */
function useMarkLabels(): MarkLabels {
  const { meanings } = useColorMeanings();
  const { byId } = useTags();
  return useMemo(
    () => ({ meanings, tagName: (id: string) => byId.get(id)?.name }),
    [meanings, byId],
  );
}

/**
 * Scrolls the requested highlight into view, focuses its first mark (so Enter leads back to the
 * note) and briefly flashes every mark that belongs to it.
 */
function useFlash(
  bodyRef: RefObject<HTMLDivElement | null>,
  flash: JumpRequest | null,
  complete: boolean,
) {
  const timer = useRef<number | undefined>(undefined);
  const done = useRef<JumpRequest | null>(null);
  useEffect(() => {
    const body = bodyRef.current;
    if (!body || !flash || done.current === flash) return;
    const marks = [
      ...body.querySelectorAll<HTMLElement>(`mark[data-highlight-id="${CSS.escape(flash.id)}"]`),
    ];
    // Its marks may be in the part of a long article still to be rendered: asked again then.
    if (marks.length === 0) return;
    done.current = flash;
    // Focusing would jump the view at once; the smooth scroll brings the mark in instead.
    marks[0]!.focus({ preventScroll: true });
    marks[0]!.scrollIntoView({ block: 'center', behavior: 'smooth' });
    // An attribute, not a class: React rewrites a mark's class when it becomes current, which
    // would end the flash as it starts.
    for (const mark of marks) {
      mark.removeAttribute('data-flash');
      void mark.offsetWidth; // restart the animation when the same mark is asked for twice
      mark.setAttribute('data-flash', '');
    }
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(
      () => marks.forEach((m) => m.removeAttribute('data-flash')),
      1600,
    );
  }, [bodyRef, flash, complete]);
}

/** How many units from the first hold about `chars` characters of text (at least one). */
function unitsWithin(units: readonly BodyUnit[], chars: number): number {
  let total = 0;
  for (const [i, unit] of units.entries()) {
    total += unit.type === 'kept' ? unit.block.end - unit.block.start : unit.source.text.length;
    if (total >= chars) return i + 1;
  }
  return units.length;
}
