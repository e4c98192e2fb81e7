// Renders one block of the article as plain React text, wrapping highlighted parts in <mark>s.
import { Fragment, type ReactNode } from 'react';
import type { Block } from '../../../shared/model';
import type { PlacedHighlight } from './highlight-placement';
import { segmentBlock } from './segments';
import { BLOCK_START_ATTR } from './selection-offsets';

interface Props {
  block: Block;
  /** 1-based position among the article's blocks, shown in the margin and cited by cards. */
  number: number;
  text: string;
  placed: readonly PlacedHighlight[];
  activeId: string | null;
  onMarkClick: (id: string) => void;
}

export function BlockView({ block, number, text, placed, activeId, onMarkClick }: Props) {
  const segments = segmentBlock(block.start, block.end, placed);
  const content = segments.map((segment) => {
    const words: ReactNode = text.slice(segment.start, segment.end);
    // Innermost highlight wraps the words first, so outer marks nest around it.
    return segment.covering.reduceRight<ReactNode>(
      (inner, p) => (
        <mark
          key={p.highlight.id}
          data-highlight-id={p.highlight.id}
          className={`mark mark--${p.highlight.color}${p.highlight.id === activeId ? ' mark--active' : ''}`}
          onClick={(event) => {
            // A click that ends a drag-selection is a selection, not a jump to the note.
            if (!window.getSelection()?.isCollapsed) return;
            event.stopPropagation();
            onMarkClick(p.highlight.id);
          }}
        >
          {inner}
        </mark>
      ),
      words,
    );
  });
  const wrapped = content.map((node, i) => <Fragment key={segments[i]!.start}>{node}</Fragment>);

  const common = {
    [BLOCK_START_ATTR]: block.start,
    'data-n': number,
    dir: 'auto' as const,
    className: `block block--${block.kind}`,
  };
  switch (block.kind) {
    case 'heading':
      return <h2 {...common}>{wrapped}</h2>;
    case 'quote':
      return <blockquote {...common}>{wrapped}</blockquote>;
    case 'list-item':
      return <li {...common}>{wrapped}</li>;
    default:
      return <p {...common}>{wrapped}</p>;
  }
}
