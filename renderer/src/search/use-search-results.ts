// The hits for a query, page by page from the host's search, held in the query cache so every
// change to the notebook refreshes them; a query the host refuses keeps the last good hits.
import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { SearchHit, SearchResults } from '../../../shared/search';
import { ApiError, messageOf } from '../api/api-error';
import { call } from '../api/client';
import { searchKey } from '../api/queries';

export const SEARCH_PAGE = 50;

export interface SearchState {
  /** The query the shown hits answer (it lags the typed one while a search runs or fails). */
  query: string;
  hits: SearchHit[];
  total: number;
  tookMs: number;
  /** Nothing answered yet for the first query. */
  pending: boolean;
  /** The shown hits answer an earlier query than the one typed. */
  stale: boolean;
  /** Why the typed query found nothing: the host's words ("Unclosed quote"). */
  problem: string | null;
  hasMore: boolean;
  loadingMore: boolean;
  loadMore: () => void;
}

interface Answered {
  query: string;
  pages: SearchResults[];
}

/** The cached search for a query, one page of hits per offset. */
export const searchOptions = (query: string) =>
  infiniteQueryOptions({
    queryKey: [...searchKey, query],
    queryFn: ({ pageParam }) =>
      call('search.query', { query, limit: SEARCH_PAGE, offset: pageParam }),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((n, page) => n + page.hits.length, 0);
      return last.hits.length > 0 && loaded < last.total ? loaded : undefined;
    },
  });

export function useSearchResults(query: string): SearchState {
  const result = useInfiniteQuery({
    ...searchOptions(query),
    placeholderData: keepPreviousData,
    enabled: query !== '',
  });

  // The last query the host answered, so a refused one (an unclosed quote mid-typing) leaves
  // those hits in view, greyed, rather than an empty panel.
  const [answered, setAnswered] = useState<Answered | null>(null);
  const fresh = result.data && !result.isPlaceholderData ? result.data : null;
  if (fresh && (answered?.query !== query || answered.pages !== fresh.pages)) {
    setAnswered({ query, pages: fresh.pages });
  }

  const shown = fresh ? { query, pages: fresh.pages } : answered;
  const first = shown?.pages[0];
  const error = result.error;
  const problem = !error
    ? null
    : error instanceof ApiError && error.code === 'INVALID_INPUT'
      ? error.message
      : `Searching failed: ${messageOf(error)}`;
  return {
    query: shown?.query ?? query,
    hits: shown ? shown.pages.flatMap((page) => page.hits) : [],
    total: first?.total ?? 0,
    tookMs: first?.tookMs ?? 0,
    pending: !shown && query !== '' && !error,
    stale: !fresh,
    problem,
    hasMore: Boolean(fresh && result.hasNextPage),
    loadingMore: result.isFetchingNextPage,
    loadMore: () => {
      if (result.hasNextPage && !result.isFetchingNextPage) void result.fetchNextPage();
    },
  };
}
