// One quotation in the table: as a row of columns when there is room, else as a compact entry
// (quote over its article, paragraph and tags) for the narrow library pane.
import type { CSSProperties, DragEvent, MouseEvent } from 'react';
import type { QuotationRow as Row } from '../../../shared/search';
import { startHighlightDrag } from '../notebook-notes/highlight-drag';
import { GradeBadge } from '../notes/grade-badge';
import { formatCalendarDate } from '../reader/format-date';
import { useColorMeanings } from '../settings/color-meanings';
import { TagChip } from '../tags/tag-chip';
import { useTags } from '../tags/tags-context';
import { firstLine, paragraphLabel } from './quotation-format';

export type TableLayout = 'columns' | 'compact';

interface Props {
  index: number;
  row: Row | undefined;
  layout: TableLayout;
  selected: boolean;
  cursor: boolean;
  stale: boolean;
  style: CSSProperties;
  rowId: string;
  onClick: (event: MouseEvent<HTMLDivElement>) => void;
  onToggle: () => void;
}

export function QuotationRow(props: Props) {
  const { index, row, layout, selected, cursor, stale, style, rowId } = props;
  const { meanings } = useColorMeanings();
  const { byId } = useTags();
  const className = [
    'qrow',
    `qrow--${layout}`,
    selected && 'is-selected',
    cursor && 'is-cursor',
    stale && 'is-stale',
  ]
    .filter(Boolean)
    .join(' ');

  if (!row) {
    return (
      <div role="row" aria-rowindex={index + 2} className={`${className} is-loading`} style={style}>
        <div role="gridcell" className="qrow__loading">
          Loading…
        </div>
      </div>
    );
  }
  const { highlight, articleTitle, outlet, date, paragraph, reliability } = row;
  const badge = <GradeBadge reliability={reliability} credibility={highlight.credibility} />;
  const quote = highlight.quote.exact;
  const tags = highlight.tagIds.flatMap((id) => {
    const tag = byId.get(id);
    return tag ? [<TagChip key={id} name={tag.name} color={tag.color} />] : [];
  });
  const meaning = meanings[highlight.color];
  const check = (
    <div role="gridcell" className="qrow__check">
      <input
        type="checkbox"
        tabIndex={-1}
        aria-label={`Select “${quote.slice(0, 60)}”`}
        checked={selected}
        onChange={props.onToggle}
        onClick={(e) => e.stopPropagation()}
      />
    </div>
  );
  const common = {
    role: 'row',
    id: rowId,
    'aria-rowindex': index + 2,
    'aria-selected': selected,
    className: `${className} qrow--${highlight.color}`,
    style,
    'data-testid': 'quotation-row',
    'data-highlight-id': highlight.id,
    // Shift+click takes a run of rows: it must not also select the page's text.
    onMouseDown: (e: MouseEvent) => e.shiftKey && e.preventDefault(),
    onClick: props.onClick,
    // A row dragged out carries its highlight: into a notebook note, or an ACH matrix.
    draggable: true,
    onDragStart: (e: DragEvent) => startHighlightDrag(e, highlight.id),
  } as const;

  if (layout === 'compact') {
    return (
      <div {...common}>
        {check}
        <div role="gridcell" className="qrow__body">
          <p className="qrow__quote" dir="auto" title={quote}>
            {quote}
          </p>
          <p className="qrow__meta">
            <span
              className={`swatch swatch--static swatch--${highlight.color}`}
              title={meaning}
              aria-label={meaning}
            />
            <span className="qrow__article" dir="auto" title={articleTitle}>
              {articleTitle}
            </span>
            <span className="qrow__paragraph">{paragraphLabel(paragraph)}</span>
            {badge}
          </p>
          {tags.length > 0 && <p className="qrow__tags">{tags}</p>}
        </div>
      </div>
    );
  }
  return (
    <div {...common}>
      {check}
      <div role="gridcell" className="qrow__quote" dir="auto" title={quote}>
        {quote}
      </div>
      <div role="gridcell" className="qrow__note" dir="auto" title={highlight.note}>
        {firstLine(highlight.note)}
      </div>
      <div role="gridcell" className="qrow__tags">
        {tags}
      </div>
      <div role="gridcell" className="qrow__colour" title={meaning}>
        <span className={`swatch swatch--static swatch--${highlight.color}`} aria-hidden="true" />
        <span className="qrow__meaning">{meaning}</span>
      </div>
      <div role="gridcell" className="qrow__grade">
        {badge}
      </div>
      <div role="gridcell" className="qrow__article" dir="auto" title={articleTitle}>
        {articleTitle}
      </div>
      <div role="gridcell" className="qrow__outlet" dir="auto" title={outlet}>
        {outlet ?? ''}
      </div>
      <div role="gridcell" className="qrow__date">
        {date && <time dateTime={date}>{formatCalendarDate(date, 'short')}</time>}
      </div>
      <div role="gridcell" className="qrow__paragraph">
        {paragraphLabel(paragraph)}
      </div>
    </div>
  );
}
