// The index in memory: the postings over every searchable field, the entries beside them, and
// the lookups filters need (highlights by article and by tag). Changes are diffed against what
// is indexed, so a highlight edit re-indexes that highlight and never its article's text.
import { HighlightColor, type ArticleFile, type Note } from '../../../shared/model';
import { RELIABILITIES, type Reliability } from '../../../shared/grading';
import {
  articleDocId,
  articleDocs,
  articleNoteDocId,
  articleNoteDocs,
  articleSignature,
  highlightDocId,
  highlightDocs,
  highlightSignature,
  notebookNoteDocId,
  notebookNoteDocs,
  utf16Offsets,
  type Entry,
  type HighlightEntry,
  type IndexedDoc,
} from './entries';
import { PostingIndex } from './postings';

/** Each document's kind as a small number (also the order kinds are shown in on a tie). */
export const KIND_CODE = { article: 0, highlight: 1, articleNote: 2, notebookNote: 3 } as const;
/** In the kind and colour columns: no document (removed), or no colour (not a highlight). */
export const NONE = 255;

/**
 * What filters and ranking ask of every document, as typed arrays by document number, so a
 * filter over 100,000 documents reads bytes rather than entry objects. Re-read after a change:
 * the arrays are replaced as they grow.
 */
export interface DocColumns {
  /** KIND_CODE, or NONE once removed. */
  kind: Uint8Array;
  /** A highlight's colour (HighlightColor order), or NONE. */
  colour: Uint8Array;
  /** A highlight's credibility 1–6 (0: not graded). */
  credibility: Uint8Array;
  /** The article number (-1 for a notebook note). */
  article: Int32Array;
  /** Article ids by article number. */
  articleIds: readonly string[];
  /** By article number: the day it is filed under as YYYYMMDD (0: none). */
  articleDay: Int32Array;
  /** By article number: its outlet's number in `outlets` (-1: none). */
  articleOutlet: Int32Array;
  outlets: readonly string[];
  /** By article number: its source's reliability, A–F as 1–6 (0: not graded). */
  articleReliability: Uint8Array;
}

/** What an article is filed under, from its file or its summary in the library. */
export interface ArticleFacts {
  id: string;
  publishedAt?: string | undefined;
  capturedAt: string;
  source?: string | undefined;
  reliability?: Reliability | undefined;
}

/** A day (YYYY-MM-DD, or longer) as the number YYYYMMDD. */
export const dayNumber = (day: string) => Number(day.slice(0, 10).replaceAll('-', '')) || 0;

function grown<T extends Uint8Array | Int32Array>(array: T, n: number, fill: number): T {
  if (n < array.length) return array;
  const bigger = new (array.constructor as new (size: number) => T)(
    Math.max(n + 1, array.length * 2),
  );
  bigger.fill(fill);
  bigger.set(array);
  return bigger;
}

export class SearchIndex {
  /** Entries by document number (undefined once removed). */
  readonly entries: Array<Entry | undefined> = [];
  /** Document numbers by key (`a:<article>`, `h:<highlight>`, `an:<article>`, `n:<note>`). */
  private readonly numbers = new Map<string, number>();
  /** Highlight ids of each article. */
  private readonly byArticle = new Map<string, Set<string>>();
  /** Highlight document numbers carrying each tag. */
  private readonly byTag = new Map<string, Set<number>>();
  /** The keys of the notebook notes indexed, so a note change need not look at every entry. */
  private noteKeys = new Set<string>();

  /** A small number for each article, and each document's article number (-1: none). */
  private readonly articleNumbers = new Map<string, number>();
  private readonly articleIds: string[] = [];
  private articleOfDoc = new Int32Array(1024).fill(-1);
  private kindOfDoc = new Uint8Array(1024).fill(NONE);
  private colourOfDoc = new Uint8Array(1024).fill(NONE);
  private credibilityOfDoc = new Uint8Array(1024);
  private reliabilityOfArticle = new Uint8Array(1024);
  private dayOfArticle = new Int32Array(1024);
  private outletOfArticle = new Int32Array(1024).fill(-1);
  private readonly outlets: string[] = [];
  private readonly outletNumbers = new Map<string, number>();

