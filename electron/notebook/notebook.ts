// The core: one method per contract operation, over the lowdb files of one data folder.
// Operations run one at a time; features (imports, highlights, tags, notes, revisions,
// exports) live in their own modules and borrow the storage through NotebookInternals.
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import type { Low } from 'lowdb';
import type { ParsedInput } from '../../shared/contract';
import {
  DEFAULT_COLOR_MEANINGS,
  type ArticleDetail,
  type ArticleFile,
  type ArticleSummary,
  type LibraryDoc,
} from '../../shared/model';
import { NotebookError } from '../../shared/result';
import { tagFamilyIds } from '../../shared/tag-paths';
import type { ExportSource } from './export/source';
import { AchMatrices } from './ach-matrices';
import { Exports } from './exports';
import { Corroborations } from './corroborations';
import { Highlights, missingHighlight } from './highlights';
import { Imports } from './imports';
import { setBlockRemoved, sourceBlocksOf } from './import/to-article';
import type { NotebookInternals } from './internals';
import { NotebookNotes } from './notebook-notes';
import { Notices } from './notices';
import { Revisions } from './revisions';
import { Search } from './search/search';
import { SettingsBook } from './settings';
import { TagBook } from './tag-book';
import { ArticleStore } from './store/article-store';
import { commit } from './store/commit';
import type { Change, Library } from './store/library';
import { LibraryStore } from './store/library-store';
import { lockDataFolder, type FolderLock } from './store/lock';
import { notebookPaths, type NotebookPaths } from './store/paths';
import { Serial } from './store/serial';
import { Timeline } from './timeline';
import { Entities } from './entities';
import { Charts } from './charts';

export interface OpenOptions {
  dataDir: string;
  /** Folder whose files are imported when the notebook is first created. */
  seedsDir?: string;
}

export async function openNotebook({ dataDir, seedsDir }: OpenOptions): Promise<Notebook> {
  const paths = notebookPaths(dataDir);
  await mkdir(paths.articles, { recursive: true });
  await mkdir(paths.originals, { recursive: true });
  const notices = new Notices(paths.notices);
  await notices.load();
  let notebook: Notebook | null = null;
  const lock = await lockDataFolder(dataDir, {
    onLost: (message) => {
      notices.pause();
      notices.warn(message);
    },
    onRegained: () => void notebook?.reload(),
  });
  try {
    const { store, warnings } = await LibraryStore.open(paths, (message) => notices.warn(message));
    for (const warning of warnings) notices.warn(warning);
    notebook = new Notebook(paths, store, notices, lock);
    if (!store.library.settings.seeded) await notebook.imports.seeds(seedsDir);
    return notebook;
  } catch (error) {
    await notices.flushed();
    await lock.release();
    throw error;
  }
}

export class Notebook implements NotebookInternals {
  private readonly articles: ArticleStore;
  readonly serial = new Serial();
  private closed = false;
  /** Set once the journal is folded at close: from then on nothing may be written. */
  private shut = false;
  readonly tags: TagBook = new TagBook(this);
  readonly notes: NotebookNotes = new NotebookNotes(this);
  readonly settings: SettingsBook = new SettingsBook(this);
  readonly revisions: Revisions = new Revisions(this);
  readonly highlights: Highlights = new Highlights(this, this.tags);
  readonly corroborations: Corroborations = new Corroborations(this, this.highlights);
  readonly ach: AchMatrices = new AchMatrices(this, this.highlights);
  readonly entities: Entities = new Entities(this, () => this.paths.analysis('entities'));
  readonly timeline: Timeline = new Timeline(this, this.entities, () =>
    this.paths.analysis('timeline'),
  );
  readonly charts: Charts = new Charts(this, this.tags, this.timeline, this.entities);
  readonly exports: Exports;
  readonly imports: Imports;
  readonly search: Search;

  constructor(
    private readonly paths: NotebookPaths,
    private store: LibraryStore,
    private readonly notices: Notices,
    private readonly lock: FolderLock,
  ) {
    this.articles = new ArticleStore(paths, (message) => notices.warn(message));
    this.search = new Search(this, paths);
    this.exports = new Exports(this, paths.dataDir);
    this.imports = new Imports(this, paths, this.articles, notices);
    this.articles.rebuild = (summary) => this.imports.rebuildFromOriginal(summary);
  }

  get library(): Library {
    return this.store.library;
  }

