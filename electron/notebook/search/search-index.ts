// The index in memory: the postings over every searchable field, the entries beside them, and
// the lookups filters need (highlights by article and by tag). Changes are diffed against what
// is indexed, so a highlight edit re-indexes that highlight and never its article's text.
import { HighlightColor, type ArticleFile, type Note } from '../../../shared/model';
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

const COLOURS = HighlightColor.options.length;

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
  /** How many of each article's highlights have each colour (in HighlightColor order). */
  private readonly colours = new Map<string, Int32Array>();

  /** A small number for each article, and each document's article number (-1: none). */
  private readonly articleNumbers = new Map<string, number>();
  private articleOfDoc = new Int32Array(1024).fill(-1);

  constructor(readonly postings: PostingIndex = new PostingIndex()) {}

  /** How many article numbers have been given out (arrays indexed by them are this long). */
  get articleCount(): number {
    return this.articleNumbers.size;
  }

  /** The article number of document `n`, or -1 for a notebook note. */
  articleOf(n: number): number {
    return n < this.articleOfDoc.length ? this.articleOfDoc[n]! : -1;
  }

  private number(n: number, entry: Entry): void {
    if (n >= this.articleOfDoc.length) {
      const bigger = new Int32Array(Math.max(n + 1, this.articleOfDoc.length * 2)).fill(-1);
      bigger.set(this.articleOfDoc);
      this.articleOfDoc = bigger;
    }
    if (entry.kind === 'notebookNote') return;
    let a = this.articleNumbers.get(entry.articleId);
    if (a === undefined) this.articleNumbers.set(entry.articleId, (a = this.articleNumbers.size));
    this.articleOfDoc[n] = a;
  }

  get size(): number {
    return this.postings.documentCount;
  }

  /** Re-indexes what changed in an article file: its words, highlights and note. */
  putArticle(file: ArticleFile): void {
    const id = file.article.id;
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
      if (current?.kind === 'notebookNote' && current.updatedAt === note.updatedAt) continue;
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

  /** The colours of an article's highlights. */
  coloursOf(articleId: string): ReadonlySet<HighlightColor> {
    const counts = this.colours.get(articleId);
    return new Set(HighlightColor.options.filter((_, i) => counts && counts[i]! > 0));
  }

  private countColour(entry: HighlightEntry, by: number): void {
    let counts = this.colours.get(entry.articleId);
    if (!counts) this.colours.set(entry.articleId, (counts = new Int32Array(COLOURS)));
    counts[HighlightColor.options.indexOf(entry.highlight.color)]! += by;
  }

  private link(n: number, entry: HighlightEntry): void {
    this.countColour(entry, 1);
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
    if (entry.kind === 'highlight') {
      this.countColour(entry, -1);
      for (const tagId of entry.highlight.tagIds) this.byTag.get(tagId)?.delete(n);
    }
  }
}
