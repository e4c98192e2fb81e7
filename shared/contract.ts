// Every operation any host offers, defined once: name -> { input, output } schemas.
import { z } from 'zod';
import { analysisContract } from './contract-analysis';
import { ExportResult } from './export-result';
import { Credibility, Reliability } from './grading';
import {
  ColorMeanings,
  SomeColorMeanings,
  Note,
  Tag,
  TagColor,
  TagName,
  TagSummary,
  ArticleDetail,
  ArticleNote,
  ArticleSummary,
  CalendarDate,
  Highlight,
  HighlightColor,
  Id,
  IsoDateTime,
  Notice,
  TextDirection,
} from './model';
import {
  base64Length,
  MAX_ARTICLE_NOTE_CHARS,
  MAX_ARTICLE_TEXT_CHARS,
  MAX_BUNDLE_BYTES,
  MAX_BYLINE_CHARS,
  MAX_CONTENT_TYPE_CHARS,
  MAX_EXPORT_ARTICLES,
  MAX_EXPORT_TAGS,
  MAX_FILE_NAME_CHARS,
  MAX_HIGHLIGHT_LOOKUP,
  MAX_HIGHLIGHT_NOTE_CHARS,
  MAX_IMPORT_BYTES,
  MAX_LANGUAGE_TAG_CHARS,
  MAX_NOTE_BODY_CHARS,
  MAX_NOTE_TITLE_CHARS,
  MAX_RELIABILITY_REASON_CHARS,
  MAX_SOURCE_CHARS,
  MAX_TAGS_PER_HIGHLIGHT,
  MAX_TITLE_CHARS,
  MAX_URL_CHARS,
  MAX_BULK_HIGHLIGHTS,
  MAX_QUOTATION_PAGE,
  MAX_SEARCH_LIMIT,
  MAX_SEARCH_QUERY_CHARS,
  megabytes,
} from './limits';
import { Text } from './text-field';
import { QuotationPage, QuotationSort, SearchResults, TextRange } from './search';

const ArticleRef = z.strictObject({ id: Id });
const Deleted = z.object({ id: Id });

/** An optional text field an update may set; an empty string clears it. */
const Clearable = <T extends z.ZodType>(schema: T) =>
  z
    .union([schema, z.literal('')], {
      // The empty string is always taken: what went wrong is what went wrong with the value.
      error: (issue) =>
        issue.code === 'invalid_union' ? issue.errors[0]?.[0]?.message : undefined,
    })
    .optional();

/** A text field of at most `max` characters; past it the message names the field and the cap. */

const SearchQueryText = Text('the query', MAX_SEARCH_QUERY_CHARS).refine((q) => q.trim() !== '', {
  message: 'the query is empty',
});
const FileName = Text('the file name', MAX_FILE_NAME_CHARS);
/** `abort` keeps a huge string from going through the URL parser after it was found too long. */
const WebAddress = (error: string) =>
  z
    .string()
    .max(MAX_URL_CHARS, {
      abort: true,
      message: `the address is longer than the ${MAX_URL_CHARS.toLocaleString('en')} characters it may be`,
    })
    .pipe(z.url({ protocol: /^https?$/, error }));

/** Bytes as base64, measured before the (slower) base64 check runs on a huge string. */
const Base64Bytes = (max: number, tooLarge: string) =>
  z
    .string()
    .min(1, 'the file is empty')
    .max(base64Length(max), { abort: true, message: tooLarge })
    .pipe(z.base64('data must be base64'));

export const ImportOutcome = z.object({
  article: ArticleDetail,
  /** True when the same bytes were imported before: `article` is the existing one. */
  duplicate: z.boolean(),
});
export type ImportOutcome = z.infer<typeof ImportOutcome>;

/** What the desktop's open dialog chose: files to import, and files in folders that were skipped. */
export const ChosenSources = z.object({
  paths: z.array(z.string()),
  skipped: z.array(z.string()),
});
export type ChosenSources = z.infer<typeof ChosenSources>;

