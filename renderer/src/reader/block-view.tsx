// Renders one block of the article as plain React text, wrapping highlighted parts in <mark>s.
// A block renders again only when its own highlights (or its state) change.
import { Fragment, memo, type CSSProperties, type ReactNode } from 'react';
import type { Block, ColorMeanings } from '../../../shared/model';
import { samePlaced } from './block-highlights';
import { describeCovering, markDescription } from './highlight-labels';
import type { PlacedHighlight } from './highlight-placement';
import { segmentBlock } from './segments';
import { BLOCK_START_ATTR } from './selection-offsets';

interface Props {
  block: Block;
  /** 1-based position among the article's blocks, shown in the margin and cited by cards. */
  number: number;
  text: string;
  /** The highlights touching this block, in document order. */
  placed: readonly PlacedHighlight[];
  /** The current highlight, when it touches this block. */
  activeId: string | null;
  /** A mark was clicked: its highlight becomes the selected one (the mark keeps the focus). */
  onMarkClick: (id: string) => void;
  /** Enter on a mark: its note takes the keyboard. */
  onMarkOpen: (id: string) => void;
  /** Colour meanings and tag names, for what each mark says about itself. */
  labels: MarkLabels;
  /** A mark took focus (Tab, arrows): its highlight becomes the current one. */
  onMarkFocus?: (id: string) => void;
  /** True when the article has no direction of its own: each block finds its own. */
  autoDir: boolean;
  /** The block's index among the importer's blocks; null when it cannot be removed. */
  sourceIndex: number | null;
  /** Takes the block out of the article. */
  onRemove?: (sourceIndex: number, number: number) => void;
  /** This block's removal is under way. */
  removing?: boolean;
  /** Some block's removal or return is under way: one change at a time. */
  cleaningBusy?: boolean;
}

export interface MarkLabels {
  meanings: ColorMeanings;
  tagName: (id: string) => string | undefined;
}

export const BlockView = memo(BlockViewUnmemoised, (before, after) => {
  for (const key of Object.keys(after) as (keyof Props)[]) {
    if (key === 'placed' ? !samePlaced(before.placed, after.placed) : before[key] !== after[key])
      return false;
  }
  return Object.keys(before).length === Object.keys(after).length;
});

function BlockViewUnmemoised(props: Props) {
  const { block, number, text, placed, activeId, onMarkClick, onRemove, sourceIndex, labels } =
    props;
  const segments = segmentBlock(block.start, block.end, placed);
  const content = segments.map((segment) => {
    const words: ReactNode = text.slice(segment.start, segment.end);
    // Innermost highlight wraps the words first, so outer marks nest around it.
    const title = describeCovering(
      segment.covering.map((p) => p.highlight),
      labels.meanings,
      labels.tagName,
    );
    return segment.covering.reduceRight<ReactNode>((inner, p, depth) => {
      const outer = segment.covering.slice(0, depth).map((o) => o.highlight);
      // A highlight inside another keeps the outer one in view: a band in the outer's colour.
      const style =
        depth > 0
          ? ({ '--outer-bar': `var(--bar-${outer.at(-1)!.color})` } as CSSProperties)
          : undefined;
      const selected = p.highlight.id === activeId;
      return (
        <mark
          key={p.highlight.id}
          data-highlight-id={p.highlight.id}
          className={`mark mark--${p.highlight.color}${selected ? ' mark--active' : ''}${depth > 0 ? ' mark--inner' : ''}`}
          style={style}
          title={title}
          aria-current={selected ? 'true' : undefined}
          // The mark where a highlight begins is a tab stop; its other pieces can only be focused
          // from code (a card's quote jumps to the first), so each highlight is one stop.
          tabIndex={segment.start === p.start ? 0 : -1}
          aria-description={markDescription(p.highlight, outer, labels.meanings, labels.tagName)}
          onClick={(event) => {
            // A click that ends a drag-selection is a selection, not a choice of highlight.
            if (!window.getSelection()?.isCollapsed) return;
            event.stopPropagation();
            // Selecting keeps the keyboard in the text: Delete, 1-6 and n act on this highlight.
            event.currentTarget.focus({ preventScroll: true });
            onMarkClick(p.highlight.id);
          }}
          onFocus={(event) => {
            event.stopPropagation();
            props.onMarkFocus?.(p.highlight.id);
          }}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            // Nested marks: the focused one answers, not the marks around it.
            event.preventDefault();
            event.stopPropagation();
            props.onMarkOpen(p.highlight.id);
          }}
        >
          {inner}
        </mark>
      );
    }, words);
  });
  const wrapped = content.map((node, i) => <Fragment key={segments[i]!.start}>{node}</Fragment>);
  const children = (
    <>
      {wrapped}
      {onRemove && sourceIndex !== null && (
        <RemoveButton
          number={number}
          busy={!!props.cleaningBusy}
          onClick={() => onRemove(sourceIndex, number)}
        />
      )}
    </>
  );

  const common = {
    [BLOCK_START_ATTR]: block.start,
    'data-n': number,
    dir: props.autoDir ? ('auto' as const) : undefined,
    className: `block block--${block.kind}${props.removing ? ' is-removing' : ''}`,
    // Its height until it is first laid out (it skips layout while out of view): a line of the
    // reading measure holds about 66 characters of some 30 pixels.
    style: { containIntrinsicSize: `auto ${Math.ceil((block.end - block.start) / 66) * 30}px` },
  };
  switch (block.kind) {
    case 'heading':
      return <h2 {...common}>{children}</h2>;
    case 'quote':
      return <blockquote {...common}>{children}</blockquote>;
    case 'list-item':
      return <li {...common}>{children}</li>;
    default:
      return <p {...common}>{children}</p>;
  }
}

/**
 * Shown on hover or focus in the margin. It holds no text node (an icon and a label only), so
 * it never enters the selection's offsets or a copied quote.
 */
function RemoveButton({
  number,
  busy,
  onClick,
}: {
  number: number;
  busy: boolean;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      className="block-remove"
      aria-label={`Remove paragraph ${number}`}
      title={`Remove ¶ ${number} from the article (Show removed can put it back)`}
      disabled={busy}
      onClick={onClick}
    >
      <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" fill="none">
        <circle cx="8" cy="8" r="6.25" stroke="currentColor" strokeWidth="1.3" />
        <path d="M5 8h6" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
      </svg>
    </button>
  );
}
