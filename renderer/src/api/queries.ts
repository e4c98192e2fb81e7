// The query keys and fetchers for the notebook's server state, and the invalidations that keep
// every view (list, open article, search, quotations, codebook) consistent after a change.
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { ARTICLES_ARRIVED_MARK } from '../library/list-marks';
import { call } from './client';

/** Every list of article summaries (the library, and the library under a tag filter). */
export const articleListsKey = ['articles'] as const;
export const articleListKey = (tagId?: string) =>
  tagId ? ([...articleListsKey, { tagId }] as const) : ([...articleListsKey, {}] as const);
/** Every open or cached article detail. */
export const articleDetailsKey = ['article'] as const;
export const articleKey = (id: string) => [...articleDetailsKey, id] as const;
export const tagsKey = ['tags'] as const;
export const notebookNotesKey = ['notes'] as const;
export const settingsKey = ['settings'] as const;
/** Search results: `[...searchKey, query]`; every change to the notebook invalidates them. */
export const searchKey = ['search'] as const;
/** The quotations table: `[...quotationsKey, ...]`; every change invalidates it too. */
export const quotationsKey = ['quotations'] as const;
/** ACH matrices: their rows show quotes, whose words and grades any change can alter. */
export const achKey = ['ach'] as const;
/** The timeline: dates worked out of article texts and dates. */
export const timelineKey = ['timeline'] as const;
export const entitiesKey = ['entities'] as const;
export const chartsKey = ['charts'] as const;

export const articleListQuery = (tagId?: string) =>
  queryOptions({
    queryKey: articleListKey(tagId),
    queryFn: async () => {
      const list = await call('articles.list', tagId ? { tagId } : {});
      if (!tagId) performance.mark(ARTICLES_ARRIVED_MARK);
      return list;
    },
  });

export const articleQuery = (id: string) =>
  queryOptions({ queryKey: articleKey(id), queryFn: () => call('articles.get', { id }) });

export const tagsQuery = () =>
  queryOptions({ queryKey: tagsKey, queryFn: () => call('tags.list', {}) });

export const notebookNotesQuery = () =>
  queryOptions({ queryKey: notebookNotesKey, queryFn: () => call('notes.list', {}) });

export const settingsQuery = () =>
  queryOptions({ queryKey: settingsKey, queryFn: () => call('settings.get', {}) });

/** What every change can make stale however small: found words and quotations. */
function invalidateFindings(queryClient: QueryClient): Promise<void> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: searchKey }),
    queryClient.invalidateQueries({ queryKey: quotationsKey }),
    queryClient.invalidateQueries({ queryKey: achKey }),
    queryClient.invalidateQueries({ queryKey: timelineKey }),
    queryClient.invalidateQueries({ queryKey: entitiesKey }),
    queryClient.invalidateQueries({ queryKey: chartsKey }),
  ]).then(() => undefined);
}

/**
 * After any change to the notebook made elsewhere than the open view (an undo, a host event, a
 * bulk edit, a merged bundle): refetches the article lists, the given article (or every one),
 * the codebook, the notebook notes, search results and quotations. Resolves when the views that
 * are showing have their new data.
 */
export function invalidateNotebook(queryClient: QueryClient, articleId?: string): Promise<void> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: articleListsKey }),
    queryClient.invalidateQueries({
      queryKey: articleId ? articleKey(articleId) : articleDetailsKey,
    }),
    queryClient.invalidateQueries({ queryKey: tagsKey }),
    queryClient.invalidateQueries({ queryKey: notebookNotesKey }),
    invalidateFindings(queryClient),
  ]).then(() => undefined);
}

/**
 * After a change whose answer is already in the open article's cache (a highlight made, edited
 * or deleted, details saved, a block removed). `summaries`: what the library lists changed too
 * (highlight or tag counts, title, source), so the lists and the codebook are fetched again; a
 * note or a colour alone leaves them as they are.
 */
export function invalidateAfterEdit(
  queryClient: QueryClient,
  { summaries }: { summaries: boolean },
): Promise<void> {
  const work = [invalidateFindings(queryClient)];
  if (summaries) {
    work.push(
      queryClient.invalidateQueries({ queryKey: articleListsKey }),
      queryClient.invalidateQueries({ queryKey: tagsKey }),
    );
  }
  return Promise.all(work).then(() => undefined);
}

/**
 * After an article was imported: it joins the lists, and its words can be found. Resolves once
 * the lists hold it (an import waits for that before opening it), not the findings too.
 */
export function invalidateAfterImport(queryClient: QueryClient): Promise<void> {
  void invalidateFindings(queryClient);
  return queryClient.invalidateQueries({ queryKey: articleListsKey });
}
