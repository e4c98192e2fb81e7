// The Quotations view: every highlight of the notebook in one table, filtered by the search query
// language, sorted on the host, selected for bulk recolour, tagging and export; a row opens its
// source at the quote. It fits the library pane and can be widened over the whole window.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { createPortal } from 'react-dom';
import { CREDIBILITY_MEANINGS, type Credibility } from '../../../shared/grading';
import type { HighlightColor, TagSummary } from '../../../shared/model';
import type { QuotationPage, QuotationRow, QuotationSort } from '../../../shared/search';
import { quotationsKey } from '../api/queries';
import { useOpenArticle } from '../layout/article-view';
import { useDebouncedValue } from '../search/use-debounced-value';
import { colorName, useColorMeanings } from '../settings/color-meanings';
import { useTags } from '../tags/tags-context';
import '../tags/codebook.css';
import { BulkBar } from './bulk-bar';
import { ExportTheseDialog } from './export-these-dialog';
import { countLabel } from './quotation-format';
import { QuotationFilter } from './quotation-filter';
import { QuotationsTable } from './quotations-table';
import { QuickFilters } from './quick-filters';
import { SortChoice } from './sort-choice';
import { onTableKey } from './table-keys';
import { useBulkActions } from './use-bulk-actions';
import { useQuotationPages } from './use-quotation-pages';
import { useQuotationSelection } from './use-quotation-selection';
import './quotations.css';

/** Past this width the table shows its columns; below it, compact entries. */
const COLUMNS_FROM = 880;

