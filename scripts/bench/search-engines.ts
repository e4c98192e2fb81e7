// The candidate search libraries behind one small interface, configured as Dossier would use each:
// MiniSearch 7, and FlexSearch 0.8 with its strict, forward (prefix) and tolerant (typo) tokenizers.
import { Document, Resolver, type DocumentData } from 'flexsearch';
import MiniSearch from 'minisearch';

/** A searchable thing: an article (title, outlet, text) or a highlight (quote, note). */
export interface BenchDoc {
  id: string;
  title?: string;
  outlet?: string;
  text?: string;
  quote?: string;
  note?: string;
}

export const FIELDS = ['title', 'outlet', 'text', 'quote', 'note'] as const;
const BOOST = { title: 2 };
export const LIMIT = 20;

export type Terms = (text: string) => string[];

export interface Engine {
  add(docs: readonly BenchDoc[]): void;
  /** The index as it would be written to disk. */
  serialize(): string;
  /** Every word must match (AND) or any (OR); each word in any field. Top LIMIT ids. */
  words(words: string[], mode: 'and' | 'or'): string[];
  prefix(start: string): string[];
  /** Words one edit away from the word (on words of 8 letters or more). */
  fuzzy(word: string): string[];
  /** Re-indexes one document (a highlight whose note changed). */
  replace(doc: BenchDoc): void;
}

export interface EngineKind {
  name: string;
  create(terms: Terms): Engine;
  load(serialized: string, terms: Terms): Engine;
}

// ---- MiniSearch ----

function miniOptions(terms: Terms) {
  return {
    fields: [...FIELDS],
    storeFields: [],
    tokenize: terms,
    processTerm: (term: string) => term,
    searchOptions: { tokenize: (q: string) => [q], processTerm: (t: string) => t, boost: BOOST },
  };
}

class MiniEngine implements Engine {
  constructor(private readonly mini: MiniSearch<BenchDoc>) {}
  add(docs: readonly BenchDoc[]): void {
    this.mini.addAll(docs);
  }
  serialize(): string {
    return JSON.stringify(this.mini);
  }
  words(words: string[], mode: 'and' | 'or'): string[] {
    const query = {
      queries: words,
      combineWith: mode === 'and' ? ('AND' as const) : ('OR' as const),
    };
    return top(this.mini.search(query).map((r) => r.id as string));
  }
  prefix(start: string): string[] {
    return top(this.mini.search(start, { prefix: true }).map((r) => r.id as string));
  }
  fuzzy(word: string): string[] {
    return top(this.mini.search(word, { fuzzy: 1 }).map((r) => r.id as string));
  }
  replace(doc: BenchDoc): void {
    // As Dossier's index does it: discard is O(1); the vacuum tidies the postings in batches.
    this.mini.discard(doc.id);
    this.mini.add(doc);
  }
}

export const miniSearch: EngineKind = {
  name: 'MiniSearch 7',
  create: (terms) => new MiniEngine(new MiniSearch(miniOptions(terms))),
  load: (serialized, terms) => new MiniEngine(MiniSearch.loadJSON(serialized, miniOptions(terms))),
};

// ---- FlexSearch ----

type FlexTokenize = 'strict' | 'forward' | 'tolerant';

/**
 * FlexSearch keeps no list of its words, so prefix (strict, tolerant) and typo (strict, forward)
 * queries expand against a vocabulary kept beside it, as Dossier would have to.
 */
class FlexEngine implements Engine {
  readonly doc: Document<DocumentData>;
  private readonly vocabulary: Set<string>;
  /** FlexSearch works best with numeric ids; the string ids are kept in order of adding. */
  private readonly ids: string[];
  private readonly numbers = new Map<string, number>();
  private building = false;

  constructor(
    private readonly tokenize: FlexTokenize,
    private readonly terms: Terms,
    saved?: { keys: Array<[string, string]>; vocabulary: string[]; ids: string[] },
  ) {
    this.doc = new Document({
      tokenize,
      encode: (text: string) => {
        const words = terms(text);
        if (this.building) for (const w of words) this.vocabulary.add(w);
        return words;
      },
      // Without it a remove scans every posting list; an index read back loses it (see notes).
      fastupdate: !saved,
      document: { id: 'id', index: [...FIELDS] },
    });
    this.vocabulary = new Set(saved?.vocabulary);
    this.ids = saved?.ids ?? [];
    this.ids.forEach((id, n) => this.numbers.set(id, n));
    for (const [key, data] of saved?.keys ?? []) this.doc.import(key, data);
  }

  add(docs: readonly BenchDoc[]): void {
    this.building = true;
    for (const d of docs) this.doc.add(this.numbered(d));
    this.building = false;
  }