  /** Waits for operations and imports in progress, folds the journal, lets go of the folder. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.imports.close();
    await Promise.all([this.entities.store.flush(), this.timeline.store.flush()]);
    await this.serial.run(async () => {
      // Without the lock the folder is someone else's: leave their files alone.
      if (this.holdsLock()) {
        await this.store.close();
        // Derived: if it cannot be saved, the next open builds it again.
        await this.search
          .save()
          .catch((error) =>
            this.notices.warn(`The search index could not be saved: ${messageOf(error)}`),
          );
      } else await this.store.abandon();
      this.shut = true;
    });
    await this.notices.flushed();
    await this.lock.release();
  }

  /** After the lock was lost and taken back: the files may have changed meanwhile. */
  reload(): Promise<void> {
    return this.serial.run(async () => {
      if (this.closed) return;
      await this.store.abandon();
      const { store, warnings } = await LibraryStore.open(this.paths, (message) =>
        this.notices.warn(message),
      );
      this.store = store;
      this.articles.clear();
      this.search.reset();
      await this.notices.resume();
      for (const warning of warnings) this.notices.warn(warning);
      this.notices.warn(
        'Dossier has the notebook folder to itself again and reloaded it from disk; changes can be made again.',
      );
    });
  }

  listNotices = () => this.notices.list();
  dismissNotice = (id: string) => this.notices.dismiss(id);

  /** Every article, or with a tag those holding a highlight tagged with it or a tag below it. */
  async listArticles({ tagId }: { tagId?: string } = {}): Promise<ArticleSummary[]> {
    const { articles, tags } = this.library;
    if (!tagId) return articles.map((a) => ({ ...a }));
    const tag = tags.find((t) => t.id === tagId);
    if (!tag) throw new NotebookError('NOT_FOUND', `There is no tag ${tagId} in this notebook.`);
    const family = [...tagFamilyIds(tags, [tag.name])];
    return articles.filter((a) => family.some((id) => a.tagCounts?.[id])).map((a) => ({ ...a }));
  }

  getArticle(id: string): Promise<ArticleDetail> {
    return this.serial.run(() => this.detail(id));
  }

  setBlockRemoved({ id, index, removed }: ParsedInput<'articles.setBlockRemoved'>) {
    return this.serial.run(async () => {
      const db = await this.changingArticle(id);
      await this.changeArticleAndSummary(db, (data) => setBlockRemoved(data, index, removed));
      return this.detail(id);
    });
  }

  /**
   * The file is set aside first, then the library forgets the article, then the file goes:
   * a crash at any point leaves either the whole article or none of it.
   */
  deleteArticle(id: string): Promise<{ id: string }> {
    return this.serial.run(async () => {
      this.assertWritable();
      const { sha256 } = this.summary(id);
      await this.search.beforeChange();
      await this.articles.trash(id);
      try {
        await this.commitLibrary(this.library.removeArticle(id));
      } catch (error) {
        await this.articles.untrash(id);
        throw error;
      }
      this.search.articleRemoved(id);
      await this.articles.purge(id);
      // The original bytes go with the article (a duplicate import opens the existing one, so
      // no other article shares them).
      if (!this.library.articleWithSha(sha256)) {
        await rm(this.paths.original(sha256), { force: true });
      }
      // What the analysis read from it goes too (derived: losing it costs a reading, no more).
      await Promise.all([this.entities.store.forget(id), this.timeline.store.forget(id)]);
      return { id };
    });
  }

  updateArticle(input: ParsedInput<'articles.update'>): Promise<ArticleSummary> {
    const { id, ...fields } = input;
    return this.serial.run(async () => {
      const db = await this.changingArticle(id);
      await this.changeArticleAndSummary(db, ({ article }) => {
        if (fields.title !== undefined) article.title = fields.title;
        for (const key of [
          'source',
          'url',
          'byline',
          'lang',
          'dir',
          'reliability',
          'reliabilityReason',
        ] as const) {
          const value = fields[key];
          if (value === '') delete article[key];
          else if (value !== undefined) Object.assign(article, { [key]: value });
        }
        // A reason without its grade means nothing: clearing the grade clears the reason.
        if (fields.reliability === '') delete article.reliabilityReason;
        if (fields.publishedAt === '') {
          delete article.publishedAt;
          delete article.publishedAtSource;
          delete article.publishedAtUncertain;
        } else if (fields.publishedAt !== undefined) {
          article.publishedAt = fields.publishedAt;
          article.publishedAtSource = 'user';
          delete article.publishedAtUncertain;
        }
      });
      return { ...this.summary(id) };
    });
  }

  setArticleNote({ id, body }: ParsedInput<'articles.setNote'>) {
    return this.serial.run(async () => {
      const db = await this.changingArticle(id);
      // The note is not in the library's index: only the article's own file changes.
      const note = await commit(db, (data) => {
        data.note = { body, updatedAt: new Date().toISOString() };
        return { ...data.note };
      });
      this.search.articleChanged(db.data);
      return note;
    });
  }

  // ---- for feature modules (NotebookInternals); inside the queue only ----

  async detail(id: string): Promise<ArticleDetail> {
    const { data } = await this.loadArticle(id);
    return detailOf(structuredClone(data));
  }

