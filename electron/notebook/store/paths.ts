// The layout of a data folder (DESIGN.md §3).
import { join } from 'node:path';

export const notebookPaths = (dataDir: string) => ({
  dataDir,
  library: join(dataDir, 'library.json'),
  articles: join(dataDir, 'articles'),
  article: (id: string) => join(dataDir, 'articles', `${id}.json`),
  originals: join(dataDir, 'originals'),
  original: (sha256: string) => join(dataDir, 'originals', sha256),
  backups: join(dataDir, 'backups'),
  articleBackups: join(dataDir, 'backups', 'articles'),
});
export type NotebookPaths = ReturnType<typeof notebookPaths>;