/** What a revision did to the article's highlights. */
export const RevisionOutcome = z.object({
  version: z.int().positive(),
  /** Found exactly where they were (same words, same place). */
  anchored: z.array(Id),
  /** Found again on the same or slightly edited words elsewhere in the new text. */
  moved: z.array(Id),
  /** Their words are gone: kept with their old quote and note, attached to nothing. */
  orphaned: z.array(Id),
});
export type RevisionOutcome = z.infer<typeof RevisionOutcome>;

export const VersionSummary = z.object({
  number: z.int().positive(),
  createdAt: IsoDateTime,
  length: z.int().nonnegative(),
  current: z.boolean(),
});

export const Settings = z.object({ colorMeanings: ColorMeanings });
export type Settings = z.infer<typeof Settings>;

/** What deleting or merging a tag would touch, told before it is done. */
export const TagImpact = z.object({
  /** Distinct highlights carrying the tag or a tag below it (what a delete touches). */
  highlights: z.int().nonnegative(),
  articles: z.int().nonnegative(),
  /** Paths of the tags below it, which a delete removes and a merge moves under the target. */
  descendants: z.array(z.string()),
  /** Highlights carrying this tag itself (what a merge retags). */
  ownHighlights: z.int().nonnegative(),
  ownArticles: z.int().nonnegative(),
});

export const ExportFormat = z.enum(['markdown', 'html', 'csv', 'jsonld', 'docx', 'pdf', 'bundle']);
export type ExportFormat = z.infer<typeof ExportFormat>;

export const ExportOrder = z.enum(['title', 'date', 'source']);

/** How a brief cites its quotes: Chicago notes and bibliography, or APA (author-date). */
export const BriefStyle = z.enum(['chicago-notes', 'apa']);
export type BriefStyle = z.infer<typeof BriefStyle>;

/** What to export: by default every article and highlight, articles in library order. */
export const ExportScope = z.strictObject({
  /** These articles only (in this order unless `order` is given). */
  articleIds: z.array(Id).max(MAX_EXPORT_ARTICLES).optional(),
  /** Only highlights carrying one of these tags or a tag below one. */
  tagIds: z.array(Id).max(MAX_EXPORT_TAGS).optional(),
  colors: z.array(HighlightColor).optional(),
  /** Articles published (or, without a date, captured) on or after / before these days. */
  from: CalendarDate.optional(),
  to: CalendarDate.optional(),
  order: ExportOrder.optional(),
  /** Only these highlights (e.g. the rows picked in the Quotations view), and their articles. */
  highlightIds: z.array(Id).max(MAX_BULK_HIGHLIGHTS).optional(),
  /**
   * These notebook notes as a brief (Markdown, HTML, Word or PDF): each quoted highlight
   * written out in its exact words with a footnote citing it, and the sources at the end.
   */
  noteIds: z.array(Id).min(1, 'name at least one note').max(MAX_EXPORT_ARTICLES).optional(),
  /** The brief's citation style (Chicago notes unless told). */
  citationStyle: BriefStyle.optional(),
  /**
   * These ACH matrices on their own (Markdown, HTML, Word, PDF or CSV), each under its question,
   * every quote row cited like any quote.
   */
  achIds: z.array(Id).min(1, 'name at least one matrix').max(MAX_EXPORT_TAGS).optional(),
});
export type ExportScope = z.infer<typeof ExportScope>;

export { ExportResult } from './export-result';

/** An article an export had to leave out, and why (its file is missing or damaged). */
export const SkippedArticle = z.object({ id: Id, title: z.string(), reason: z.string() });
export type SkippedArticle = z.infer<typeof SkippedArticle>;

/** A rendered export: the file, and the articles it could not include (also said in the file). */
export const RenderedExport = ExportResult.extend({ skipped: z.array(SkippedArticle) });
export type RenderedExport = z.infer<typeof RenderedExport>;

