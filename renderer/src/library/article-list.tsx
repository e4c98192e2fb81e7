// The library's list box of articles, virtualised: only the rows in view (and a few beyond) are
// in the page, so ten thousand articles cost what thirty do. Keys move the selection as in any
// desktop list box and keep it in view.
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import type { ArticleSummary } from '../../../shared/model';
import { ArticleListItem } from './article-list-item';
import { LIBRARY_FIRST_ROW_MARK } from './list-marks';

interface Props {
  /** The articles shown, in order (already filtered). */
  articles: readonly ArticleSummary[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  /**
   * Changes whenever the filter does (or the list is shown again), so the selected row is
   * brought back into view.
   */
  filterKey: string;
}

/** A one-line title with its source line; rows are measured once they are in the page. */
const ESTIMATED_ROW_PX = 58;
const ROW_GAP_PX = 2;

let firstRowMarked = false;

function ArticleListRows({ articles, selectedId, onSelect, filterKey }: Props) {
  const scrollRef = useRef<HTMLDivElement | null>(null);
  // A new key function makes the virtualiser measure every row again: one per list, not per render.
  const getItemKey = useCallback((index: number) => articles[index]!.id, [articles]);
  // Dossier does not use the React Compiler, whose memoising this warning is about.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: articles.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_PX,
    getItemKey,
    gap: ROW_GAP_PX,
    paddingStart: 6,
    paddingEnd: 12,
    overscan: 6,
  });
  const rows = virtualizer.getVirtualItems();

  // The row to give the keyboard focus once it is in the page (it may first need scrolling to).
  const focusWanted = useRef<string | null>(null);
  useEffect(() => {
    const id = focusWanted.current;
    if (!id) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(
      `[data-article-id="${CSS.escape(id)}"]`,
    );
    if (!row) return;
    focusWanted.current = null;
    row.focus({ preventScroll: true });
  });

  // The selected row stays in view when the filter changes or it is chosen from elsewhere.
  const latest = useRef(articles);
  useLayoutEffect(() => {
    latest.current = articles;
  });
  useLayoutEffect(() => {
    const at = selectedId ? latest.current.findIndex((a) => a.id === selectedId) : -1;
    if (at === -1) return;
    // Scrolling to where the list already is still forces a layout: only move when it must.
    const [offset] = virtualizer.getOffsetForIndex(at, 'auto') ?? [];
    if (offset !== undefined && offset !== virtualizer.scrollOffset) {
      virtualizer.scrollToIndex(at, { align: 'auto' });
    }
  }, [selectedId, filterKey, virtualizer]);

  // Rows are kept by place, so a row in the page may now show another article than when it was
  // mounted: each is measured again for the article it shows (a known article's height comes
  // from the virtualiser's cache; only an article not seen before is read from the page).
  const listRef = useRef<HTMLUListElement | null>(null);
  useLayoutEffect(() => {
    for (const row of listRef.current?.children ?? []) {
      virtualizer.measureElement(row as HTMLElement);
    }
  });

  const hasRows = rows.length > 0;
  const selectedInView = rows.some((row) => articles[row.index]!.id === selectedId);
  useEffect(() => {
    if (!hasRows || firstRowMarked) return;
    firstRowMarked = true;
    // After the frame that shows the row: the benchmark measures up to its paint.
    requestAnimationFrame(() => setTimeout(() => performance.mark(LIBRARY_FIRST_ROW_MARK), 0));
  }, [hasRows]);

  const move = (to: number) => {
    const next = articles[Math.min(articles.length - 1, Math.max(0, to))];
    if (!next) return;
    focusWanted.current = next.id;
    onSelect(next.id);
    virtualizer.scrollToIndex(articles.indexOf(next), { align: 'auto' });
  };

  const onKey = (event: KeyboardEvent<HTMLUListElement>) => {
    if (articles.length === 0) return;
    const at = articles.findIndex((a) => a.id === selectedId);
    const page = Math.max(
      1,
      Math.floor((scrollRef.current?.clientHeight ?? 0) / (ESTIMATED_ROW_PX + ROW_GAP_PX)) - 1,
    );
    const to = {
      ArrowDown: at + 1,
      ArrowUp: at === -1 ? 0 : at - 1,
      Home: 0,
      End: articles.length - 1,
      PageDown: at + page,
      PageUp: at === -1 ? 0 : at - page,
    }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    move(to);
  };

  return (
    <div className="library__scroll library__scroll--virtual" ref={scrollRef}>
      <ul
        ref={listRef}
        role="listbox"
        aria-label="Articles"
        className="article-list"
        onKeyDown={onKey}
        style={{ height: virtualizer.getTotalSize() }}
      >
        {rows.map((row) => {
          const article = articles[row.index]!;
          return (
            <ArticleListItem
              // By place in the list, not by article: a filter keystroke then changes the words
              // of the rows already in the page instead of removing them and building new ones.
              // (The virtualiser still keeps each article's measured height by its id.)
              key={row.index}
              index={row.index}
              setSize={articles.length}
              top={row.start}
              article={article}
              selected={article.id === selectedId}
              // With the selected row out of the page, the first one in view takes the Tab.
              tabbable={
                article.id === selectedId || (!selectedInView && row.index === rows[0]!.index)
              }
              onSelect={() => onSelect(article.id)}
            />
          );
        })}
      </ul>
    </div>
  );
}

/** Rendered again only when its own props change, not at every key typed in the filter box. */
export const ArticleList = memo(ArticleListRows);
