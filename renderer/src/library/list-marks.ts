// Performance marks the library sets, read by the UI benchmark (scripts/bench/ui-library.ts).

/** The library's summaries have arrived from the host and are in the query cache. */
export const ARTICLES_ARRIVED_MARK = 'dossier:articles-arrived';
/** The first row of the library has been painted. */
export const LIBRARY_FIRST_ROW_MARK = 'dossier:library-first-row';
