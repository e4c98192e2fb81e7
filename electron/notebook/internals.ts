// What the Notebook lends its feature modules (tags, notebook notes, revisions, settings): the
// queue and the ways to read and change its files, so each feature lives in its own file.
import type { Low } from 'lowdb';
import type { ArticleDetail, ArticleFile, ArticleSummary, LibraryDoc } from '../../shared/model';
import type { ExportSource } from './export/source';
import type { Library } from './store/library';
import type { Serial } from './store/serial';

export interface NotebookInternals {
  /** The index in memory: read it freely, change it only through the methods below. */
  readonly library: Library;
  /** Every operation runs inside `serial.run`; helpers below assume they already are. */
  readonly serial: Serial;
  /** The article's library entry, or NOT_FOUND. */
  summary(id: string): ArticleSummary;
  /** The article holding a highlight, or NOT_FOUND. */
  articleOfHighlight(id: string): string;
  /** Opens an article's file (validated; restored or rebuilt if damaged). */
  loadArticle(id: string): Promise<Low<ArticleFile>>;
  /** As loadArticle, after checking the notebook may write and taking this session's backup. */
  changingArticle(id: string): Promise<Low<ArticleFile>>;
  /** Changes an article file and journals its library entry, or neither. */
  changeArticleAndSummary(db: Low<ArticleFile>, change: (data: ArticleFile) => void): Promise<void>;
  /** Changes the notebook-wide part (tags, notes, settings): one journal line, undone on failure. */
  changeLibrary(change: (doc: LibraryDoc) => void): Promise<void>;
  /** Journals the entries of new articles whose files are written, in one line. */
  addArticles(files: readonly ArticleFile[]): Promise<void>;
  /** Throws CONFLICT when the notebook may not write (closed, or its folder lock lost). */
  assertWritable(): void;
  /** The article as the contract returns it. */
  detail(id: string): Promise<ArticleDetail>;
  /** What exports read: article files straight from disk, and the notebook-wide part. */
  exportSource(): ExportSource;
}
