// The core: one method per contract operation, over the lowdb files of one data folder.
// Operations run one at a time; features (imports, highlights, tags, notes, revisions,
// exports) live in their own modules and borrow the storage through NotebookInternals.
import { mkdir, rm } from 'node:fs/promises';
import type { Low } from 'lowdb';
import type { ParsedInput } from '../../shared/contract';
import {
  LibraryFile,
  type ArticleDetail,
  type ArticleFile,
  type ArticleSummary,
} from '../../shared/model';
import { NotebookError } from '../../shared/result';
import { tagFamilyIds } from '../../shared/tag-paths';
import { Exports } from './exports';
import { Highlights, missingHighlight } from './highlights';
import { Imports } from './imports';
import { setBlockRemoved, sourceBlocksOf } from './import/to-article';
import type { NotebookInternals } from './internals';
import { NotebookNotes } from './notebook-notes';
import { Notices } from './notices';
import { Revisions } from './revisions';
import { SettingsBook } from './settings';
import { TagBook } from './tag-book';
import { ArticleStore } from './store/article-store';
import { takeBackup } from './store/backups';
import { commit } from './store/commit';
import { reconcileArticle } from './store/library-index';
import { openLibrary } from './store/library-store';
import { lockDataFolder } from './store/lock';
import { notebookPaths, type NotebookPaths } from './store/paths';
import { Serial } from './store/serial';
import { summaryOf } from './store/summary';

export interface OpenOptions {
  dataDir: string;
  /** Folder whose files are imported when the notebook is first created. */
  seedsDir?: string;
}

/** Library writes between two verified backups of library.json. */
const BACKUP_EVERY = 50;

export async function openNotebook({ dataDir, seedsDir }: OpenOptions): Promise<Notebook> {
  const paths = notebookPaths(dataDir);
  await mkdir(paths.articles, { recursive: true });
  await mkdir(paths.originals, { recursive: true });
  const notices = new Notices();
  const release = await lockDataFolder(dataDir, (message) => notices.warn(message));
  try {
    const library = await openLibrary(paths);
    if (library.warning) notices.warn(library.warning);
    const notebook = new Notebook(paths, library.db, notices, release);
    if (!library.db.data.settings.seeded) await notebook.imports.seeds(seedsDir);
    return notebook;
  } catch (error) {
    await release();
    throw error;
  }
}

export class Notebook implements NotebookInternals {
  private readonly articles: ArticleStore;
  readonly serial = new Serial();
  private writesSinceBackup = 0;
  private closed = false;
  readonly tags: TagBook = new TagBook(this);
  readonly notes: NotebookNotes = new NotebookNotes(this);
  readonly settings: SettingsBook = new SettingsBook(this);
  readonly revisions: Revisions = new Revisions(this);
  readonly highlights: Highlights = new Highlights(this, this.tags);
  readonly exports: Exports;
  readonly imports: Imports;

  constructor(
    private readonly paths: NotebookPaths,
    readonly library: Low<LibraryFile>,
    private readonly notices: Notices,
    private readonly release: () => Promise<void>,
  ) {
    this.articles = new ArticleStore(paths, (message) => notices.warn(message));
    this.exports = new Exports(this, paths.dataDir);
    this.imports = new Imports(this, paths, this.articles, notices);
  }