export function QuotationsView() {
  const queryClient = useQueryClient();
  const openArticle = useOpenArticle();
  const { byId } = useTags();
  const { meanings } = useColorMeanings();
  const [typed, setTyped] = useState('');
  const query = useDebouncedValue(typed, 250);
  const [sort, setSort] = useState<QuotationSort>('article');
  const [descending, setDescending] = useState(false);
  const asked = useMemo(() => ({ query, sort, descending }), [query, sort, descending]);
  const [wide, setWide] = useState(false);
  const [width, setWidth] = useState(0);
  // Hidden behind another tab the view has no width: it then fetches nothing.
  const pages = useQuotationPages(asked, wide || width > 0);
  const selection = useQuotationSelection(pages);
  const bulk = useBulkActions();
  const [exporting, setExporting] = useState<readonly string[] | null>(null);
  const observer = useRef<ResizeObserver | null>(null);
  const measured = useCallback((node: HTMLDivElement | null) => {
    observer.current?.disconnect();
    if (!node) return;
    observer.current = new ResizeObserver(([entry]) => setWidth(entry?.contentRect.width ?? 0));
    observer.current.observe(node);
  }, []);
  const layout = wide || width >= COLUMNS_FROM ? 'columns' : 'compact';

  const open = (row: QuotationRow) => {
    setWide(false);
    openArticle(row.highlight.articleId, { highlightId: row.highlight.id });
  };
  const onSort = (next: QuotationSort, nextDescending?: boolean) => {
    setSort(next);
    setDescending(nextDescending ?? (next === sort ? !descending : false));
  };
  const onRowClick = (index: number, row: QuotationRow, event: MouseEvent<HTMLDivElement>) => {
    const mod = event.ctrlKey || event.metaKey;
    if (event.shiftKey) void selection.extendTo(index, mod);
    else if (mod) selection.toggle(index, row.highlight.id);
    else {
      selection.pickOne(index, row.highlight.id);
      open(row);
    }
  };
  const recolour = (color: HighlightColor) =>
    void bulk.apply(
      selection.ids,
      { color },
      {
        step: `recolour to ${meanings[color]}`,
        done: (n) => `Recoloured ${n}: ${meanings[color]} (${colorName(color)})`,
      },
    );

  const grade = (credibility: number | null) =>
    void bulk.apply(
      selection.ids,
      { credibility: credibility as Credibility | null },
      credibility === null
        ? { step: 'clear the grade', done: (n) => `Cleared the grade of ${n}` }
        : {
            step: `grade ${credibility}`,
            done: (n) =>
              `Graded ${n} ${credibility}: ${CREDIBILITY_MEANINGS[credibility as Credibility]}`,
          },
    );

  /** Tags the selected quotations carry, from every page of rows fetched so far. */
  const carriedTags = (): TagSummary[] => {
    const wanted = new Set(selection.ids);
    const found = new Set<string>();
    for (const [, page] of queryClient.getQueriesData<QuotationPage>({
      queryKey: [...quotationsKey, 'page'],
    })) {
      for (const row of page?.rows ?? []) {
        if (wanted.has(row.highlight.id)) row.highlight.tagIds.forEach((t) => found.add(t));
      }
    }
    return [...found]
      .flatMap((id) => byId.get(id) ?? [])
      .sort((a, b) => a.name.localeCompare(b.name));
  };

  // The full-window view takes the keyboard with it, and gives it back to the pane.
  const grid = useRef<HTMLElement | null>(null);
  const focusedFor = useRef(wide);
  useEffect(() => {
    if (focusedFor.current === wide) return;
    focusedFor.current = wide;
    grid.current?.focus();
  }, [wide]);

  const { total } = pages;
  const totalText = total === null ? (pages.problem ? '' : 'Loading…') : countLabel(total);
  const content = (
    <div
      ref={measured}
      className={`quotations${wide ? ' quotations--wide' : ''}`}
      data-testid="quotations"
      data-layout={layout}
    >
      <QuotationFilter value={typed} onChange={setTyped} problem={pages.problem} />
      <div className="quotations__tools">
        <QuickFilters query={typed} onChange={setTyped} />
        {/* The compact table names the count in its header instead. */}
        {layout === 'columns' ? (
          <span className="quotations__total" data-testid="quotations-total" aria-live="polite">
            {totalText}
          </span>
        ) : (
          <span className="quotations__spacer" />
        )}
        <SortChoice sort={sort} descending={descending} onChange={onSort} />
        {!wide && (
          <button
            type="button"
            className="icon-button quotations__widen"
            onClick={() => setWide(true)}
            aria-label="Widen: show the quotations over the whole window"
            title="Show the quotations over the whole window, every column in view"
          >
            <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true">
              <path
                d="M9.5 2.5h4v4M13.5 2.5 9 7M6.5 13.5h-4v-4M2.5 13.5 7 9"
                fill="none"
                stroke="currentColor"
                strokeWidth="1.5"
                strokeLinecap="round"
                strokeLinejoin="round"
              />
            </svg>
          </button>
        )}
      </div>
      {selection.ids.length > 0 && (
        <BulkBar
          ids={selection.ids}
          gathering={selection.gathering}
          carriedTags={carriedTags}
          actions={bulk}
          onExport={() => setExporting(selection.ids)}
          onClear={selection.clear}
        />
      )}
      {total === 0 ? (
        <p className="pane__empty">
          {query.trim()
            ? 'No quotation matches this filter.'
            : 'No highlights yet: highlight passages in an article and they are listed here.'}
        </p>
      ) : (
        <div
          className="quotations__table"
          ref={(node) => {
            grid.current = node?.querySelector<HTMLElement>('[role="grid"]') ?? null;
          }}
        >
          <QuotationsTable
            pages={pages}
            layout={layout}
            selection={selection.selection}
            headerCheck={selection.headerCheck}
            countText={totalText}
            sort={sort}
            descending={descending}
            onSort={(s) => onSort(s)}
            onHeaderCheck={() =>
              selection.headerCheck === 'none' ? void selection.selectAll() : selection.clear()
            }
            onRowClick={onRowClick}
            onToggle={selection.toggle}
            onKeyDown={(event, perPage) =>
              onTableKey(event, perPage, {
                count: total ?? 0,
                rowAt: pages.rowAt,
                selection,
                open,
                recolour,
                grade,
                onEscape: wide ? () => setWide(false) : undefined,
              })
            }
          />
        </div>
      )}
      {exporting && (
        <ExportTheseDialog highlightIds={exporting} onClose={() => setExporting(null)} />
      )}
    </div>
  );

  if (!wide) return content;
  return (
    <>
      <div className="quotations quotations--away">
        <p className="pane__empty">The quotations are open over the whole window.</p>
        <button type="button" className="button button--small" onClick={() => setWide(false)}>
          Show them here
        </button>
      </div>
      {createPortal(
        <section
          className="quotations-overlay"
          aria-label="Quotations"
          data-testid="quotations-overlay"
        >
          <header className="pane__header">
            <h2 className="pane__title">Quotations</h2>
            <button type="button" className="button button--small" onClick={() => setWide(false)}>
              Back to the article
            </button>
          </header>
          {content}
        </section>,
        document.body,
      )}
    </>
  );
}
