// The core: one method per contract operation, over the lowdb files of one data folder.
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Low } from 'lowdb';
import { describe as describeRange, snapToGraphemes } from '../../shared/anchoring';
import type { Output, ParsedInput } from '../../shared/contract';
import {
  SCHEMA_VERSION,
  type ArticleDetail,
  type ArticleFile,
  type ArticleSummary,
  LibraryFile,
  type Notice,
} from '../../shared/model';
import { NotebookError } from '../../shared/result';
import { renderMarkdown } from './export/markdown';
import { cleanWebText } from './import/web-text';
import { ArticleStore } from './store/article-store';
import { takeBackup } from './store/backups';
import { commit } from './store/commit';
import { openLibrary } from './store/library-store';
import { lockDataFolder } from './store/lock';
import { notebookPaths, type NotebookPaths } from './store/paths';
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
  const release = await lockDataFolder(dataDir);
  try {
    const library = await openLibrary(paths);
    const notebook = new Notebook(paths, library.db, release);
    if (library.warning) notebook.warn(library.warning);
    if (!library.db.data.settings.seeded) await notebook.importSeeds(seedsDir);
    return notebook;
  } catch (error) {
    await release();
    throw error;
  }
}

export class Notebook {
  private readonly notices: Notice[] = [];
  private readonly articles: ArticleStore;
  private writesSinceBackup = 0;

  constructor(
    private readonly paths: NotebookPaths,
    private readonly library: Low<LibraryFile>,
    private readonly release: () => Promise<void>,
  ) {
    this.articles = new ArticleStore(paths, (message) => this.warn(message));
  }