  constructor(readonly postings: PostingIndex = new PostingIndex()) {}

  get columns(): DocColumns {
    return {
      kind: this.kindOfDoc,
      colour: this.colourOfDoc,
      credibility: this.credibilityOfDoc,
      articleReliability: this.reliabilityOfArticle,
      article: this.articleOfDoc,
      articleIds: this.articleIds,
      articleDay: this.dayOfArticle,
      articleOutlet: this.outletOfArticle,
      outlets: this.outlets,
    };
  }

  /** Sets the day and outlet filters see for an article (kept here, so they read no summary). */
  setFacts({ id, publishedAt, capturedAt, source, reliability }: ArticleFacts): void {
    const a = this.articleNumber(id);
    this.reliabilityOfArticle = grown(this.reliabilityOfArticle, a, 0);
    this.reliabilityOfArticle[a] = reliability ? RELIABILITIES.indexOf(reliability) + 1 : 0;
    this.dayOfArticle = grown(this.dayOfArticle, a, 0);
    this.outletOfArticle = grown(this.outletOfArticle, a, -1);
    this.dayOfArticle[a] = dayNumber(publishedAt ?? capturedAt);
    let outlet = -1;
    if (source) {
      outlet = this.outletNumbers.get(source) ?? this.outlets.length;
      if (outlet === this.outlets.length) {
        this.outletNumbers.set(source, outlet);
        this.outlets.push(source);
      }
    }
    this.outletOfArticle[a] = outlet;
  }

  private articleNumber(id: string): number {
    let a = this.articleNumbers.get(id);
    if (a === undefined) {
      a = this.articleIds.length;
      this.articleNumbers.set(id, a);
      this.articleIds.push(id);
    }
    return a;
  }

  private number(n: number, entry: Entry): void {
    this.articleOfDoc = grown(this.articleOfDoc, n, -1);
    this.kindOfDoc = grown(this.kindOfDoc, n, NONE);
    this.colourOfDoc = grown(this.colourOfDoc, n, NONE);
    this.credibilityOfDoc = grown(this.credibilityOfDoc, n, 0);
    this.kindOfDoc[n] = KIND_CODE[entry.kind];
    this.credibilityOfDoc[n] = entry.kind === 'highlight' ? (entry.highlight.credibility ?? 0) : 0;
    this.colourOfDoc[n] =
      entry.kind === 'highlight' ? HighlightColor.options.indexOf(entry.highlight.color) : NONE;
    if (entry.kind !== 'notebookNote') this.articleOfDoc[n] = this.articleNumber(entry.articleId);
  }

  get size(): number {
    return this.postings.documentCount;
  }

  /** Re-indexes what changed in an article file: its words, highlights and note. */
  putArticle(file: ArticleFile): void {
    const id = file.article.id;
    this.setFacts(file.article);
    const indexed = this.entry(articleDocId(id));
    if (indexed?.kind !== 'article' || indexed.signature !== articleSignature(file)) {
      const { doc, entry } = articleDocs(file);
      this.set(doc, entry);
    }
    const before = this.byArticle.get(id) ?? new Set<string>();
    const now = new Set<string>();
    let toUtf16: ((points: number) => number) | undefined;
    for (const h of file.highlights) {
      now.add(h.id);
      const current = this.entry(highlightDocId(h.id));
      if (current?.kind === 'highlight' && current.signature === highlightSignature(h)) continue;
      toUtf16 ??= utf16Offsets(file.article.text);
      const { doc, entry } = highlightDocs(file, h, toUtf16);
      this.set(doc, entry);
    }
    for (const gone of before) if (!now.has(gone)) this.remove(highlightDocId(gone));
    this.byArticle.set(id, now);
    const noteKey = articleNoteDocId(id);
    const note = this.entry(noteKey);
    if (!file.note.body.trim()) this.remove(noteKey);
    else if (note?.kind !== 'articleNote' || note.body !== file.note.body) {
      const { doc, entry } = articleNoteDocs(file);
      this.set(doc, entry);
    }
  }

