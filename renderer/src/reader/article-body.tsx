// The article's text: its blocks in order (consecutive list items grouped), with inline
// highlights, and, when asked, the removed blocks in place between them.
import { useEffect, useRef, type ReactNode, type RefObject } from 'react';
import type { ArticleDetail } from '../../../shared/model';
import { BlockView } from './block-view';
import { bodyUnits } from './body-units';
import type { PlacedHighlight } from './highlight-placement';
import { RemovedBlock } from './removed-block';

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
  onMarkClick: (id: string) => void;
  onMarkFocus?: (id: string) => void;
  bodyRef: RefObject<HTMLDivElement | null>;
  cleaning: Cleaning;
}

export function ArticleBody(props: Props) {
  const { article, placed, activeId, onMarkClick, bodyRef, cleaning } = props;
  useFlash(bodyRef, props.flash);

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
  for (const unit of bodyUnits(article, cleaning.showRemoved)) {
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
      // Highlights are cut per block; passing only those that touch it keeps each block cheap.
      const touching = placed.filter((p) => p.start < block.end && p.end > block.start);
      view = (
        <BlockView
          key={block.start}
          block={block}
          number={index + 1}
          text={article.text}
          placed={touching}
          activeId={activeId}
          onMarkClick={onMarkClick}
          onMarkFocus={props.onMarkFocus}
          autoDir={!article.dir}
          removing={sourceIndex !== null && cleaning.pending === sourceIndex}
          cleaningBusy={busy}
          onRemove={
            sourceIndex === null
              ? undefined
              : () => !busy && cleaning.setRemoved(sourceIndex, true, index + 1)
          }
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
    >
      {items.length ? items : <p className="muted">This article has no text.</p>}
    </div>
  );
}

/**
 * Scrolls the requested highlight into view, focuses its first mark (so Enter leads back to the
 * note) and briefly flashes every mark that belongs to it.
 */
function useFlash(bodyRef: RefObject<HTMLDivElement | null>, flash: JumpRequest | null) {
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => {
    const body = bodyRef.current;
    if (!body || !flash) return;
    const marks = [
      ...body.querySelectorAll<HTMLElement>(`mark[data-highlight-id="${CSS.escape(flash.id)}"]`),
    ];
    if (marks.length === 0) return;
    // Focusing would jump the view at once; the smooth scroll brings the mark in instead.
    marks[0]!.focus({ preventScroll: true });
    marks[0]!.scrollIntoView({ block: 'center', behavior: 'smooth' });
    for (const mark of marks) {
      mark.classList.remove('mark--flash');
      void mark.offsetWidth; // restart the animation when the same mark is asked for twice
      mark.classList.add('mark--flash');
    }
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(
      () => marks.forEach((m) => m.classList.remove('mark--flash')),
      1600,
    );
  }, [bodyRef, flash]);
}
