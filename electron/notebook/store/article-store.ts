// Opens the per-article files, keeping the recently used ones in a bounded cache. Each file is
// validated; it is backed up when created and once per session before its first change; a
// damaged one is restored from its backup or rebuilt from its original bytes, keeping every
// highlight that can still be read, and the user is told.
import { existsSync } from 'node:fs';
import { readFile, rename, rm, stat } from 'node:fs/promises';
import { Low } from 'lowdb';
import { describe, reanchor } from '../../../shared/anchoring';
import type { ArticleFile, ArticleSummary, Highlight } from '../../../shared/model';
import { NotebookError } from '../../../shared/result';
import { copyBackup, linkBackup, takeBackup, writeBackup } from './backups';
import { DurableJsonFile } from './durable-file';
import { articleFormat, decodeText, newerFileError } from './file-format';
import { openValidated, type Damage } from './open-validated';
import type { NotebookPaths } from './paths';
import { salvageHighlights, salvageNote } from './salvage';

/** How many article files stay open, and how much text they may hold together. */
const CACHE_ARTICLES = 64;
const CACHE_TEXT_CHARS = 24 * 1024 * 1024;
/** Backups kept per article. */
const KEEP_ARTICLE_BACKUPS = 3;

/** Re-extracts an article from its original bytes (the text as imported, no highlights). */
export type RebuildFromOriginal = (summary: ArticleSummary) => Promise<ArticleFile>;

export class ArticleStore {
  /** Opening promises in least-recently-used order, so one file never opens twice. */
  private readonly cache = new Map<string, Promise<Low<ArticleFile>>>();
  private readonly sizes = new Map<string, number>();
  private cachedChars = 0;
  private readonly backedUp = new Set<string>();
  /** The file each article was read from at open (inode and size), for its backup. */
  private readonly validated = new Map<string, { ino: number; size: number }>();
  /** Articles restored or rebuilt since their library entry was last brought in line. */
  private readonly repaired = new Set<string>();
  rebuild: RebuildFromOriginal | null = null;

  constructor(
    private readonly paths: NotebookPaths,
    private readonly warn: (message: string) => void,
  ) {}

  get(summary: ArticleSummary): Promise<Low<ArticleFile>> {
    const { id } = summary;
    let opening = this.cache.get(id);
    if (opening) {
      this.cache.delete(id);
      this.cache.set(id, opening);
      return opening;
    }
    opening = this.load(summary);
    this.cache.set(id, opening);
    opening.then(
      (db) => this.admitted(id, db),
      () => this.forget(id),
    );
    return opening;
  }

  /**
   * The article's file as it is now, for exports: from the cache when open, else read without
   * entering it. Never repairs (exports run beside other operations): a missing or damaged
   * file is an error saying so, and the export skips that article.
   */
  async read(summary: ArticleSummary): Promise<ArticleFile> {
    const cached = this.cache.get(summary.id);
    if (cached) return (await cached).data;
    const path = this.paths.article(summary.id);
    const stored = await readStored(path);
    if (stored.ok) return stored.file;
    if (stored.missing) {
      throw new NotebookError('NOT_FOUND', `The file of “${summary.title}” (${path}) is missing.`);
    }
    throw new NotebookError(
      'INTERNAL',
      `The file of “${summary.title}” is damaged (${stored.reason}); open the article to restore it.`,
    );
  }

  /** How many article files are open in the cache, and the characters of text they hold. */
  get cached(): { articles: number; chars: number } {
    return { articles: this.cache.size, chars: this.cachedChars };
  }

  /** Whether the article's file was restored or rebuilt when opened (asked once). */
  takeRepaired(id: string): boolean {
    return this.repaired.delete(id);
  }

  /** Drops every cached file (after another process may have changed them). */
  clear(): void {
    this.cache.clear();
    this.sizes.clear();
    this.cachedChars = 0;
  }

