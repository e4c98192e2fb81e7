// library.json and its journal: opened (migrated, validated, restored from backup when
// damaged, never silently reset), replayed, repaired from the article files after a crash,
// appended to once per change and folded back into a new snapshot when the journal grows.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { LIBRARY_SCHEMA_VERSION, type LibraryFile } from '../../../shared/model';
import { readArticleFile } from './article-store';
import { takeBackup, writeBackup } from './backups';
import { writeFileDurably } from './durable-file';
import { libraryFormat } from './file-format';
import { Journal, readJournal } from './journal';
import { Library, type Change } from './library';
import { openValidated } from './open-validated';
import type { NotebookPaths } from './paths';

/** The journal is folded into a new snapshot past either bound. */
const JOURNAL_MAX_BYTES = 4 * 1024 * 1024;
const JOURNAL_MAX_LINES = 5_000;

export const emptyLibrary = (): LibraryFile => ({
  schemaVersion: LIBRARY_SCHEMA_VERSION,
  articles: [],
  highlightIds: {},
  tags: [],
  notes: [],
  settings: { seeded: false },
});

export class LibraryStore {
  private constructor(
    private readonly paths: NotebookPaths,
    readonly library: Library,
    private readonly journal: Journal,
    private readonly warn: (message: string) => void,
  ) {}

  /** Opens the library; `warnings` are what the user must be told about how it was opened. */
  static async open(
    paths: NotebookPaths,
    warn: (message: string) => void,
  ): Promise<{ store: LibraryStore; warnings: string[] }> {
    const warnings: string[] = [];
    const unclean = existsSync(paths.openMarker);
    const written = await readFile(paths.libraryChecksum, 'utf8').catch(() => '');
    const opened = await openValidated(
      paths.library,
      libraryFormat,
      [paths.backups],
      (raw) => written.trim() !== '' && sha256(raw) === written.trim(),
    );
    let snapshot: LibraryFile;
    let rebuild = false;
    switch (opened.status) {
      case 'new':
        snapshot = emptyLibrary();
        // Articles without a library (a library.json deleted by hand) are still the truth.
        rebuild = (await articleFileNames(paths)).length > 0;
        if (rebuild) snapshot.settings.seeded = true;
        break;
      case 'good':
        snapshot = opened.data;
        if (opened.migratedFrom !== undefined) {
          // The file as the older version wrote it stays among the backups.
          await takeBackup(paths.library, paths.backups, libraryFormat);
        }
        break;
      case 'restored':
        snapshot = opened.data;
        rebuild = true;
        warnings.push(
          `library.json was damaged (${opened.damage.reason}). It was moved aside to ` +
            `${opened.damage.movedTo}; the library was restored from the backup of ` +
            `${opened.backupTakenAt.toISOString()}, later changes were replayed from its journal, ` +
            `and its list of articles rebuilt from the article files.`,
        );
        break;
      case 'unrecoverable':
        snapshot = emptyLibrary();
        snapshot.settings.seeded = true;
        rebuild = true;
        warnings.push(
          `library.json was damaged (${opened.damage.reason}) and no readable backup exists. ` +
            `It was moved aside to ${opened.damage.movedTo} and the library was rebuilt from the ` +
            `article files and its journal; tags and notebook notes not in the journal could not ` +
            `be recovered.`,
        );
        break;
    }
    const library = new Library(snapshot);
    const journal = await readJournal(paths.journal);
    for (const change of journal.changes) library.replay(change);
    if (journal.unreadable > 0) {
      warnings.push(
        `${journal.unreadable} change${journal.unreadable === 1 ? '' : 's'} in library.journal ` +
          `could not be read and were skipped; the article files were checked instead.`,
      );
    }
    const store = new LibraryStore(paths, library, new Journal(paths.journal), warn);
    let repairs: Change[] = [];
    if (rebuild) {
      repairs = await store.repair(0, { complete: true });
    } else if (unclean || journal.tornTail || journal.unreadable > 0) {
      // Only the files written since the snapshot can disagree with it.
      const since = existsSync(paths.library) ? (await stat(paths.library)).mtimeMs : 0;
      repairs = await store.repair(since, { complete: false });
    }
    repairs.push(...(await store.fillTagSets()));
    const needsSnapshot = opened.status !== 'good' || opened.migratedFrom !== undefined || rebuild;
    if (needsSnapshot) await store.writeSnapshot();
    await store.journal.open(journal.goodBytes);
    if (needsSnapshot) await store.journal.clear();
    else await store.journal.append(repairs.flatMap((r) => r.records));
    await writeFileDurably(paths.openMarker, `${process.pid}\n`);
    return { store, warnings };
  }

