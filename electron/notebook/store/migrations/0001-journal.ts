// Format 1 -> 2: library.json becomes a snapshot beside library.journal. The highlight-to-
// article map (one entry per highlight, rewritten whole on every save) becomes each article's
// list of highlight ids, from which the lookup is built in memory at open.
import type { Migration } from './migration';

export const journalMigration: Migration = {
  from: 1,
  to: 2,
  describe: 'the library index is kept as a snapshot and a journal of changes',
  migrate(library) {
    const { highlightArticles, ...rest } = library as {
      highlightArticles?: Record<string, string>;
    } & Record<string, unknown>;
    const highlightIds: Record<string, string[]> = {};
    for (const [highlight, article] of Object.entries(highlightArticles ?? {})) {
      (highlightIds[article] ??= []).push(highlight);
    }
    return { ...rest, schemaVersion: 2, highlightIds };
  },
};