  /** Call before changing an article: keeps a verified copy of it as it was at session start. */
  async beforeChange(summary: ArticleSummary): Promise<void> {
    const { id } = summary;
    if (this.backedUp.has(id)) return;
    // Tried once a session: a backup that cannot be taken is reported, and the change stands.
    this.backedUp.add(id);
    const path = this.paths.article(id);
    const folder = this.paths.articleBackupsOf(id);
    const validated = this.validated.get(id);
    const backup = await (async () => {
      // The bytes validated at open, kept under a second name; a copy where that cannot be.
      const linked = validated && (await linkBackup(path, folder, validated, KEEP_ARTICLE_BACKUPS));
      return linked || takeBackup(path, folder, articleFormat, KEEP_ARTICLE_BACKUPS);
    })().catch((error: unknown) => messageOf(error));
    if (backup === null || typeof backup === 'string') {
      this.warn(
        `A backup of “${summary.title}” could not be taken before changing it` +
          `${typeof backup === 'string' ? ` (${backup})` : ' (the copy did not verify)'}.`,
      );
    }
  }

  /** Writes a new article's file and its first backup. */
  async create(file: ArticleFile): Promise<Low<ArticleFile>> {
    const id = file.article.id;
    if (existsSync(this.paths.article(id))) throw new Error(`article ${id} already exists`);
    const db = new Low<ArticleFile>(articleAdapter(this.paths.article(id)), file);
    await db.write();
    this.backedUp.add(id);
    await copyBackup(
      this.paths.article(id),
      this.paths.articleBackupsOf(id),
      KEEP_ARTICLE_BACKUPS,
    ).catch((error: unknown) =>
      this.warn(`A backup of “${file.article.title}” could not be taken: ${messageOf(error)}`),
    );
    this.cache.set(id, Promise.resolve(db));
    this.admitted(id, db);
    return db;
  }

  /** Moves an article's file out of the way; `purge` removes it once the library agrees. */
  async trash(id: string): Promise<void> {
    this.forget(id);
    await rename(this.paths.article(id), this.paths.trashedArticle(id)).catch((error) => {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    });
  }

  async untrash(id: string): Promise<void> {
    if (existsSync(this.paths.trashedArticle(id))) {
      await rename(this.paths.trashedArticle(id), this.paths.article(id));
    }
  }

  async purge(id: string): Promise<void> {
    this.forget(id);
    this.backedUp.delete(id);
    await rm(this.paths.trashedArticle(id), { force: true });
    await rm(this.paths.article(id), { force: true });
    await rm(this.paths.articleBackupsOf(id), { recursive: true, force: true });
  }

  private admitted(id: string, db: Low<ArticleFile>): void {
    if (!this.cache.has(id)) return;
    const chars = db.data.article.text.length;
    this.cachedChars += chars - (this.sizes.get(id) ?? 0);
    this.sizes.set(id, chars);
    for (const oldest of this.cache.keys()) {
      if (this.cache.size <= CACHE_ARTICLES && this.cachedChars <= CACHE_TEXT_CHARS) break;
      if (oldest === id) continue;
      this.forget(oldest);
    }
  }

  private forget(id: string): void {
    this.cache.delete(id);
    this.cachedChars -= this.sizes.get(id) ?? 0;
    this.sizes.delete(id);
  }

  private async load(summary: ArticleSummary): Promise<Low<ArticleFile>> {
    const { id } = summary;
    const path = this.paths.article(id);
    const name = `“${summary.title}”`;
    const opened = await openValidated(path, articleFormat, [
      this.paths.articleBackupsOf(id),
      this.paths.articleBackups,
    ]);
    switch (opened.status) {
      case 'new':
        // An article file is never created by opening it: not there means missing.
        throw new NotebookError('NOT_FOUND', `The file of ${name} (${path}) is missing.`);
      case 'good': {
        if (!this.backedUp.has(id)) {
          const { ino, size } = await stat(path);
          this.validated.set(id, { ino, size });
        }
        return new Low(articleAdapter(path), opened.data);
      }
      case 'restored': {
        const db = new Low(articleAdapter(path), opened.data);
        const kept = await this.keepSalvaged(db, opened.damage);
        this.repaired.add(id);
        this.warn(
          `The file of ${name} was damaged (${opened.damage.reason}). It was moved aside to ` +
            `${opened.damage.movedTo} and restored from the backup of ` +
            `${opened.backupTakenAt.toISOString()}${kept}.`,
        );
        return db;
      }
      case 'unrecoverable':
        return this.rebuildFromOriginal(summary, opened.damage);
    }
  }

