// The library's article summaries, from the query cache (fetched again whenever it is invalidated).
import { useQuery } from '@tanstack/react-query';
import type { ArticleSummary } from '../../../shared/model';
import { articleListQuery } from '../api/queries';
import { useQueryErrorNotice } from '../api/use-query-error';

const NONE: ArticleSummary[] = [];

/** The summaries, or null while the first answer is awaited. */
export function useArticleList(): readonly ArticleSummary[] | null {
  const { data, error } = useQuery(articleListQuery());
  useQueryErrorNotice(error, 'Loading the library');
  // An empty list, not an endless "Loading…", after a failure: the notice says what went wrong.
  return data ?? (error ? NONE : null);
}
