// What the Notebook lends its feature modules (tags, notebook notes, revisions, settings): the
// queue and the ways to read and change its files, so each feature lives in its own file.
import type { Low } from 'lowdb';
import type { ArticleDetail, ArticleFile, ArticleSummary, LibraryFile } from '../../shared/model';
import type { Serial } from './store/serial';

export interface NotebookInternals {
  readonly library: Low<LibraryFile>;
  /** Every operation runs inside `serial.run`; helpers below assume they already are. */
  readonly serial: Serial;
  /** The article's library entry, or NOT_FOUND. */
  summary(id: string): ArticleSummary;
  /** The article holding a highlight, or NOT_FOUND. */
  articleOfHighlight(id: string): string;
  /** Opens an article's file (validated, index repaired if it disagrees). */
  loadArticle(id: string): Promise<Low<ArticleFile>>;
  /** As loadArticle, after taking this session's backup of the file. */
  changingArticle(id: string): Promise<Low<ArticleFile>>;
  /** Changes an article file and its library entry together, or neither. */
  changeArticleAndSummary(
    db: Low<ArticleFile>,
    change: (data: ArticleFile) => void,
    also?: (lib: LibraryFile) => void,
  ): Promise<void>;
  /** Changes library.json (rolled back in memory if the write fails). */
  changeLibrary(change: (lib: LibraryFile) => void): Promise<void>;
  /** The article as the contract returns it. */
  detail(id: string): Promise<ArticleDetail>;
}