  /**
   * Journals a change made in memory; if it cannot be saved, memory is put back and the
   * error is the caller's to report.
   */
  async commit(change: Change): Promise<void> {
    try {
      await this.journal.append(change.records);
    } catch (error) {
      change.undo();
      throw error;
    }
  }

  get journalIsLong(): boolean {
    const { bytes, lines } = this.journal.size;
    return bytes > JOURNAL_MAX_BYTES || lines > JOURNAL_MAX_LINES;
  }

  /** Writes a new snapshot (and its backup) holding every change, then empties the journal. */
  async fold(): Promise<void> {
    await this.writeSnapshot();
    await this.journal.clear();
  }

  /** Folds and marks the notebook as closed cleanly. */
  async close(): Promise<void> {
    // Nothing journalled since the last snapshot: library.json already says it all.
    if (this.journal.size.bytes > 0) await this.fold();
    await this.journal.close();
    await rm(this.paths.openMarker, { force: true });
  }

  /** Lets go of the journal without writing anything (the folder is no longer ours). */
  async abandon(): Promise<void> {
    await this.journal.close();
  }

  private async writeSnapshot(): Promise<void> {
    const content = JSON.stringify(this.library.snapshot());
    // The checksum goes first: until library.json matches it, the next open validates in full.
    await writeFileDurably(this.paths.libraryChecksum, `${sha256(content)}\n`);
    await writeFileDurably(this.paths.library, content);
    // The snapshot itself is saved; a backup that cannot be taken is reported, not a failure.
    await writeBackup('library.json', content, this.paths.backups).catch((error: unknown) =>
      this.warn(
        `A backup of library.json could not be taken: ${error instanceof Error ? error.message : String(error)}`,
      ),
    );
  }

  /**
   * Entries written before they kept their sets of tags get them from their files, once (the
   * change is journalled), so a highlight carrying a tag and one below it counts once.
   */
  private async fillTagSets(): Promise<Change[]> {
    const changes: Change[] = [];
    for (const { id, tagCounts, tagSets } of [...this.library.articles]) {
      if (!tagCounts || tagSets) continue;
      const file = await readArticleFile(this.paths.article(id));
      if (file?.article.id === id) changes.push(this.library.putArticle(file));
    }
    return changes;
  }

  /**
   * Brings the index in line with the article files written since `since` (all of them when
   * `complete`): files added or changed before their journal line, deletions half done.
   */
  private async repair(since: number, { complete }: { complete: boolean }): Promise<Change[]> {
    const changes: Change[] = [];
    const names = await readdir(this.paths.articles).catch(() => [] as string[]);
    const present = new Set<string>();
    for (const name of names) {
      const trashed = /^\.deleted-(.+)\.json$/.exec(name);
      if (trashed) {
        // A deletion that stopped half way is finished: the analyst asked for it.
        changes.push(this.library.removeArticle(trashed[1]!));
        await rm(join(this.paths.articles, name), { force: true });
        continue;
      }
      if (!name.endsWith('.json') || name.startsWith('.')) continue;
      const id = name.slice(0, -'.json'.length);
      present.add(id);
      const path = join(this.paths.articles, name);
      if (!complete && this.library.summary(id)) {
        const changed = (await stat(path).catch(() => null))?.mtimeMs ?? 0;
        // A little slack: some file systems keep coarse modification times.
        if (changed < since - 2_000) continue;
      }
      const file = await readArticleFile(path);
      // A damaged file stays listed, to be restored and reported when it is opened.
      if (file?.article.id === id) changes.push(this.library.putArticle(file));
    }
    if (complete) {
      for (const { id } of [...this.library.articles]) {
        if (!present.has(id)) changes.push(this.library.removeArticle(id));
      }
    }
    return changes;
  }
}

async function articleFileNames(paths: NotebookPaths): Promise<string[]> {
  const names = await readdir(paths.articles).catch(() => [] as string[]);
  return names.filter((n) => n.endsWith('.json') && !n.startsWith('.'));
}

/** Of the snapshot as written: only bytes validated in memory before writing ever match it. */
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