  serialize(): string {
    const keys: Array<[string, string]> = [];
    this.doc.export((key, data) => void keys.push([key, data]));
    return JSON.stringify({ keys, vocabulary: [...this.vocabulary], ids: this.ids });
  }

  words(words: string[], mode: 'and' | 'or'): string[] {
    const [first, ...rest] = words.map((w) => this.anyField(w));
    if (!first) return [];
    const combined = rest.reduce((acc, r) => (mode === 'and' ? acc.and(r) : acc.or(r)), first);
    return this.resolve(combined);
  }

  prefix(start: string): string[] {
    if (this.tokenize === 'forward') return this.resolve(this.anyField(start));
    return this.any([...this.vocabulary].filter((w) => w.startsWith(start)));
  }

  fuzzy(word: string): string[] {
    if (this.tokenize === 'tolerant') return this.resolve(this.anyField(word));
    return this.any([word, ...oneEditAway(word)].filter((w) => this.vocabulary.has(w)));
  }

  replace(doc: BenchDoc): void {
    this.building = true;
    this.doc.update(this.numbered(doc));
    this.building = false;
  }

  private numbered(d: BenchDoc): DocumentData {
    let n = this.numbers.get(d.id);
    if (n === undefined) {
      n = this.ids.push(d.id) - 1;
      this.numbers.set(d.id, n);
    }
    const out: DocumentData = { id: n };
    for (const f of FIELDS) if (d[f] !== undefined) out[f] = d[f];
    return out;
  }

  /** One word in any field; Document.search alone would AND the words field by field. */
  private anyField(word: string): Resolver<DocumentData> {
    let r = new Resolver<DocumentData>({
      index: this.doc,
      field: FIELDS[0],
      query: word,
      boost: 2,
    });
    for (const field of FIELDS.slice(1)) r = r.or({ index: this.doc, field, query: word });
    return r;
  }

  private any(words: string[]): string[] {
    if (words.length === 0) return [];
    return this.resolve(
      words.slice(1).reduce((acc, w) => acc.or(this.anyField(w)), this.anyField(words[0]!)),
    );
  }

  private resolve(r: Resolver<DocumentData>): string[] {
    const ids = r.resolve({ limit: LIMIT }) as unknown as number[];
    return ids.map((n) => this.ids[n]!);
  }
}

function flex(tokenize: FlexTokenize): EngineKind {
  return {
    name: `FlexSearch 0.8 (${tokenize})`,
    create: (terms) => new FlexEngine(tokenize, terms),
    load: (serialized, terms) =>
      new FlexEngine(
        tokenize,
        terms,
        JSON.parse(serialized) as {
          keys: Array<[string, string]>;
          vocabulary: string[];
          ids: string[];
        },
      ),
  };
}

export const ENGINES: Record<string, EngineKind> = {
  minisearch: miniSearch,
  'flexsearch-strict': flex('strict'),
  'flexsearch-forward': flex('forward'),
  'flexsearch-tolerant': flex('tolerant'),
};

/**
 * FlexSearch 0.8's fast-update register, checked in this run: two documents share a word that is
 * not the first of its field, both are removed, and the word is searched. Null when that works.
 */
export function flexRemovalProbe(terms: Terms): string | null {
  const doc = new Document<DocumentData>({
    encode: terms,
    fastupdate: true,
    document: { id: 'id', index: ['text'] },
  });
  doc.add({ id: 1, text: 'the government' });
  doc.add({ id: 2, text: 'a government' });
  doc.remove(1);
  doc.remove(2);
  try {
    const found = doc.search('government');
    return Array.isArray(found) ? null : `search answered ${String(found)} instead of a list`;
  } catch (error) {
    return `search threw: ${error instanceof Error ? error.message : String(error)}`;
  }
}

// ---- helpers ----

const top = (ids: string[]) => ids.slice(0, LIMIT);

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** Every string one deletion, transposition, substitution or insertion away (Latin letters). */
export function oneEditAway(word: string): string[] {
  const out = new Set<string>();
  const letters = [...word];
  const alphabet = [...new Set([...ALPHABET, ...letters])];
  for (let i = 0; i <= letters.length; i++) {
    const head = letters.slice(0, i).join('');
    if (i < letters.length) {
      const tail = letters.slice(i + 1).join('');
      out.add(head + tail);
      for (const c of alphabet) out.add(head + c + tail);
      if (i + 1 < letters.length)
        out.add(head + letters[i + 1] + letters[i] + letters.slice(i + 2).join(''));
    }
    for (const c of alphabet) out.add(head + c + letters.slice(i).join(''));
  }
  out.delete(word);
  return [...out];
}
