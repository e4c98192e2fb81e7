// The data model: zod schemas are the single source of every type on both sides.
import { z } from 'zod';
import { Credibility, Reliability } from './grading';
import { AchMatrixRecord } from './ach';
import { EntityAliasRecord } from './entities';
import { CalendarDate, Id, IsoDateTime } from './ids';
import { MAX_COLOR_MEANING_CHARS, MAX_TAG_NAME_CHARS } from './limits';

export { CalendarDate, Id, IsoDateTime } from './ids';

export const HighlightColor = z.enum(['yellow', 'green', 'blue', 'pink', 'purple', 'orange']);
export type HighlightColor = z.infer<typeof HighlightColor>;

/** What each colour means to this analyst; editable, these are the defaults. */
export const DEFAULT_COLOR_MEANINGS: Record<HighlightColor, string> = {
  yellow: 'Key claim',
  green: 'Evidence',
  blue: 'Actor',
  pink: 'Event',
  purple: 'Question',
  orange: 'Doubt',
};
const Meaning = z
  .string()
  .trim()
  .min(1, 'a colour needs a meaning')
  .max(
    MAX_COLOR_MEANING_CHARS,
    `a colour's meaning is longer than the ${MAX_COLOR_MEANING_CHARS} characters it may be`,
  );
export const ColorMeanings = z.record(HighlightColor, Meaning);
export type ColorMeanings = z.infer<typeof ColorMeanings>;
/** Some colours' meanings: what the analyst changed. */
export const SomeColorMeanings = z.partialRecord(HighlightColor, Meaning);

export const BlockKind = z.enum(['heading', 'paragraph', 'quote', 'list-item']);
/** A block of the canonical text; `start`/`end` are UTF-16 offsets into `text`. */
export const Block = z
  .object({ kind: BlockKind, start: z.int().nonnegative(), end: z.int().nonnegative() })
  .refine((b) => b.end >= b.start, { message: 'block end must not precede its start' });
export type Block = z.infer<typeof Block>;

/** W3C Web Annotation TextQuoteSelector. */
export const TextQuoteSelector = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
});
export type TextQuoteSelector = z.infer<typeof TextQuoteSelector>;

/** W3C Web Annotation TextPositionSelector: offsets in Unicode code points, as the model requires. */
export const TextPositionSelector = z.object({
  type: z.literal('TextPositionSelector'),
  start: z.int().nonnegative(),
  end: z.int().nonnegative(),
});
export type TextPositionSelector = z.infer<typeof TextPositionSelector>;

