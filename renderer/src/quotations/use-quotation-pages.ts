// The quotation rows a query picks, fetched in pages of 500 by offset as the table scrolls to them
// (any page, not only the next), cached under `quotationsKey` so every change refreshes them;
// a query the host refuses keeps the last good rows in view.
import { queryOptions, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { MAX_QUOTATION_PAGE } from '../../../shared/limits';
import type { QuotationPage, QuotationRow, QuotationSort } from '../../../shared/search';
import { ApiError, messageOf } from '../api/api-error';
import { call } from '../api/client';
import { quotationsKey } from '../api/queries';

export const QUOTATION_PAGE = 500;

export interface QuotationParams {
  query: string;
  sort: QuotationSort;
  descending: boolean;
}

export const quotationPageQuery = (params: QuotationParams, page: number, size = QUOTATION_PAGE) =>
  queryOptions({
    queryKey: [...quotationsKey, 'page', params, size, page] as const,
    queryFn: (): Promise<QuotationPage> => {
      const query = params.query.trim();
      return call('quotations.list', {
        ...(query ? { query } : {}),
        sort: params.sort,
        descending: params.descending,
        offset: page * size,
        limit: size,
      });
    },
  });

export interface QuotationPages {
  /** What the shown rows answer (it lags the typed query while it loads or is refused). */
  params: QuotationParams;
  /** Rows the shown query picks, or null before its first answer. */
  total: number | null;
  rowAt: (index: number) => QuotationRow | undefined;
  /** The shown rows answer an earlier query or sort than the one asked for. */
  stale: boolean;
  /** Why the asked query shows nothing new: the host's words ("Unclosed quote"). */
  problem: string | null;
  /** The table's visible rows, so the pages holding them are fetched. */
  showRows: (first: number, last: number) => void;
  /** Rows `from`..`to` (inclusive) of the shown query, fetched where not yet loaded. */
  rowsBetween: (from: number, to: number) => Promise<QuotationRow[]>;
  /** Every row of the shown query (for "select all shown"). */
  allRows: () => Promise<QuotationRow[]>;
  /** The rows of the pages loaded so far, in order. */
  loadedRows: () => QuotationRow[];
}

/** `enabled`: whether the table is in view; hidden, it fetches nothing, even after changes. */
export function useQuotationPages(asked: QuotationParams, enabled: boolean): QuotationPages {
  const queryClient = useQueryClient();
  const first = useQuery({ ...quotationPageQuery(asked, 0), enabled });
  // The last query the host answered: a refused one leaves those rows in view, greyed.
  const [answered, setAnswered] = useState<QuotationParams | null>(null);
  if (first.isSuccess && !sameParams(answered, asked)) setAnswered(asked);
  const params = first.isSuccess ? asked : (answered ?? asked);

  const [shown, setShown] = useState({ first: 0, last: 0 });
  const wanted = useMemo(() => {
    const pages = [0];
    for (let p = Math.max(1, shown.first); p <= shown.last; p++) pages.push(p);
    return pages;
  }, [shown]);
  const pages = useQueries({
    queries: wanted.map((page) => ({ ...quotationPageQuery(params, page), enabled })),
  });

  const byPage = new Map<number, QuotationPage>();
  pages.forEach((result, i) => result.data && byPage.set(wanted[i]!, result.data));
  const total = byPage.get(0)?.total ?? null;

  const rowAt = (index: number) =>
    byPage.get(Math.floor(index / QUOTATION_PAGE))?.rows[index % QUOTATION_PAGE];

  const showRows = useCallback((firstRow: number, lastRow: number) => {
    const next = {
      first: Math.floor(firstRow / QUOTATION_PAGE),
      last: Math.floor(lastRow / QUOTATION_PAGE),
    };
    setShown((w) => (w.first === next.first && w.last === next.last ? w : next));
  }, []);

  const rowsBetween = useCallback(
    async (from: number, to: number) => {
      const out: QuotationRow[] = [];
      for (let p = Math.floor(from / QUOTATION_PAGE); p <= Math.floor(to / QUOTATION_PAGE); p++) {
        const page = await queryClient.fetchQuery(quotationPageQuery(params, p));
        page.rows.forEach((row, i) => {
          const index = p * QUOTATION_PAGE + i;
          if (index >= from && index <= to) out.push(row);
        });
      }
      return out;
    },
    [queryClient, params],
  );

  const allRows = useCallback(async () => {
    const out: QuotationRow[] = [];
    for (let p = 0; ; p++) {
      const page = await queryClient.fetchQuery(quotationPageQuery(params, p, MAX_QUOTATION_PAGE));
      out.push(...page.rows);
      if (page.rows.length < MAX_QUOTATION_PAGE || out.length >= page.total) return out;
    }
  }, [queryClient, params]);

  const loadedRows = () =>
    [...byPage.entries()].sort(([a], [b]) => a - b).flatMap(([, page]) => page.rows);

  const error = first.error;
  const problem = !error
    ? null
    : error instanceof ApiError && error.code === 'INVALID_INPUT'
      ? error.message
      : `The quotations could not be listed: ${messageOf(error)}`;

  return {
    params,
    total,
    rowAt,
    stale: !first.isSuccess || first.isPlaceholderData,
    problem,
    showRows,
    rowsBetween,
    allRows,
    loadedRows,
  };
}

function sameParams(a: QuotationParams | null, b: QuotationParams): boolean {
  return !!a && a.query === b.query && a.sort === b.sort && a.descending === b.descending;
}