  removeArticle(id: string): void {
    for (const h of this.byArticle.get(id) ?? []) this.remove(highlightDocId(h));
    this.byArticle.delete(id);
    this.remove(articleDocId(id));
    this.remove(articleNoteDocId(id));
  }

  /** Brings the notebook notes in step with the library's list. */
  putNotes(notes: readonly Note[]): void {
    const keys = new Set<string>();
    for (const note of notes) {
      const key = notebookNoteDocId(note.id);
      keys.add(key);
      const current = this.entry(key);
      // Its words decide, not only its time: two edits can fall in one millisecond.
      if (
        current?.kind === 'notebookNote' &&
        current.updatedAt === note.updatedAt &&
        current.title === note.title &&
        current.body === note.body
      )
        continue;
      const { doc, entry } = notebookNoteDocs(note);
      this.set(doc, entry);
    }
    for (const key of this.noteKeys) if (!keys.has(key)) this.remove(key);
    this.noteKeys = keys;
  }

  has(articleId: string): boolean {
    return this.numbers.has(articleDocId(articleId));
  }

  entry(key: string): Entry | undefined {
    const n = this.numbers.get(key);
    return n === undefined ? undefined : this.entries[n];
  }

  highlightsOf(articleId: string): ReadonlySet<string> {
    return this.byArticle.get(articleId) ?? new Set();
  }

  /** Highlight document numbers carrying the tag itself. */
  taggedWith(tagId: string): ReadonlySet<number> {
    return this.byTag.get(tagId) ?? new Set();
  }

  *highlights(): Iterable<[number, HighlightEntry]> {
    for (let n = 0; n < this.entries.length; n++) {
      const entry = this.entries[n];
      if (entry?.kind === 'highlight') yield [n, entry];
    }
  }

  /** Every (number, entry) in the index, for saving it. */
  *all(): Iterable<[string, number, Entry]> {
    for (const [key, n] of this.numbers) yield [key, n, this.entries[n]!];
  }

  /** Restores an entry read back from the index file (its postings are loaded already). */
  restore(key: string, n: number, entry: Entry): void {
    this.numbers.set(key, n);
    this.entries[n] = entry;
    if (entry.kind === 'notebookNote') this.noteKeys.add(key);
    this.number(n, entry);
    if (entry.kind === 'highlight') this.link(n, entry);
  }

  private set(doc: IndexedDoc, entry: Entry): void {
    this.remove(doc.id);
    const n = this.postings.add(doc.fields);
    this.numbers.set(doc.id, n);
    this.entries[n] = entry;
    this.number(n, entry);
    if (entry.kind === 'highlight') this.link(n, entry);
  }

  private link(n: number, entry: HighlightEntry): void {
    let mine = this.byArticle.get(entry.articleId);
    if (!mine) this.byArticle.set(entry.articleId, (mine = new Set()));
    mine.add(entry.highlight.id);
    for (const tagId of entry.highlight.tagIds) {
      let tagged = this.byTag.get(tagId);
      if (!tagged) this.byTag.set(tagId, (tagged = new Set()));
      tagged.add(n);
    }
  }

  private remove(key: string): void {
    const n = this.numbers.get(key);
    if (n === undefined) return;
    const entry = this.entries[n]!;
    this.postings.remove(n);
    this.numbers.delete(key);
    this.entries[n] = undefined;
    this.kindOfDoc[n] = NONE;
    this.colourOfDoc[n] = NONE;
    if (entry.kind === 'highlight') {
      for (const tagId of entry.highlight.tagIds) this.byTag.get(tagId)?.delete(n);
    }
  }
}
