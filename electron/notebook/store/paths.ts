// The layout of a data folder (DESIGN.md §3).
import { join } from 'node:path';

export const notebookPaths = (dataDir: string) => ({
  dataDir,
  library: join(dataDir, 'library.json'),
  /** sha256 of library.json as this notebook last wrote it (from its validated memory). */
  libraryChecksum: join(dataDir, 'library.json.sha256'),
  /** Changes since library.json was last written, one line each. */
  journal: join(dataDir, 'library.journal'),
  /** Present while a host has the notebook open: found at open, it means a crash. */
  openMarker: join(dataDir, 'library.open'),
  /** Notices the user has not dismissed yet. */
  notices: join(dataDir, 'notices.json'),
  articles: join(dataDir, 'articles'),
  article: (id: string) => join(dataDir, 'articles', `${id}.json`),
  /** An article being deleted: its file waits here until the library no longer lists it. */
  trashedArticle: (id: string) => join(dataDir, 'articles', `.deleted-${id}.json`),
  originals: join(dataDir, 'originals'),
  original: (sha256: string) => join(dataDir, 'originals', sha256),
  backups: join(dataDir, 'backups'),
  /** Where backups of article files were kept before each article had its own folder. */
  articleBackups: join(dataDir, 'backups', 'articles'),
  articleBackupsOf: (id: string) => join(dataDir, 'backups', 'articles', id),
  /** What the analysis read from each text (derived): `entities`, `timeline`. */
  analysis: (kind: string) => join(dataDir, 'analysis', kind),
});
export type NotebookPaths = ReturnType<typeof notebookPaths>;