  private closed = false;

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.release();
  }

  warn(message: string): void {
    this.notices.push({
      id: randomUUID(),
      level: 'warning',
      message,
      at: new Date().toISOString(),
    });
  }

  listNotices(): Notice[] {
    return [...this.notices];
  }

  dismissNotice(id: string): { id: string } {
    const at = this.notices.findIndex((n) => n.id === id);
    if (at === -1) throw new NotebookError('NOT_FOUND', `There is no notice ${id}.`);
    this.notices.splice(at, 1);
    return { id };
  }

  async importSeeds(seedsDir: string | undefined): Promise<void> {
    const names = seedsDir ? (await readdir(seedsDir).catch(() => [])).sort() : [];
    for (const name of names.filter((n) => ['.txt', '.md'].includes(extname(n).toLowerCase()))) {
      const text = (await readFile(join(seedsDir!, name), 'utf8')).replace(/^\uFEFF/, '');
      await this.importText({ text, fileName: name });
    }
    await this.changeLibrary((lib) => {
      lib.settings.seeded = true;
    });
  }

  async listArticles(): Promise<ArticleSummary[]> {
    return this.library.data.articles.map((a) => ({ ...a }));
  }

  async getArticle(id: string): Promise<ArticleDetail> {
    const { data } = await this.articles.get(id, this.summary(id).title);
    return {
      ...structuredClone(data.article),
      highlights: sortedHighlights(data),
      note: data.note,
    };
  }

  async importText({ text, fileName }: ParsedInput<'articles.importText'>): Promise<ArticleDetail> {
    const cleaned = cleanWebText(text);
    const label = fileName ?? 'the pasted text';
    if (cleaned.text.trim() === '') {
      throw new NotebookError('INVALID_INPUT', `${label} has no article text to import.`);
    }
    const bytes = Buffer.from(text, 'utf8');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    await writeFile(this.paths.original(sha256), bytes);
    const title =
      cleaned.title ?? (fileName ? fileName.replace(/\.[^.]+$/, '') : firstWords(cleaned.text));
    const file: ArticleFile = {
      schemaVersion: SCHEMA_VERSION,
      article: {
        id: randomUUID(),
        title,
        ...(cleaned.byline ? { byline: cleaned.byline } : {}),
        ...(cleaned.publishedAt
          ? { publishedAt: cleaned.publishedAt, publishedAtSource: 'date-line' as const }
          : {}),
        ...(fileName ? { fileName } : {}),
        sha256,
        capturedAt: new Date().toISOString(),
        text: cleaned.text,
        blocks: cleaned.blocks,
      },
      highlights: [],
      note: { body: '' },
    };
    await this.articles.create(file);
    try {
      await this.changeLibrary((lib) => lib.articles.push(summaryOf(file)));
    } catch (error) {
      await this.articles.remove(file.article.id);
      throw error;
    }
    return this.getArticle(file.article.id);
  }

  async deleteArticle(id: string): Promise<{ id: string }> {
    this.summary(id);
    await this.changeLibrary((lib) => {
      lib.articles = lib.articles.filter((a) => a.id !== id);
      for (const [h, a] of Object.entries(lib.highlightArticles)) {
        if (a === id) delete lib.highlightArticles[h];
      }
    });
    await this.articles.remove(id);
    return { id };
  }

  async updateArticle(input: ParsedInput<'articles.update'>): Promise<ArticleSummary> {
    const { id, ...fields } = input;
    const db = await this.changingArticle(id);
    await this.changeArticleAndSummary(db, ({ article }) => {
      if (fields.title !== undefined) article.title = fields.title;
      for (const key of ['source', 'url'] as const) {
        const value = fields[key];
        if (value === '') delete article[key];
        else if (value !== undefined) article[key] = value;
      }
      if (fields.publishedAt === '') {
        delete article.publishedAt;
        delete article.publishedAtSource;
      } else if (fields.publishedAt !== undefined) {
        article.publishedAt = fields.publishedAt;
        article.publishedAtSource = 'user';
      }
    });
    return { ...this.summary(id) };
  }

  async setArticleNote({ id, body }: ParsedInput<'articles.setNote'>) {
    const db = await this.changingArticle(id);
    return commit(db, (data) => {
      data.note = { body, updatedAt: new Date().toISOString() };
      return { ...data.note };
    });
  }

  async createHighlight(input: ParsedInput<'highlights.create'>) {
    const db = await this.changingArticle(input.articleId);
    const { text } = db.data.article;
    if (input.end > text.length) {
      throw new NotebookError(
        'INVALID_INPUT',
        `The highlight ends at ${input.end}, past the end of the article text (${text.length}).`,
      );
    }
    const range = trimRange(text, snapToGraphemes(text, input.start, input.end));
    if (range.end <= range.start) {
      throw new NotebookError('INVALID_INPUT', 'The selected range holds only white space.');
    }
    const now = new Date().toISOString();
    const highlight = {
      id: randomUUID(),
      articleId: input.articleId,
      ...describeRange(text, range.start, range.end),
      color: input.color ?? 'yellow',
      note: '',
      tagIds: [],
      createdAt: now,
      updatedAt: now,
    };
    await this.changeArticleAndSummary(
      db,
      (data) => data.highlights.push(highlight),
      (lib) => {
        lib.highlightArticles[highlight.id] = input.articleId;
      },
    );
    return structuredClone(highlight);
  }

  async updateHighlight({ id, color, note }: ParsedInput<'highlights.update'>) {
    const db = await this.changingArticle(this.articleOfHighlight(id));
    return commit(db, (data) => {
      const highlight = data.highlights.find((h) => h.id === id)!;
      if (color !== undefined) highlight.color = color;
      if (note !== undefined) highlight.note = note;
      highlight.updatedAt = new Date().toISOString();
      return structuredClone(highlight);
    });
  }

  async deleteHighlight(id: string): Promise<{ id: string }> {
    const db = await this.changingArticle(this.articleOfHighlight(id));
    await this.changeArticleAndSummary(
      db,
      (data) => {
        data.highlights = data.highlights.filter((h) => h.id !== id);
      },
      (lib) => {
        delete lib.highlightArticles[id];
      },
    );
    return { id };
  }

  async renderExport({
    articleIds,
  }: ParsedInput<'export.render'>): Promise<Output<'export.render'>> {
    const ids = articleIds ?? this.library.data.articles.map((a) => a.id);
    const articles = await Promise.all(ids.map((id) => this.getArticle(id)));
    return renderMarkdown(articles, new Date());
  }

  private summary(id: string): ArticleSummary {
    const found = this.library.data.articles.find((a) => a.id === id);
    if (!found) throw new NotebookError('NOT_FOUND', `There is no article ${id} in this notebook.`);
    return found;
  }

  private articleOfHighlight(id: string): string {
    const articleId = this.library.data.highlightArticles[id];
    if (!articleId)
      throw new NotebookError('NOT_FOUND', `There is no highlight ${id} in this notebook.`);
    return articleId;
  }

  private async changingArticle(id: string) {
    const db = await this.articles.get(id, this.summary(id).title);
    await this.articles.beforeChange(id);
    return db;
  }

  /**
   * Changes an article's file, then brings its library entry up to date (with any other
   * library change); if the library cannot be written, the article file is put back too.
   */
  private async changeArticleAndSummary(
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
      await db.write();
      throw error;
    }
  }

  private async changeLibrary(change: (lib: LibraryFile) => void): Promise<void> {
    await commit(this.library, change);
    if (++this.writesSinceBackup >= BACKUP_EVERY) {
      this.writesSinceBackup = 0;
      await takeBackup(this.paths.library, this.paths.backups, LibraryFile);
    }
  }
}

function sortedHighlights(data: ArticleFile) {
  return structuredClone(data.highlights).sort(
    (a, b) => a.position.start - b.position.start || a.position.end - b.position.end,
  );
}

function trimRange(text: string, { start, end }: { start: number; end: number }) {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

function firstWords(text: string): string {
  const words = text.split(/\s+/).slice(0, 8).join(' ');
  return words.length < text.trim().length ? `${words}…` : words;
}
