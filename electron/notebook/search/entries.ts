// What the index knows of each searchable thing, derived from the article files and the
// library: the documents MiniSearch indexes, and the entries kept beside them for filters,
// snippets and the Quotations view (so a query reads no article file but those it shows).
import { codePointToUtf16 } from '../../../shared/anchoring';
import type { ArticleFile, Highlight, Note } from '../../../shared/model';
import { paragraphRange } from '../../../shared/paragraphs';
import { createHash } from 'node:crypto';
import { pairSignature } from './pair-signature';
import type { Field } from './postings';
import { terms } from './tokenize';

export type DocKind = 'article' | 'highlight' | 'articleNote' | 'notebookNote';

/** A document as the postings take it: its key and the folded words of each field. */
export interface IndexedDoc {
  id: string;
  fields: Partial<Record<Field, string[]>>;
}

const OPENING_CHARS = 400;
const words = (text: string | undefined) => (text ? terms(text) : undefined);
/** An empty term between two fields keeps a phrase from running across them. */

export interface ArticleEntry {
  kind: 'article';
  articleId: string;
  /** Changes when the words indexed for the article change; nothing else re-tokenises its text. */
  signature: string;
  /** Adjacent word pairs of title and text, to narrow phrases without reading the file. */
  pairs: Uint8Array;
  /** The text's first lines: the snippet of a hit found by filters alone, without reading the file. */
  opening: string;
}

export interface HighlightEntry {
  kind: 'highlight';
  pairs: Uint8Array;
  articleId: string;
  highlight: Highlight;
  /** UTF-16 offsets of the highlight in its article's text. */
  start: number;
  end: number;
  paragraph: { first: number; last: number };
  /** Changes whenever anything shown or searched of the highlight changes. */
  signature: string;
}

export interface ArticleNoteEntry {
  kind: 'articleNote';
  pairs: Uint8Array;
  articleId: string;
  body: string;
}

export interface NotebookNoteEntry {
  kind: 'notebookNote';
  pairs: Uint8Array;
  noteId: string;
  title: string;
  body: string;
  updatedAt: string;
}

export type Entry = ArticleEntry | HighlightEntry | ArticleNoteEntry | NotebookNoteEntry;

export const articleDocId = (id: string) => `a:${id}`;
export const highlightDocId = (id: string) => `h:${id}`;
export const articleNoteDocId = (id: string) => `an:${id}`;
export const notebookNoteDocId = (id: string) => `n:${id}`;

/** `[[highlight:id]]` references would index ids as words: the quote they stand for is indexed already. */
const stripRefs = (body: string) => body.replace(/\[\[highlight:[A-Za-z0-9-]{1,64}\]\]/g, ' ');

export function articleSignature(file: ArticleFile): string {
  const { title, byline, source, text } = file.article;
  return createHash('sha1')
    .update(JSON.stringify([title, byline ?? '', source ?? '']))
    .update(text)
    .digest('base64');
}

export function articleDocs(file: ArticleFile): { doc: IndexedDoc; entry: ArticleEntry } {
  const { article } = file;
  const title = terms(article.title);
  const text = terms(article.text);
  return {
    doc: {
      id: articleDocId(article.id),
      fields: { title, byline: words(article.byline), outlet: words(article.source), text },
    },
    entry: {
      kind: 'article',
      articleId: article.id,
      signature: articleSignature(file),
      pairs: pairSignature([...title, ...text]),
      opening: article.text.slice(0, OPENING_CHARS),
    },
  };
}

export function highlightSignature(h: Highlight): string {
  const facts = JSON.stringify([
    h.quote.exact,
    h.note,
    h.color,
    h.tagIds,
    h.position.start,
    h.position.end,
    h.orphan ?? false,
    h.updatedAt,
  ]);
  return fnv(facts);
}

/** A 52-bit FNV-1a hash (two 32-bit lanes): enough to tell a highlight's versions apart. */
function fnv(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return ((a >>> 0) * 0x100000 + ((b >>> 12) & 0xfffff)).toString(36);
}

/**
 * Code-point offsets to UTF-16 for one text: the same numbers unless the text has characters
 * outside the Basic Multilingual Plane (emoji), so most articles skip the walk.
 */
export function utf16Offsets(text: string): (points: number) => number {
  if (!/[\uD800-\uDFFF]/.test(text)) return (points) => Math.min(points, text.length);
  return (points) => codePointToUtf16(text, points);
}

export function highlightDocs(
  file: ArticleFile,
  h: Highlight,
  toUtf16: (points: number) => number,
): { doc: IndexedDoc; entry: HighlightEntry } {
  const { blocks } = file.article;
  const start = toUtf16(h.position.start);
  const end = toUtf16(h.position.end);
  const quote = terms(h.quote.exact);
  const note = terms(stripRefs(h.note));
  return {
    doc: { id: highlightDocId(h.id), fields: { quote, note } },
    entry: {
      kind: 'highlight',
      pairs: pairSignature([...quote, '', ...note]),
      articleId: file.article.id,
      // Its own copy: the article's data goes on changing after this.
      highlight: {
        ...h,
        quote: { ...h.quote },
        position: { ...h.position },
        tagIds: [...h.tagIds],
      },
      start,
      end,
      paragraph: paragraphRange(blocks, start, end),
      signature: highlightSignature(h),
    },
  };
}

export function articleNoteDocs(file: ArticleFile): { doc: IndexedDoc; entry: ArticleNoteEntry } {
  const body = terms(stripRefs(file.note.body));
  return {
    doc: { id: articleNoteDocId(file.article.id), fields: { body } },
    entry: {
      kind: 'articleNote',
      pairs: pairSignature(body),
      articleId: file.article.id,
      body: file.note.body,
    },
  };
}

export function notebookNoteDocs(note: Note): { doc: IndexedDoc; entry: NotebookNoteEntry } {
  const title = terms(note.title);
  const body = terms(stripRefs(note.body));
  return {
    doc: { id: notebookNoteDocId(note.id), fields: { title, body } },
    entry: {
      kind: 'notebookNote',
      pairs: pairSignature([...title, '', ...body]),
      noteId: note.id,
      title: note.title,
      body: note.body,
      updatedAt: note.updatedAt,
    },
  };
}
