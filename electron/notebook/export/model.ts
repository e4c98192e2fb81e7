// What every export format renders: the chosen articles in order, each with only the chosen
// highlights (document order), read one at a time, plus the vocabulary (colour meanings, tags)
// and provenance; and what a format hands back, its file as a stream of chunks.
import { exportFileName as fileNameOf, NOTEBOOK_TITLE } from '../../../shared/export-title';
import { tagFamilyIds } from '../../../shared/tag-paths';
import type { ExportScope, SkippedArticle } from '../../../shared/contract';
import type {
  ArticleDetail,
  ArticleMeta,
  ColorMeanings,
  Highlight,
  Tag,
} from '../../../shared/model';
import type { BriefModel } from './brief/brief-model';
import type { ExportChunk } from './output';

export interface ExportArticle extends ArticleDetail {
  /** The chosen highlights, in document order (orphans last). */
  highlights: Highlight[];
}

/** What a highlight's colour and tag ids mean in this notebook, and when the export was made. */
export interface ExportVocabulary {
  colorMeanings: ColorMeanings;
  tags: readonly Tag[];
  generatedAt: Date;
  /**
   * By highlight id, the quotes of other articles linked as corroborating it, each as a line:
   * “words” — title, ¶ 3. Filled in as each article is read.
   */
  corroborations?: ReadonlyMap<string, readonly Corroborating[]>;
}

/** A quote of another article linked as corroborating one exported. */
export interface Corroborating {
  id: string;
  line: string;
}

/** An export being made: its articles arrive one at a time, each read when it is reached. */
export interface ExportDocument extends ExportVocabulary {
  /** What the export is called (shared/export-title): its heading, its file's name. */
  title: string;
  /** The export is its one article: the article's heading is the document's (no title above it). */
  articleTitled: boolean;
  /** The analyst's notebook notes, quotes written out and cited: whole-notebook exports only. */
  notebookNotes?: BriefModel;
  /** The export's only article, when it holds exactly one (known before any is rendered). */
  only: ExportArticle | undefined;
  /** The most articles it can hold, for a count printed before they are read. */
  atMost: number;
  /** The most highlights it can hold (the same, for highlights). */
  highlightsAtMost: number;
  /** The articles, in order; one pass only. */
  articles: AsyncIterable<ExportArticle>;
  /** Once `articles` is read through: how many there were. */
  readonly count: number;
  /** Once `articles` is read through: those that could not be read, and why. */
  readonly skipped: readonly SkippedArticle[];
}

/** A whole export in memory: for small exports and tests. */
export interface ExportModel extends ExportVocabulary {
  articles: ExportArticle[];
  skipped?: SkippedArticle[];
  /** Its title when not the one article's (or the notebook's when it holds several). */
  title?: string;
  notebookNotes?: BriefModel;
}

/** The file a format makes, as chunks to collect or to stream to disk. */
export type ExportFile = {
  fileName: string;
  mimeType: string;
} & (
  | { encoding: 'utf8'; chunks: AsyncIterable<ExportChunk> }
  | { encoding: 'base64'; chunks: AsyncIterable<Uint8Array> }
);

/** A format turns the document into a file. */
export type ExportRenderer = (doc: ExportDocument) => ExportFile;

/** An in-memory model as a document, so it renders exactly as an export read from disk. */
export function documentOf(model: ExportModel): ExportDocument {
  const { articles, skipped = [], title, notebookNotes, ...vocabulary } = model;
  const only = articles.length === 1 ? articles[0] : undefined;
  return {
    ...vocabulary,
    title: title ?? only?.title ?? NOTEBOOK_TITLE,
    articleTitled: only !== undefined && (title === undefined || title === only.title),
    ...(notebookNotes ? { notebookNotes } : {}),
    only,
    atMost: articles.length,
    highlightsAtMost: articles.reduce((sum, a) => sum + a.highlights.length, 0),
    articles: (async function* () {
      yield* articles;
    })(),
    count: articles.length,
    skipped,
  };
}

/** Whether an article falls inside the scope's date range (its publication, else capture, day). */
export function inDateRange(
  article: Pick<ArticleMeta, 'publishedAt' | 'capturedAt'>,
  { from, to }: ExportScope,
): boolean {
  const day = article.publishedAt ?? article.capturedAt.slice(0, 10);
  return (!from || day >= from) && (!to || day <= to);
}

type Orderable = Pick<ArticleMeta, 'title' | 'publishedAt' | 'capturedAt' | 'source'>;

/** Orders articles by title, date or source, keeping the given order among equals. */
export function orderArticles<T extends Orderable>(
  articles: T[],
  order: ExportScope['order'],
): T[] {
  if (!order) return articles;
  const key = (a: Orderable) =>
    order === 'title'
      ? a.title
      : order === 'date'
        ? (a.publishedAt ?? a.capturedAt.slice(0, 10))
        : (a.source ?? '');
  return [...articles].sort((a, b) => key(a).localeCompare(key(b)));
}

/** The tag ids a scope's tag filter accepts: the chosen tags and every tag below them. */
export function tagFamily(tags: readonly Tag[], chosen: readonly string[]): Set<string> {
  const paths = tags.filter((t) => chosen.includes(t.id)).map((t) => t.name);
  return tagFamilyIds(tags, paths);
}

/** `talks-on-hold-2024-06-25.md`, `quotes-tagged-economy-2024-06-25.md`: named after the title. */
export function exportFileName(
  doc: Pick<ExportDocument, 'title' | 'generatedAt'>,
  extension: string,
) {
  return fileNameOf(doc.title, doc.generatedAt, extension);
}

/** The heading of the analyst's notebook notes in a whole-notebook export. */
export const NOTES_HEADING = 'Notebook notes';

/** One sentence per article left out, for the note at the end of an export. */
export function skippedLines(skipped: readonly SkippedArticle[]): string[] {
  return skipped.map((s) => `“${s.title}” (${s.id}): ${s.reason}`);
}

export const skippedHeading = (skipped: readonly SkippedArticle[]) =>
  `Not in this export: ${skipped.length} article${skipped.length === 1 ? '' : 's'} could not be read`;
