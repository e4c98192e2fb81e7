// Every operation any host offers, defined once: name -> { input, output } schemas.
import { z } from 'zod';
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

const ArticleRef = z.strictObject({ id: Id });
const Deleted = z.object({ id: Id });

/** An optional text field an update may set; an empty string clears it. */
const Clearable = <T extends z.ZodType>(schema: T) => z.union([schema, z.literal('')]).optional();

/** 50 MB of source bytes, as base64. */
const MAX_BASE64 = Math.ceil((50 * 1024 * 1024) / 3) * 4;

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

/** What to export: by default every article and highlight, articles in library order. */
export const ExportScope = z.strictObject({
  /** These articles only (in this order unless `order` is given). */
  articleIds: z.array(Id).max(10_000).optional(),
  /** Only highlights carrying one of these tags or a tag below one. */
  tagIds: z.array(Id).max(500).optional(),
  colors: z.array(HighlightColor).optional(),
  /** Articles published (or, without a date, captured) on or after / before these days. */
  from: CalendarDate.optional(),
  to: CalendarDate.optional(),
  order: ExportOrder.optional(),
});
export type ExportScope = z.infer<typeof ExportScope>;

export const ExportResult = z.object({
  fileName: z.string().min(1),
  mimeType: z.string().min(1),
  /** The file's content: UTF-8 text, or base64 bytes when `encoding` says so. */
  data: z.string(),
  encoding: z.enum(['utf8', 'base64']).optional(),
});
export type ExportResult = z.infer<typeof ExportResult>;

export const contract = {
  'articles.list': {
    /** With a tag: only articles with a highlight carrying it (or a tag below it). */
    input: z.strictObject({ tagId: Id.optional() }),
    output: z.array(ArticleSummary),
  },
  'articles.get': { input: ArticleRef, output: ArticleDetail },
  'articles.importText': {
    input: z.strictObject({
      text: z.string().min(1, 'text is empty').max(50_000_000, 'text is over 50 MB'),
      fileName: z.string().min(1).max(255).optional(),
    }),
    output: ArticleDetail,
  },
  'articles.import': {
    input: z.strictObject({
      fileName: z.string().trim().min(1, 'the file needs a name').max(255),
      /** The file's bytes, base64. */
      data: z
        .base64('data must be base64')
        .min(1, 'the file is empty')
        .max(MAX_BASE64, 'the file is larger than 50 MB'),
      contentType: z.string().max(255).optional(),
    }),
    output: ImportOutcome,
  },
  'articles.importUrl': {
    input: z.strictObject({
      url: z.url({ protocol: /^https?$/, error: 'only http and https addresses can be imported' }),
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
      text: z.string().trim().min(1, 'the new text is empty').max(50_000_000),
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
      title: z.string().trim().min(1, 'title must not be empty').optional(),
      source: Clearable(z.string().trim()),
      publishedAt: Clearable(CalendarDate),
      url: Clearable(z.url({ protocol: /^https?$/ })),
      byline: Clearable(z.string().trim()),
      lang: Clearable(
        z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'not a language tag'),
      ),
      dir: Clearable(TextDirection),
    }),
    output: ArticleSummary,
  },
  'articles.setNote': {
    input: z.strictObject({ id: Id, body: z.string().max(1_000_000) }),
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
      note: z.string().max(1_000_000).optional(),
      /** The whole set of tags, replacing the old one. */
      tagIds: z.array(Id).max(200).optional(),
    }),
    output: Highlight,
  },
  /** Puts back a deleted highlight exactly as it was (undo); its quote is found again. */
  'highlights.restore': {
    input: z.strictObject({
      highlight: Highlight,
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
  /** Highlights by id, with their article's title, for notes that quote them. Unknown ids are left out. */
  'highlights.get': {
    input: z.strictObject({ ids: z.array(Id).max(500) }),
    output: z.array(z.object({ highlight: Highlight, articleTitle: z.string() })),
  },
  'highlights.delete': { input: z.strictObject({ id: Id }), output: Deleted },
  'export.render': { input: ExportScope.extend({ format: ExportFormat }), output: ExportResult },
  /** Restores or merges a notebook bundle (.dossier): nothing on either side is lost. */
  'bundle.import': {
    input: z.strictObject({
      fileName: z.string().trim().min(1).max(255),
      data: z.base64('data must be base64').min(1, 'the file is empty'),
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
      title: z.string().max(500).optional(),
      body: z.string().max(1_000_000).optional(),
    }),
    output: Note,
  },
  'notes.update': {
    input: z.strictObject({
      id: Id,
      title: z.string().max(500).optional(),
      body: z.string().max(1_000_000).optional(),
    }),
    output: Note,
  },
  'notes.delete': { input: z.strictObject({ id: Id }), output: Deleted },
  'notices.list': { input: z.strictObject({}), output: z.array(Notice) },
  'notices.dismiss': { input: z.strictObject({ id: Id }), output: Deleted },
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
