// The virtualised quotations grid: only the rows in view are drawn, their pages fetched as they
// scroll in; column headers sort on the host; a header box selects every row the filter shows.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import type { QuotationRow as Row, QuotationSort } from '../../../shared/search';
import { QuotationRow, type TableLayout } from './quotation-row';
import type { Selection } from './selection';
import type { QuotationPages } from './use-quotation-pages';
import './quotations-table.css';

interface Column {
  key: string;
  label: string;
  sort?: QuotationSort;
}

const COLUMNS: Column[] = [
  { key: 'quote', label: 'Quote', sort: 'quote' },
  { key: 'note', label: 'Note' },
  { key: 'tags', label: 'Tags' },
  { key: 'colour', label: 'Colour', sort: 'colour' },
  { key: 'grade', label: 'Grade', sort: 'grade' },
  { key: 'article', label: 'Article', sort: 'article' },
  { key: 'outlet', label: 'Outlet', sort: 'outlet' },
  { key: 'date', label: 'Date', sort: 'date' },
  { key: 'paragraph', label: '¶', sort: 'position' },
];

const ROW_HEIGHT: Record<TableLayout, number> = { columns: 46, compact: 70 };

export type HeaderCheck = 'all' | 'some' | 'none';

interface Props {
  pages: QuotationPages;
  layout: TableLayout;
  selection: Selection;
  headerCheck: HeaderCheck;
  /** "12 quotations": the compact header's only words. */
  countText: string;
  sort: QuotationSort;
  descending: boolean;
  onSort: (sort: QuotationSort) => void;
  onHeaderCheck: () => void;
  onRowClick: (index: number, row: Row, event: MouseEvent<HTMLDivElement>) => void;
  onToggle: (index: number, id: string) => void;
  onKeyDown: (event: KeyboardEvent<HTMLDivElement>, rowsPerPage: number) => void;
}

export const rowDomId = (index: number) => `quotation-row-${index}`;

export function QuotationsTable(props: Props) {
  const { pages, layout, selection, sort, descending } = props;
  const scroller = useRef<HTMLDivElement | null>(null);
  const count = pages.total ?? 0;
  // The virtualiser's functions change as it scrolls; this component re-renders with them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT[layout],
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const firstShown = items[0]?.index ?? 0;
  const lastShown = items.at(-1)?.index ?? 0;
  const { showRows } = pages;
  useEffect(() => showRows(firstShown, lastShown), [showRows, firstShown, lastShown]);

  // Compact rows grow with their tags; switching layout measures every row again.
  useEffect(() => virtualizer.measure(), [virtualizer, layout]);
  const { cursor } = selection;
  useEffect(() => {
    if (cursor !== null && cursor < count) virtualizer.scrollToIndex(cursor, { align: 'auto' });
  }, [virtualizer, cursor, count]);

  const header = (
    <div role="rowgroup" className="qtable__head">
      <div role="row" aria-rowindex={1} className={`qrow qrow--${layout} qrow--head`}>
        <div role="columnheader" className="qrow__check">
          <input
            type="checkbox"
            aria-label="Select all shown"
            checked={props.headerCheck === 'all'}
            ref={(box) => {
              if (box) box.indeterminate = props.headerCheck === 'some';
            }}
            disabled={count === 0}
            onChange={props.onHeaderCheck}
          />
        </div>
        {layout === 'columns' ? (
          COLUMNS.map((column) => {
            const sorted = column.sort === sort;
            return (
              <div
                key={column.key}
                role="columnheader"
                className={`qtable__col qtable__col--${column.key}`}
                aria-sort={sorted ? (descending ? 'descending' : 'ascending') : undefined}
              >
                {column.sort ? (
                  <button
                    type="button"
                    className={`qtable__sort${sorted ? ' is-sorted' : ''}`}
                    onClick={() => props.onSort(column.sort!)}
                    title={`Sort by ${column.label === '¶' ? 'position in the article' : column.label.toLowerCase()}`}
                  >
                    {column.label}
                    <span className="qtable__arrow" aria-hidden="true">
                      {sorted ? (descending ? '↓' : '↑') : ''}
                    </span>
                  </button>
                ) : (
                  <span className="qtable__label">{column.label}</span>
                )}
              </div>
            );
          })
        ) : (
          <div
            role="columnheader"
            className="qtable__col qtable__label"
            data-testid="quotations-total"
            aria-live="polite"
          >
            {props.countText}
          </div>
        )}
      </div>
    </div>
  );

  return (
    <div
      role="grid"
      aria-label="Quotations"
      aria-rowcount={count + 1}
      aria-multiselectable="true"
      aria-busy={pages.stale}
      aria-activedescendant={cursor !== null && cursor < count ? rowDomId(cursor) : undefined}
      tabIndex={0}
      className={`qtable qtable--${layout}`}
      data-testid="quotations-table"
      onKeyDown={(event) => {
        const height = scroller.current?.clientHeight ?? 400;
        props.onKeyDown(event, Math.max(1, Math.floor(height / ROW_HEIGHT[layout]) - 1));
      }}
    >
      {header}
      <div ref={scroller} className="qtable__scroll">
        <div
          role="rowgroup"
          className="qtable__body"
          style={{ height: virtualizer.getTotalSize() }}
        >
          {items.map((item) => {
            const row = pages.rowAt(item.index);
            const id = row?.highlight.id;
            return (
              <div
                key={item.key}
                ref={layout === 'compact' ? virtualizer.measureElement : undefined}
                data-index={item.index}
                className="qtable__slot"
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <QuotationRow
                  index={item.index}
                  row={row}
                  layout={layout}
                  rowId={rowDomId(item.index)}
                  selected={!!id && selection.ids.has(id)}
                  cursor={cursor === item.index}
                  stale={pages.stale}
                  style={layout === 'columns' ? { height: ROW_HEIGHT.columns } : {}}
                  onClick={(event) => row && props.onRowClick(item.index, row, event)}
                  onToggle={() => id && props.onToggle(item.index, id)}
                />
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