/** A restorable highlight carries text the analyst wrote: the same caps as when it was made. */
const RestoredHighlight = Highlight.extend({
  note: Text('the note', MAX_HIGHLIGHT_NOTE_CHARS),
  tagIds: z.array(Id).max(MAX_TAGS_PER_HIGHLIGHT),
  quote: Highlight.shape.quote.extend({
    exact: Highlight.shape.quote.shape.exact.max(MAX_ARTICLE_TEXT_CHARS),
    prefix: Text("the quote's prefix", MAX_ARTICLE_TEXT_CHARS),
    suffix: Text("the quote's suffix", MAX_ARTICLE_TEXT_CHARS),
  }),
});

export const contract = {
  'articles.list': {
    /** With a tag: only articles with a highlight carrying it (or a tag below it). */
    input: z.strictObject({ tagId: Id.optional() }),
    output: z.array(ArticleSummary),
  },
  'articles.get': { input: ArticleRef, output: ArticleDetail },
  'articles.importText': {
    input: z.strictObject({
      text: Text('the text', MAX_ARTICLE_TEXT_CHARS).min(1, 'text is empty'),
      fileName: FileName.min(1).optional(),
    }),
    output: ArticleDetail,
  },
  'articles.import': {
    input: z.strictObject({
      fileName: FileName.trim().min(1, 'the file needs a name'),
      /** The file's bytes, base64. */
      data: Base64Bytes(MAX_IMPORT_BYTES, `the file is larger than ${megabytes(MAX_IMPORT_BYTES)}`),
      contentType: Text('the content type', MAX_CONTENT_TYPE_CHARS).optional(),
    }),
    output: ImportOutcome,
  },
  'articles.importUrl': {
    input: z.strictObject({
      url: WebAddress('only http and https addresses can be imported'),
    }),
    output: ImportOutcome,
  },
  'articles.setBlockRemoved': {
    input: z.strictObject({ id: Id, index: z.int().nonnegative(), removed: z.boolean() }),
    output: ArticleDetail,
  },
  'articles.delete': { input: ArticleRef, output: Deleted },
  /** Stores a new text version (corrected source or cleaning edits) and re-anchors every highlight. */
  'articles.revise': {
    input: z.strictObject({
      id: Id,
      text: Text('the new text', MAX_ARTICLE_TEXT_CHARS).trim().min(1, 'the new text is empty'),
    }),
    output: RevisionOutcome,
  },
  'articles.versions': { input: ArticleRef, output: z.array(VersionSummary) },
  'articles.version': {
    input: z.strictObject({ id: Id, number: z.int().positive() }),
    output: z.object({ number: z.int().positive(), text: z.string(), createdAt: IsoDateTime }),
  },
  'articles.update': {
    input: z.strictObject({
      id: Id,
      title: Text('the title', MAX_TITLE_CHARS).trim().min(1, 'title must not be empty').optional(),
      source: Clearable(Text('the source', MAX_SOURCE_CHARS).trim()),
      publishedAt: Clearable(CalendarDate),
      url: Clearable(WebAddress('only http and https addresses can be set')),
      byline: Clearable(Text('the author', MAX_BYLINE_CHARS).trim()),
      lang: Clearable(
        Text('the language tag', MAX_LANGUAGE_TAG_CHARS).regex(
          /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/,
          'not a language tag',
        ),
      ),
      dir: Clearable(TextDirection),
      /** The source's reliability A–F; '' clears it (and its reason). */
      reliability: Clearable(Reliability),
      reliabilityReason: Clearable(
        Text('the reason for the grade', MAX_RELIABILITY_REASON_CHARS).trim(),
      ),
    }),
    output: ArticleSummary,
  },
  'articles.setNote': {
    input: z.strictObject({ id: Id, body: Text('the article note', MAX_ARTICLE_NOTE_CHARS) }),
    output: ArticleNote,
  },
  'highlights.create': {
    input: z
      .strictObject({
        articleId: Id,
        start: z.int().nonnegative(),
        end: z.int().positive(),
        color: HighlightColor.optional(),
      })
      .refine((h) => h.end > h.start, { message: 'end must be after start', path: ['end'] }),
    output: Highlight,
  },
  'highlights.update': {
    input: z.strictObject({
      id: Id,
      color: HighlightColor.optional(),
      note: Text('the note', MAX_HIGHLIGHT_NOTE_CHARS).optional(),
      /** The whole set of tags, replacing the old one. */
      tagIds: z.array(Id).max(MAX_TAGS_PER_HIGHLIGHT).optional(),
      /** The information's credibility 1–6; null clears it. */
      credibility: Credibility.nullable().optional(),
    }),
    output: Highlight,
  },
  /** Puts back a deleted highlight exactly as it was (undo); its quote is found again. */
  'highlights.restore': {
    input: z.strictObject({
      highlight: RestoredHighlight,
      /** Replace the highlight of that id with this snapshot (undo/redo of a re-attach). */
      replace: z.boolean().optional(),
    }),
    output: Highlight,
  },
  /** Attaches an orphan (or any highlight) to newly selected words, keeping note and tags. */
  'highlights.reattach': {
    input: z
      .strictObject({ id: Id, start: z.int().nonnegative(), end: z.int().positive() })
      .refine((h) => h.end > h.start, { message: 'end must be after start', path: ['end'] }),
    output: Highlight,
  },
  /** Links a quote to one in another article that corroborates it (shown from both). */
  'highlights.corroborate': {
    input: z.strictObject({ id: Id, otherId: Id }),
    output: z.object({ id: Id, otherId: Id }),
  },
  'highlights.uncorroborate': {
    input: z.strictObject({ id: Id, otherId: Id }),
    output: z.object({ id: Id, otherId: Id }),
  },
  /** The quotes linked to a quote as corroborating it, with their article's title. */
  'highlights.corroborations': {
    input: z.strictObject({ id: Id }),
    output: z.array(z.object({ highlight: Highlight, articleTitle: z.string() })),
  },
  /** Highlights by id, with their article's title, for notes that quote them. Unknown ids are left out. */
  'highlights.get': {
    input: z.strictObject({ ids: z.array(Id).max(MAX_HIGHLIGHT_LOOKUP) }),
    output: z.array(z.object({ highlight: Highlight, articleTitle: z.string() })),
  },
  'highlights.delete': { input: z.strictObject({ id: Id }), output: Deleted },
  'export.render': { input: ExportScope.extend({ format: ExportFormat }), output: RenderedExport },
  /** Restores or merges a notebook bundle (.dossier): nothing on either side is lost. */
  'bundle.import': {
    input: z
      .strictObject({
        fileName: FileName.trim().min(1),
        data: z.string().min(1, 'the file is empty'),
      })
      // Here the message can name the file; the base64 check runs only on data of a size to keep.
      .superRefine(({ fileName, data }, ctx) => {
        if (data.length > base64Length(MAX_BUNDLE_BYTES)) {
          ctx.addIssue({
            code: 'custom',
            path: ['data'],
            message: `“${fileName}” is larger than the ${megabytes(MAX_BUNDLE_BYTES)} a notebook bundle may be`,
          });
        } else if (!z.base64().safeParse(data).success) {
          ctx.addIssue({ code: 'custom', path: ['data'], message: 'data must be base64' });
        }
      }),
    output: z.object({
      articlesAdded: z.int().nonnegative(),
      articlesMerged: z.int().nonnegative(),
      highlightsAdded: z.int().nonnegative(),
      tagsAdded: z.int().nonnegative(),
      notesAdded: z.int().nonnegative(),
    }),
  },
  'settings.get': { input: z.strictObject({}), output: Settings },
  'settings.update': {
    input: z.strictObject({ colorMeanings: SomeColorMeanings }),
    output: Settings,
  },
  'tags.list': { input: z.strictObject({}), output: z.array(TagSummary) },
  'tags.create': {
    input: z.strictObject({ name: TagName, color: TagColor.optional() }),
    output: Tag,
  },
  /** Renames or moves a tag (a new path); the tags below it move with it. */
  'tags.update': {
    input: z.strictObject({ id: Id, name: TagName.optional(), color: TagColor.optional() }),
    output: Tag,
  },
  'tags.impact': { input: z.strictObject({ id: Id }), output: TagImpact },
  /** Every highlight tagged `sourceId` gets `targetId` instead; the source tag goes. */
  'tags.merge': {
    input: z
      .strictObject({ sourceId: Id, targetId: Id })
      .refine((m) => m.sourceId !== m.targetId, { message: 'a tag cannot merge into itself' }),
    output: z.object({ tag: Tag, affectedHighlights: z.int().nonnegative() }),
  },
  /** Deletes a tag and the tags below it, taking them off every highlight. */
  'tags.delete': {
    input: z.strictObject({ id: Id }),
    output: z.object({ id: Id, affectedHighlights: z.int().nonnegative() }),
  },
  'notes.list': { input: z.strictObject({}), output: z.array(Note) },
  'notes.create': {
    input: z.strictObject({
      title: Text('the note title', MAX_NOTE_TITLE_CHARS).optional(),
      body: Text('the note', MAX_NOTE_BODY_CHARS).optional(),
    }),
    output: Note,
  },
  'notes.update': {
    input: z.strictObject({
      id: Id,
      title: Text('the note title', MAX_NOTE_TITLE_CHARS).optional(),
      body: Text('the note', MAX_NOTE_BODY_CHARS).optional(),
    }),
    output: Note,
  },
  'notes.delete': { input: z.strictObject({ id: Id }), output: Deleted },
  /** One search over sources, quotes and notes, in the query language of search/query.ts. */
  'search.query': {
    input: z.strictObject({
      query: SearchQueryText,
      limit: z.int().min(1).max(MAX_SEARCH_LIMIT).optional(),
      offset: z.int().nonnegative().optional(),
    }),
    output: SearchResults,
  },
  /** Where a query's words and phrases occur in one article's text, in order (find in article). */
  'search.matches': {
    input: z.strictObject({ articleId: Id, query: SearchQueryText }),
    output: z.object({ matches: z.array(TextRange) }),
  },
  /** Every highlight of the notebook (or those a query picks), sorted, one page at a time. */
  'quotations.list': {
    input: z.strictObject({
      /** The search query language; filters and words (an empty query keeps every highlight). */
      query: Text('the query', MAX_SEARCH_QUERY_CHARS).optional(),
      sort: QuotationSort.optional(),
      descending: z.boolean().optional(),
      offset: z.int().nonnegative().optional(),
      limit: z.int().min(1).max(MAX_QUOTATION_PAGE).optional(),
    }),
    output: QuotationPage,
  },
  /** Recolours, tags or untags many highlights at once (article by article). */
  'highlights.bulkUpdate': {
    input: z.strictObject({
      ids: z.array(Id).min(1, 'no highlights were named').max(MAX_BULK_HIGHLIGHTS),
      color: HighlightColor.optional(),
      addTagIds: z.array(Id).max(MAX_TAGS_PER_HIGHLIGHT).optional(),
      removeTagIds: z.array(Id).max(MAX_TAGS_PER_HIGHLIGHT).optional(),
      /** The information's credibility 1–6 for every one; null clears it. */
      credibility: Credibility.nullable().optional(),
    }),
    output: z.object({ updated: z.int().nonnegative() }),
  },
  'notices.list': { input: z.strictObject({}), output: z.array(Notice) },
  'notices.dismiss': { input: z.strictObject({ id: Id }), output: Deleted },
  ...analysisContract,
} as const;

export type Contract = typeof contract;
export type Operation = keyof Contract;
export type Input<K extends Operation> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends Operation> = z.output<Contract[K]['input']>;
export type Output<K extends Operation> = z.output<Contract[K]['output']>;
export const operations = Object.keys(contract) as Operation[];

/** Events the hosts push to the renderer. */
export const events = {
  /** Articles, highlights or notes changed outside the renderer's own calls (e.g. menu import). */
  'notebook.changed': z.object({ articleId: Id.optional() }),
  /** The native menu asked to import files, a folder or a web address. */
  'menu.import': z.object({ what: z.enum(['files', 'folder', 'url']) }),
  /** The native menu asked for an export of the current article. */
  'menu.export': z.object({}),
} as const;
export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;