export const Highlight = z.object({
  id: Id,
  articleId: Id,
  quote: TextQuoteSelector,
  position: TextPositionSelector,
  color: HighlightColor,
  /** Markdown. */
  note: z.string(),
  tagIds: z.array(Id),
  /**
   * True when a revision of the text no longer holds the quote: the highlight keeps its old
   * quote and note, is listed among the orphans, and is never attached to other words.
   */
  orphan: z.boolean().optional(),
  /**
   * Set when a new version of the text changed the quote's words and the highlight was found
   * again on the new ones ("Haqqani" became "Haqani"): the words it had before and the version
   * that changed them. The quote itself always holds the current words.
   */
  wordsChanged: z
    .object({ before: z.string(), version: z.int().positive(), at: IsoDateTime })
    .optional(),
  /** How credible the information is, 1 (confirmed by other sources) to 6 (cannot be judged). */
  credibility: Credibility.optional(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Highlight = z.infer<typeof Highlight>;

export const DateSource = z.enum(['metadata', 'date-line', 'url', 'user', 'file']);

/** What kind of source an article was imported from. */
export const SourceKind = z.enum(['text', 'html', 'pdf', 'docx', 'markdown']);
export type SourceKind = z.infer<typeof SourceKind>;

export const TextDirection = z.enum(['ltr', 'rtl']);

/**
 * A block as the importer found it, kept or removed by the cleaner. The analyst can put a
 * removed block back or remove more; the canonical text is the kept blocks in order.
 */
export const SourceBlock = z.object({
  kind: BlockKind,
  text: z.string(),
  /** Why the cleaner (or the analyst) removed it; absent when kept. */
  removed: z.string().optional(),
});
export type SourceBlock = z.infer<typeof SourceBlock>;

/**
 * What the cleaner decided on import where it was not sure, in sentences for the analyst
 * (e.g. its rules would have kept too little of the page, so the page's article was kept as
 * found). Absent when it has nothing to say; dropped when a new version replaces the text.
 */
export const CleaningNotes = z.array(z.string().min(1)).min(1);

export const ArticleMeta = z.object({
  id: Id,
  /** The number of the current text version; earlier versions are kept (1 when never revised). */
  version: z.int().positive().optional(),
  title: z.string().min(1),
  /** The outlet or site the article came from. */
  source: z.string().optional(),
  /** Only web addresses: the reader turns this into a link. */
  url: z.url({ protocol: /^https?$/ }).optional(),
  byline: z.string().optional(),
  publishedAt: CalendarDate.optional(),
  /** Where the date was found; a date line may be the page's "today" header, not the publication. */
  publishedAtSource: DateSource.optional(),
  /** True when the date might not be the publication date (e.g. a "today" header line). */
  publishedAtUncertain: z.boolean().optional(),
  /** BCP 47 language tag, e.g. `en`, `ur`. */
  lang: z.string().optional(),
  dir: TextDirection.optional(),
  kind: SourceKind.optional(),
  fileName: z.string().optional(),
  /** How reliable the source is, A (completely) to F (cannot be judged), and why. */
  reliability: Reliability.optional(),
  reliabilityReason: z.string().optional(),
  /** sha256 of the bytes as imported (kept under originals/). */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  capturedAt: IsoDateTime,
});
export type ArticleMeta = z.infer<typeof ArticleMeta>;

export const ArticleSummary = ArticleMeta.extend({
  highlightCount: z.int().nonnegative(),
  /** How many of its highlights carry each tag, for tag counts and filtering the library. */
  tagCounts: z.record(Id, z.int().positive()).optional(),
  /**
   * How many of its highlights carry each set of tags (ids sorted), so a highlight carrying a
   * tag and a tag below it counts once for the tag above (shared/tag-counts.ts).
   */
  tagSets: z
    .array(z.object({ tagIds: z.array(Id).min(1), highlights: z.int().positive() }))
    .optional(),
  orphanCount: z.int().nonnegative().optional(),
});
export type ArticleSummary = z.infer<typeof ArticleSummary>;

export const ArticleNote = z.object({ body: z.string(), updatedAt: IsoDateTime.optional() });
export type ArticleNote = z.infer<typeof ArticleNote>;

export const ArticleDetail = ArticleMeta.extend({
  /** Canonical text: NFC, `\n` line ends. */
  text: z.string(),
  blocks: z.array(Block),
  /** Every block the importer found, kept ones matching `blocks` in order. */
  sourceBlocks: z.array(SourceBlock),
  cleaning: CleaningNotes.optional(),
  highlights: z.array(Highlight),
  note: ArticleNote,
});
export type ArticleDetail = z.infer<typeof ArticleDetail>;

/** A tag's path: segments such as `Actors/TTP`, none empty. */
export const TagName = z
  .string()
  .trim()
  .min(1, 'a tag needs a name')
  .max(
    MAX_TAG_NAME_CHARS,
    `a tag path is longer than the ${MAX_TAG_NAME_CHARS} characters it may be`,
  )
  .refine((n) => n.split('/').every((part) => part.trim() !== ''), {
    message: 'a tag path has an empty part (a leading, trailing or double "/")',
  })
  .transform((n) =>
    n
      .split('/')
      .map((part) => part.trim())
      .join('/'),
  );

export const TagColor = z.string().regex(/^#[0-9a-f]{6}$/i, 'a colour is #rrggbb');

export const Tag = z.object({
  id: Id,
  /** Hierarchical path such as `Actors/TTP`. */
  name: z.string().min(1),
  color: TagColor,
});
export type Tag = z.infer<typeof Tag>;

export const TagSummary = Tag.extend({
  /** Highlights carrying this tag or any tag below it, each highlight once. */
  count: z.int().nonnegative(),
});
export type TagSummary = z.infer<typeof TagSummary>;

export const Note = z.object({
  id: Id,
  title: z.string(),
  body: z.string(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Note = z.infer<typeof Note>;

/** Something the user must be told about the notebook itself, e.g. a file restored from backup. */
export const Notice = z.object({
  id: Id,
  level: z.enum(['info', 'warning', 'error']),
  message: z.string(),
  at: IsoDateTime,
});
export type Notice = z.infer<typeof Notice>;

/** The format of `articles/<id>.json` (and of the article files inside a bundle). */
export const ARTICLE_SCHEMA_VERSION = 1;
/** The format of `library.json`; older ones are brought up to it by store/migrations. */
export const LIBRARY_SCHEMA_VERSION = 2;

/** The notebook-wide part of the library: small, and independent of the number of articles. */
export const LibraryDoc = z.object({
  tags: z.array(Tag),
  /** Tags merged away -> the tag they went into, so an undone delete brings the right tag back. */
  tagMerges: z.record(Id, Id).optional(),
  notes: z.array(Note),
  settings: z.object({ seeded: z.boolean(), colorMeanings: SomeColorMeanings.optional() }),
  /** Quotes linked as corroborating each other (in different articles): each pair once. */
  corroborations: z.array(z.object({ a: Id, b: Id, createdAt: IsoDateTime })).optional(),
  /** Analysis of Competing Hypotheses: one matrix per question. */
  achMatrices: z.array(AchMatrixRecord).optional(),
  /** The analyst's aliases and kinds for people, organisations and places. */
  entityAliases: z.array(EntityAliasRecord).optional(),
});
export type LibraryDoc = z.infer<typeof LibraryDoc>;

/**
 * `library.json`: a snapshot of the notebook's index, with later changes in `library.journal`.
 * Everything about an article here is derived from its own file, which is the truth.
 */
export const LibraryFile = LibraryDoc.extend({
  schemaVersion: z.literal(LIBRARY_SCHEMA_VERSION),
  articles: z.array(ArticleSummary),
  /** The ids of each article's highlights, from which the highlight lookup is built at open. */
  highlightIds: z.record(Id, z.array(Id)),
});
export type LibraryFile = z.infer<typeof LibraryFile>;

/** An earlier text of an article, kept when the article was revised. */
export const ArticleVersion = z.object({
  number: z.int().positive(),
  text: z.string(),
  blocks: z.array(Block),
  createdAt: IsoDateTime,
});
export type ArticleVersion = z.infer<typeof ArticleVersion>;

/** `articles/<id>.json`: one article's text, highlights and note. */
export const ArticleFile = z.object({
  schemaVersion: z.literal(ARTICLE_SCHEMA_VERSION),
  /** Earlier texts, oldest first; the current text is `article.text`. */
  versions: z.array(ArticleVersion).optional(),
  article: ArticleMeta.extend({
    text: z.string(),
    blocks: z.array(Block),
    /** Absent for articles stored before cleaning could be revised: every block was kept. */
    sourceBlocks: z.array(SourceBlock).optional(),
    cleaning: CleaningNotes.optional(),
  }),
  highlights: z.array(Highlight),
  note: ArticleNote,
});
export type ArticleFile = z.infer<typeof ArticleFile>;
