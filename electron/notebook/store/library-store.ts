// Opens library.json: validated, backed up, restored from backup or rebuilt from the
// article files when damaged, never silently reset.
import { readdir, readFile } from 'node:fs/promises';
import type { Low } from 'lowdb';
import { ArticleFile, LibraryFile, SCHEMA_VERSION } from '../../../shared/model';
import { takeBackup } from './backups';
import { openValidated } from './open-validated';
import type { NotebookPaths } from './paths';
import { summaryOf } from './summary';

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
  isNew: boolean;
  /** What the user must be told about how the library was opened, if anything. */
  warning: string | null;
}

export async function openLibrary(paths: NotebookPaths): Promise<OpenedLibrary> {
  const opened = await openValidated(paths.library, LibraryFile, emptyLibrary, paths.backups);
  switch (opened.status) {
    case 'new':
      return { db: opened.db, isNew: true, warning: null };
    case 'good':
      await takeBackup(paths.library, paths.backups, LibraryFile);
      return { db: opened.db, isNew: false, warning: null };
    case 'restored':
      return {
        db: opened.db,
        isNew: false,
        warning:
          `library.json was damaged (${opened.damage.reason}). It was moved aside to ` +
          `${opened.damage.movedTo} and the library was restored from the backup of ` +
          `${opened.backupTakenAt.toISOString()}; changes made after that backup may be missing from the library list.`,
      };
    case 'unrecoverable': {
      const { db, count } = await rebuildFromArticles(paths);
      await db.write();
      return {
        db,
        isNew: false,
        warning:
          `library.json was damaged (${opened.damage.reason}) and no readable backup exists. ` +
          `It was moved aside to ${opened.damage.movedTo} and the library was rebuilt from ` +
          `${count} article file${count === 1 ? '' : 's'}; tags and notebook notes could not be recovered.`,
      };
    }
  }
}

/** Every article keeps its own metadata and highlights, so the index can be rebuilt from them. */
async function rebuildFromArticles(paths: NotebookPaths) {
  const opened = await openValidated(paths.library, LibraryFile, emptyLibrary, paths.backups);
  if (opened.status === 'unrecoverable') throw new Error('library.json could not be recreated');
  const { db } = opened;
  db.data.settings.seeded = true;
  const names = (await readdir(paths.articles).catch(() => [] as string[])).filter((n) =>
    n.endsWith('.json'),
  );
  for (const name of names) {
    try {
      const file = ArticleFile.parse(
        JSON.parse(await readFile(`${paths.articles}/${name}`, 'utf8')),
      );
      db.data.articles.push(summaryOf(file));
      for (const h of file.highlights) db.data.highlightArticles[h.id] = file.article.id;
    } catch {
      // A damaged article file stays where it is; opening that article reports it.
    }
  }
  return { db, count: db.data.articles.length };
}
