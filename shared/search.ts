// What search and the Quotations view answer: hits across sources, quotes and notes, and
// quotation rows, as every host returns them.
import { z } from 'zod';
import { Reliability } from './grading';
import { CalendarDate, Highlight, Id, IsoDateTime } from './model';

export const SearchHitKind = z.enum(['article', 'highlight', 'articleNote', 'notebookNote']);
export type SearchHitKind = z.infer<typeof SearchHitKind>;

export const SearchHit = z.object({
  kind: SearchHitKind,
  articleId: Id.optional(),
  highlightId: Id.optional(),
  noteId: Id.optional(),
  /** The article's title (article, highlight and article-note hits) or the note's title. */
  title: z.string(),
  /** A few lines around the first match, every match inside marked «like this». */
  snippet: z.string(),
  score: z.number(),
  /** UTF-16 offsets of the first match in the article text (article and highlight hits). */
  start: z.int().nonnegative().optional(),
  end: z.int().nonnegative().optional(),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchResults = z.object({
  /** Every hit the query has, of which `hits` is the page asked for. */
  total: z.int().nonnegative(),
  tookMs: z.number().nonnegative(),
  hits: z.array(SearchHit),
});
export type SearchResults = z.infer<typeof SearchResults>;

/** A stretch of an article's text, UTF-16 offsets. */
export const TextRange = z.object({ start: z.int().nonnegative(), end: z.int().nonnegative() });
export type TextRange = z.infer<typeof TextRange>;

export const QuotationSort = z.enum([
  'article',
  'date',
  'outlet',
  'colour',
  'quote',
  'created',
  'position',
  /** The source's reliability (A first), then the quote's credibility (1 first); ungraded last. */
  'grade',
]);
export type QuotationSort = z.infer<typeof QuotationSort>;

/** One highlight of the notebook with what the Quotations view shows beside it. */
export const QuotationRow = z.object({
  highlight: Highlight,
  articleTitle: z.string(),
  outlet: z.string().optional(),
  /** The source's reliability A–F, with the quote's credibility the grade shown (B2). */
  reliability: Reliability.optional(),
  /** The article's date: published, or else captured. */
  date: CalendarDate.optional(),
  capturedAt: IsoDateTime,
  /** 1-based numbers of the paragraphs (blocks) the quote starts and ends in. */
  paragraph: z.object({ first: z.int().positive(), last: z.int().positive() }),
});
export type QuotationRow = z.infer<typeof QuotationRow>;

export const QuotationPage = z.object({
  total: z.int().nonnegative(),
  rows: z.array(QuotationRow),
});
export type QuotationPage = z.infer<typeof QuotationPage>;
