// The panel under the search box: hits in sections, one virtual list of headers and rows so a
// query with thousands of hits stays light, the next page fetched as the end comes into view.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type CSSProperties } from 'react';
import type { SearchHit } from '../../../shared/search';
import { ResultRow } from './result-row';
import { hitKey, type ResultLayout } from './result-layout';
import type { SearchState } from './use-search-results';

interface Props {
  listId: string;
  optionId: (option: number) => string;
  state: SearchState;
  layout: ResultLayout;
  active: number;
  onActive: (option: number) => void;
  onOpen: (hit: SearchHit) => void;
  style: CSSProperties;
}

/** Rows this close to the end of what is loaded ask for the next page. */
const LOAD_AHEAD = 10;

export function SearchResults(props: Props) {
  const { listId, optionId, state, layout, active, onActive, onOpen, style } = props;
  const { rows, options, rowOfOption } = layout;
  const scrollRef = useRef<HTMLDivElement>(null);
  // The compiler leaves this component unmemoised, which is what the virtualizer's live
  // measurements need.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => (rows[i]?.type === 'section' ? 30 : 58),
    getItemKey: (i) => {
      const row = rows[i]!;
      return row.type === 'section' ? `section:${row.kind}` : hitKey(row.hit);
    },
    overscan: 6,
    // Until the panel is measured (and where nothing measures it), assume a full one.
    initialRect: { width: 440, height: 480 },
  });
  const items = virtualizer.getVirtualItems();

  const lastIndex = items[items.length - 1]?.index ?? -1;
  const { hasMore, loadMore } = state;
  useEffect(() => {
    if (hasMore && lastIndex >= rows.length - LOAD_AHEAD) loadMore();
  }, [hasMore, lastIndex, rows.length, loadMore]);

  // The active row stays in view as the keys move it (the first one brings its heading along),
  // and new results start at the top; a page arriving while scrolling leaves the view alone.
  const activeRow = active <= 0 ? 0 : rowOfOption[active];
  const answering = state.query;
  useEffect(() => {
    if (activeRow !== undefined && virtualizer.options.count > activeRow) {
      virtualizer.scrollToIndex(activeRow);
    }
  }, [activeRow, answering, virtualizer]);

  const greyed = state.stale && state.problem !== null;
  const empty = !state.pending && rows.length === 0;
  return (
    <div
      className={`search-panel${greyed ? ' is-stale' : ''}`}
      style={style}
      data-testid="search-results"
      // Pressing in the panel (a row, the scroll bar) must not take the focus from the box.
      onMouseDown={(event) => event.preventDefault()}
    >
      <div className="search-panel__scroll" ref={scrollRef}>
        <div
          id={listId}
          role="listbox"
          aria-label="Search results"
          aria-busy={state.pending || state.loadingMore}
          className="search-panel__list"
          style={{ height: virtualizer.getTotalSize() }}
        >
          {items.map((item) => {
            const row = rows[item.index]!;
            return (
              <div
                key={item.key}
                data-index={item.index}
                ref={virtualizer.measureElement}
                className="search-panel__item"
                style={{ transform: `translateY(${item.start}px)` }}
              >
                {row.type === 'section' ? (
                  <div role="presentation" className="search-section" data-testid="search-section">
                    <span className="search-section__label">{row.label}</span>
                    <span className="count">
                      {row.count}
                      {state.hasMore ? '+' : ''}
                    </span>
                  </div>
                ) : (
                  <ResultRow
                    id={optionId(row.option)}
                    hit={row.hit}
                    active={row.option === active}
                    position={row.option + 1}
                    setSize={state.hasMore ? -1 : options.length}
                    onPoint={() => onActive(row.option)}
                    onOpen={() => onOpen(row.hit)}
                  />
                )}
              </div>
            );
          })}
        </div>
        {state.pending && <p className="search-panel__empty">Searching…</p>}
        {empty && !state.problem && (
          <p className="search-panel__empty">Nothing matches “{state.query}”.</p>
        )}
        {empty && state.problem && (
          <p className="search-panel__empty">Fix the query to see results.</p>
        )}
      </div>
      <footer className="search-panel__footer">
        <span data-testid="search-summary">
          {state.pending
            ? 'Searching…'
            : greyed
              ? `Results for “${state.query}”`
              : `${state.total.toLocaleString()} ${state.total === 1 ? 'result' : 'results'} · ${formatMs(state.tookMs)}`}
          {state.loadingMore && ' · loading more…'}
        </span>
        <span className="search-panel__keys" aria-hidden="true">
          <kbd>↑</kbd>
          <kbd>↓</kbd> move <kbd>Enter</kbd> open <kbd>Esc</kbd> close
        </span>
      </footer>
    </div>
  );
}

function formatMs(ms: number): string {
  return ms < 10 ? `${ms.toFixed(1)} ms` : `${Math.round(ms)} ms`;
}
