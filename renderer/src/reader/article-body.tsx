// The article's text: its blocks in order (consecutive list items grouped), with inline highlights.
import { useEffect, useRef, type ReactNode, type RefObject } from 'react';
import type { ArticleDetail } from '../../../shared/model';
import { BlockView } from './block-view';
import type { PlacedHighlight } from './highlight-placement';

export interface JumpRequest {
  id: string;
  /** Changes on every request so asking twice for the same highlight jumps twice. */
  nonce: number;
}

interface Props {
  article: ArticleDetail;
  placed: readonly PlacedHighlight[];
  activeId: string | null;
  flash: JumpRequest | null;
  onMarkClick: (id: string) => void;
  bodyRef: RefObject<HTMLDivElement | null>;
}

export function ArticleBody({ article, placed, activeId, flash, onMarkClick, bodyRef }: Props) {
  useFlash(bodyRef, flash);

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
  article.blocks.forEach((block, index) => {
    // Highlights are cut per block; passing only those that touch it keeps each block cheap.
    const touching = placed.filter((p) => p.start < block.end && p.end > block.start);
    const view = (
      <BlockView
        key={block.start}
        block={block}
        number={index + 1}
        text={article.text}
        placed={touching}
        activeId={activeId}
        onMarkClick={onMarkClick}
      />
    );
    if (block.kind === 'list-item') list.push(view);
    else {
      closeList();
      items.push(view);
    }
  });
  closeList();

  return (
    <div className="article-text" data-testid="article-text" ref={bodyRef}>
      {items.length ? items : <p className="muted">This article has no text.</p>}
    </div>
  );
}

/** Scrolls the requested highlight into view and briefly flashes every mark that belongs to it. */
function useFlash(bodyRef: RefObject<HTMLDivElement | null>, flash: JumpRequest | null) {
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => {
    const body = bodyRef.current;
    if (!body || !flash) return;
    const marks = [
      ...body.querySelectorAll<HTMLElement>(`mark[data-highlight-id="${CSS.escape(flash.id)}"]`),
    ];
    if (marks.length === 0) return;
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