  /** Waits for operations in progress, then lets go of the data folder. */
  /** Waits for operations and imports in progress, then lets go of the data folder. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.imports.close();
    await this.serial.idle();
    await this.release();
  }

  listNotices = () => this.notices.list();
  dismissNotice = (id: string) => this.notices.dismiss(id);

  /** Every article, or with a tag those holding a highlight tagged with it or a tag below it. */
  async listArticles({ tagId }: { tagId?: string } = {}): Promise<ArticleSummary[]> {
    const { articles, tags } = this.library.data;
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

  deleteArticle(id: string): Promise<{ id: string }> {
    return this.serial.run(async () => {
      const { sha256 } = this.summary(id);
      await this.changeLibrary((lib) => {
        lib.articles = lib.articles.filter((a) => a.id !== id);
        for (const [h, a] of Object.entries(lib.highlightArticles)) {
          if (a === id) delete lib.highlightArticles[h];
        }
      });
      await this.articles.remove(id);
      // The original bytes go with the article (a duplicate import opens the existing one, so
      // no other article shares them).
      if (!this.library.data.articles.some((a) => a.sha256 === sha256)) {
        await rm(this.paths.original(sha256), { force: true });
      }
      return { id };
    });
  }

  updateArticle(input: ParsedInput<'articles.update'>): Promise<ArticleSummary> {
    const { id, ...fields } = input;
    return this.serial.run(async () => {
      const db = await this.changingArticle(id);
      await this.changeArticleAndSummary(db, ({ article }) => {
        if (fields.title !== undefined) article.title = fields.title;
        for (const key of ['source', 'url', 'byline', 'lang', 'dir'] as const) {
          const value = fields[key];
          if (value === '') delete article[key];
          else if (value !== undefined) Object.assign(article, { [key]: value });
        }
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
      return commit(db, (data) => {
        data.note = { body, updatedAt: new Date().toISOString() };
        return { ...data.note };
      });
    });
  }

  // ---- for feature modules (NotebookInternals); inside the queue only ----

  async detail(id: string): Promise<ArticleDetail> {
    const { data } = await this.loadArticle(id);
    const article = structuredClone(data.article);
    return {
      ...article,
      sourceBlocks: sourceBlocksOf(article),
      highlights: structuredClone(data.highlights).sort(
        (a, b) => a.position.start - b.position.start || a.position.end - b.position.end,
      ),
      note: structuredClone(data.note),
    };
  }

  /** Opens an article's file and repairs its index entries if they disagree with it. */
  async loadArticle(id: string): Promise<Low<ArticleFile>> {
    const db = await this.articles.get(id, this.summary(id).title);
    if (reconcileArticle(structuredClone(this.library.data), db.data)) {
      await this.changeLibrary((lib) => void reconcileArticle(lib, db.data));
    }
    return db;
  }

  async changingArticle(id: string): Promise<Low<ArticleFile>> {
    const db = await this.loadArticle(id);
    await this.articles.beforeChange(id);
    return db;
  }

  summary(id: string): ArticleSummary {
    const found = this.library.data.articles.find((a) => a.id === id);
    if (!found) throw new NotebookError('NOT_FOUND', `There is no article ${id} in this notebook.`);
    return found;
  }

  articleOfHighlight(id: string): string {
    const articleId = this.library.data.highlightArticles[id];
    if (!articleId) throw missingHighlight(id);
    return articleId;
  }

  /**
   * Changes an article's file, then brings its library entry up to date (with any other
   * library change); if the library cannot be written, the article file is put back too.
   */
  async changeArticleAndSummary(
    db: Low<ArticleFile>,
    change: (data: ArticleFile) => void,
    also?: (lib: LibraryFile) => void,
  ): Promise<void> {
    const before = structuredClone(db.data);
    await commit(db, change);
    try {
      await this.changeLibrary((lib) => {
        const at = lib.articles.findIndex((a) => a.id === db.data.article.id);
        if (at !== -1) lib.articles[at] = summaryOf(db.data);
        also?.(lib);
      });
    } catch (error) {
      db.data = before;
      // If even this write fails, the index is repaired from the file when it is next opened.
      await db.write().catch(() => undefined);
      throw error;
    }
  }

  async changeLibrary(change: (lib: LibraryFile) => void): Promise<void> {
    await commit(this.library, change);
    if (++this.writesSinceBackup >= BACKUP_EVERY) {
      this.writesSinceBackup = 0;
      // The change itself is saved; a backup that cannot be taken is reported, not a failure.
      await takeBackup(this.paths.library, this.paths.backups, LibraryFile).catch((error) =>
        this.notices.warn(`A backup of library.json could not be taken: ${messageOf(error)}`),
      );
    }
  }
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
