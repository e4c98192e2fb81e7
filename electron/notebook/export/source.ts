// What the exports read from a notebook: the article list, each article's file read on its own
// (never through the notebook's cache, so an export of any size holds one article at a time)
// and the notebook's vocabulary. The Notebook implements it (NotebookInternals.exportSource).
import type { ChartData, ChartKind } from '../../../shared/charts';
import type { AchMatrixRecord } from '../../../shared/ach';
import type {
  ArticleDetail,
  ArticleFile,
  ArticleSummary,
  ColorMeanings,
  LibraryFile,
  Note,
  Tag,
} from '../../../shared/model';

export interface ExportSource {
  /** Article ids in library order. */
  articleIds(): string[];
  /** The article's library summary (title etc.), or undefined if gone. */
  summary(id: string): ArticleSummary | undefined;
  /**
   * Reads the article's file from disk (validated), without putting it in the notebook's cache.
   * Throws an Error whose message says why (missing, damaged) when it cannot.
   */
  readArticle(id: string): Promise<ArticleDetail>;
  /** The article holding a highlight (from the lookup in memory), or undefined if none does. */
  articleOfHighlight(id: string): string | undefined;
  /** The quotes linked to a quote as corroborating it (ids; some may be gone). */
  corroborationsOf?(id: string): string[];
  tags(): Tag[];
  colorMeanings(): ColorMeanings;
  /** An ACH matrix as stored, for a brief that shows it. */
  achMatrix?(id: string): AchMatrixRecord | undefined;
  /** A chart's figures as they are now, for a brief that draws it. */
  chart?(kind: ChartKind): Promise<ChartData>;

  // ---- what the notebook bundle needs besides: the files as stored, the rest of the library ----

  /** As readArticle, but the article's file exactly as stored (versions and all). */
  readArticleFile(id: string): Promise<ArticleFile>;
  /** The bytes an article was imported from (`originals/<sha256>`), or undefined if not kept. */
  readOriginal(sha256: string): Promise<Uint8Array | undefined>;
  notes(): Note[];
  /** Tags merged away -> the tag they went into. */
  tagMerges(): Record<string, string>;
  /** The settings as stored (the colour meanings the analyst changed, not the defaults). */
  settings(): LibraryFile['settings'];
  /** The analysis kept in the library: links, matrices, entity aliases. */
  analysis?(): Pick<LibraryFile, 'corroborations' | 'achMatrices' | 'entityAliases'>;
}
