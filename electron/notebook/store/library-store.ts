// Opens library.json: validated, backed up, and when damaged restored from the newest good
// backup with its article index rebuilt from the article files; never silently reset.
import type { Low } from 'lowdb';
import { LibraryFile, SCHEMA_VERSION } from '../../../shared/model';
import { takeBackup } from './backups';
import { readArticleFiles, reindex } from './library-index';
import { openValidated } from './open-validated';
import type { NotebookPaths } from './paths';

export const emptyLibrary = (): LibraryFile => ({
  schemaVersion: SCHEMA_VERSION,
  articles: [],
  highlightArticles: {},
  tags: [],
  notes: [],
  settings: { seeded: false },
});

export interface OpenedLibrary {
  db: Low<LibraryFile>;
  /** What the user must be told about how the library was opened, if anything. */
  warning: string | null;
}

export async function openLibrary(paths: NotebookPaths): Promise<OpenedLibrary> {
  const opened = await openValidated(paths.library, LibraryFile, emptyLibrary, paths.backups);
  switch (opened.status) {
    case 'new':
      return { db: opened.db, warning: null };
    case 'good':
      await takeBackup(paths.library, paths.backups, LibraryFile);
      return { db: opened.db, warning: null };
    case 'restored': {
      // The backup may predate articles imported since; the files themselves are the truth.
      const files = await readArticleFiles(paths);
      reindex(opened.db.data, files);
      await opened.db.write();
      return {
        db: opened.db,
        warning:
          `library.json was damaged (${opened.damage.reason}). It was moved aside to ` +
          `${opened.damage.movedTo}; the library was restored from the backup of ` +
          `${opened.backupTakenAt.toISOString()} and its list of ${count(files.length)} ` +
          `rebuilt from the article files. Tags and notebook notes are as they were at that backup.`,
      };
    }
    case 'unrecoverable': {
      const rebuilt = await openValidated(paths.library, LibraryFile, emptyLibrary, paths.backups);
      if (rebuilt.status !== 'new') throw new Error('library.json could not be recreated');
      const files = await readArticleFiles(paths);
      reindex(rebuilt.db.data, files);
      rebuilt.db.data.settings.seeded = true;
      await rebuilt.db.write();
      return {
        db: rebuilt.db,
        warning:
          `library.json was damaged (${opened.damage.reason}) and no readable backup exists. ` +
          `It was moved aside to ${opened.damage.movedTo} and the library was rebuilt from ` +
          `${count(files.length)}; tags and notebook notes could not be recovered.`,
      };
    }
  }
}

const count = (n: number) => `${n} article file${n === 1 ? '' : 's'}`;