  /** Opens an article's file (from the cache when it is open). */
  async loadArticle(id: string): Promise<Low<ArticleFile>> {
    const db = await this.articles.get(this.summary(id));
    // A file restored or rebuilt while opening may differ from its library entry.
    if (this.articles.takeRepaired(id)) {
      this.search.articleChanged(db.data);
      await this.commitLibrary(this.library.putArticle(db.data)).catch((error) =>
        this.notices.warn(
          `The library entry of an article could not be updated: ${messageOf(error)}`,
        ),
      );
    }
    return db;
  }

  async changingArticle(id: string): Promise<Low<ArticleFile>> {
    this.assertWritable();
    const db = await this.loadArticle(id);
    await this.articles.beforeChange(this.summary(id));
    await this.search.beforeChange();
    return db;
  }

  summary(id: string): ArticleSummary {
    const found = this.library.summary(id);
    if (!found) throw new NotebookError('NOT_FOUND', `There is no article ${id} in this notebook.`);
    return found;
  }

  articleOfHighlight(id: string): string {
    const articleId = this.library.articleOfHighlight(id);
    if (!articleId) throw missingHighlight(id);
    return articleId;
  }

  /**
   * Changes an article's file, then journals its library entry; if the journal cannot be
   * written, the article file is put back too.
   */
  async changeArticleAndSummary(
    db: Low<ArticleFile>,
    change: (data: ArticleFile) => void,
  ): Promise<void> {
    this.assertWritable();
    const before = structuredClone(db.data);
    await commit(db, change);
    try {
      await this.commitLibrary(this.library.putArticle(db.data));
      this.search.articleChanged(db.data);
    } catch (error) {
      db.data = before;
      // If even this write fails, the entry is repaired from the file at the next open.
      await db.write().catch(() => undefined);
      throw error;
    }
  }

  async changeLibrary(change: (doc: LibraryDoc) => void): Promise<void> {
    this.assertWritable();
    await this.search.beforeChange();
    await this.commitLibrary(this.library.changeDoc(change));
    this.search.libraryChanged();
  }

  /** Adds new articles' entries in one journal line (their files are already written). */
  async addArticles(files: readonly ArticleFile[]): Promise<void> {
    this.assertWritable();
    await this.search.beforeChange();
    const changes = files.map((file) => this.library.putArticle(file));
    await this.commitLibrary({
      records: changes.flatMap((c) => c.records),
      undo: () => changes.reverse().forEach((c) => c.undo()),
    });
    for (const file of files) this.search.articleChanged(file);
  }

  assertWritable(): void {
    if (this.shut) throw new NotebookError('CONFLICT', 'This notebook has been closed.');
    this.lock.assertHeld();
  }

  /** The files an export reads, straight from disk, without touching the library. */
  exportSource(): ExportSource {
    return {
      articleIds: () => this.library.articles.map((a) => a.id),
      summary: (id) => this.library.summary(id),
      readArticle: async (id) => detailOf(await this.articles.read(this.summary(id))),
      articleOfHighlight: (id) => this.library.articleOfHighlight(id),
      corroborationsOf: (id) =>
        (this.library.corroborations ?? [])
          .filter((link) => link.a === id || link.b === id)
          .map((link) => (link.a === id ? link.b : link.a)),
      readArticleFile: (id) => this.articles.read(this.summary(id)),
      readOriginal: async (sha256) => {
        const path = this.paths.original(sha256);
        return existsSync(path) ? readFile(path) : undefined;
      },
      tags: () => this.library.tags,
      achMatrix: (id) => this.library.achMatrices.find((m) => m.id === id),
      chart: (kind) => this.charts.figures(kind),
      notes: () => this.library.notes,
      tagMerges: () => this.library.tagMerges,
      settings: () => this.library.settings,
      analysis: () => ({
        corroborations: this.library.corroborations,
        achMatrices: this.library.achMatrices,
        entityAliases: this.library.entityAliases,
      }),
      colorMeanings: () => ({ ...DEFAULT_COLOR_MEANINGS, ...this.library.settings.colorMeanings }),
    };
  }

  private holdsLock(): boolean {
    try {
      this.lock.assertHeld();
      return true;
    } catch {
      return false;
    }
  }

  private async commitLibrary(change: Change): Promise<void> {
    await this.store.commit(change);
    if (this.store.journalIsLong) {
      // Folded after this operation has answered; the next one waits the few milliseconds.
      void this.serial.run(async () => {
        if (this.holdsLock() && this.store.journalIsLong) {
          await this.store
            .fold()
            .catch((error) =>
              this.notices.warn(`library.json could not be rewritten: ${messageOf(error)}`),
            );
        }
      });
    }
  }
}

function detailOf(data: ArticleFile): ArticleDetail {
  const { article } = data;
  return {
    ...article,
    sourceBlocks: sourceBlocksOf(article),
    highlights: [...data.highlights].sort(
      (a, b) => a.position.start - b.position.start || a.position.end - b.position.end,
    ),
    note: data.note,
  };
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