  /** Highlights the damaged file still held that its backup lacks (newer ones) go back in. */
  private async keepSalvaged(db: Low<ArticleFile>, damage: Damage): Promise<string> {
    const raw = await readFile(damage.movedTo, 'utf8').catch(() => '');
    const known = new Map(db.data.highlights.map((h) => [h.id, h]));
    const newer = salvageHighlights(raw).filter(
      (h) => h.articleId === db.data.article.id && (known.get(h.id)?.updatedAt ?? '') < h.updatedAt,
    );
    if (newer.length === 0) return '';
    const placed = newer.map((h) => placeOn(db.data.article.text, h));
    db.data.highlights = [
      ...db.data.highlights.filter((h) => !placed.some((p) => p.id === h.id)),
      ...placed,
    ];
    await db.write();
    return `; ${count(newer.length, 'newer highlight')} read from the damaged file kept`;
  }

  private async rebuildFromOriginal(summary: ArticleSummary, damage: Damage) {
    const name = `“${summary.title}”`;
    const raw = await readFile(damage.movedTo, 'utf8').catch(() => '');
    const highlights = salvageHighlights(raw).filter((h) => h.articleId === summary.id);
    const original = this.paths.original(summary.sha256);
    if (!this.rebuild || !existsSync(original)) {
      throw new NotebookError(
        'INTERNAL',
        `The file of ${name} was damaged (${damage.reason}) and neither a readable backup nor ` +
          `its original is left; it was moved aside to ${damage.movedTo}.`,
      );
    }
    const file = await this.rebuild(summary);
    const text = file.article.text;
    const placed = highlights.map((h) => placeOn(text, h));
    const rebuilt: ArticleFile = {
      ...file,
      article: { ...file.article, ...metaOf(summary), text, blocks: file.article.blocks },
      highlights: placed,
      note: salvageNote(raw) ?? { body: '' },
    };
    const db = new Low(articleAdapter(this.paths.article(summary.id)), rebuilt);
    await db.write();
    await writeBackup(
      `${summary.id}.json`,
      JSON.stringify(arrange(rebuilt), null, 2),
      this.paths.articleBackupsOf(summary.id),
      KEEP_ARTICLE_BACKUPS,
    );
    this.backedUp.add(summary.id);
    this.repaired.add(summary.id);
    const orphans = placed.filter((h) => h.orphan).length;
    this.warn(
      `The file of ${name} was damaged (${damage.reason}) and had no readable backup. It was ` +
        `moved aside to ${damage.movedTo} and the article rebuilt from its original; ` +
        `${count(placed.length, 'highlight')} read from the damaged file kept` +
        (orphans ? ` (${orphans} no longer found in the text, listed as orphans)` : '') +
        '. Earlier versions of its text could not be recovered.',
    );
    return db;
  }
}

/** The highlight on `text`: re-anchored by its quote and context, or an orphan. */
function placeOn(text: string, highlight: Highlight): Highlight {
  const found = reanchor(text, { quote: highlight.quote, position: highlight.position });
  if (!found) return { ...highlight, orphan: true };
  const { orphan: _orphan, ...rest } = highlight;
  return { ...rest, ...describe(text, found.start, found.end) };
}

/** What the analyst set on the article (title, outlet, dates) outlives its file. */
function metaOf(summary: ArticleSummary) {
  const {
    highlightCount: _h,
    tagCounts: _t,
    tagSets: _s,
    orphanCount: _o,
    version: _v,
    ...meta
  } = summary;
  return meta;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

/**
 * Highlights and the note come first in the file: if it is ever cut off, what the analyst
 * wrote survives before the (re-extractable) text.
 */
function arrange(file: ArticleFile) {
  const { schemaVersion, note, highlights, ...rest } = file;
  return { schemaVersion, note, highlights, ...rest };
}

const articleAdapter = (path: string) => new DurableJsonFile<ArticleFile>(path, arrange);

type Stored = { ok: true; file: ArticleFile } | { ok: false; missing: boolean; reason: string };

/** An article file read and judged without repairing it; a newer format is refused outright. */
async function readStored(path: string): Promise<Stored> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    return { ok: false, missing, reason: missing ? 'it is missing' : messageOf(error) };
  }
  const decoded = decodeText(raw, articleFormat);
  if (decoded.ok === 'newer') throw newerFileError(path, decoded.version, articleFormat.version);
  return decoded.ok
    ? { ok: true, file: decoded.data }
    : { ok: false, missing: false, reason: decoded.reason };
}

/** For the repair at open: an article file's content, or null when it cannot be read. */
export async function readArticleFile(path: string): Promise<ArticleFile | null> {
  const stored = await readStored(path);
  return stored.ok ? stored.file : null;
}
