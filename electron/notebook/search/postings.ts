// The inverted index: for each term, the documents holding it and a BM25F weight each, in typed
// arrays. MiniSearch's radix tree (SearchableMap) is the term dictionary and finds prefix and
// typo variants; the postings are ours because MiniSearch answers a query with one object per
// matching document, and on a 10,000-article notebook a common word matches 15,000 of them
// (see the note in README: bench:search). Documents get increasing numbers and are never
// renumbered while open; a removed one is only marked dead, and skipped.
import SearchableMap from 'minisearch/SearchableMap';

/** BM25 constants (the usual ones). */
const K1 = 1.2;
const B = 0.75;

export const FIELD_BOOST = {
  title: 3,
  outlet: 2,
  byline: 2,
  quote: 1.5,
  note: 1.2,
  text: 1,
  body: 1,
} as const;
export type Field = keyof typeof FIELD_BOOST;
const FIELD_NAMES = Object.keys(FIELD_BOOST) as Field[];

/** Typical field lengths in words, for length normalisation (a long article counts each word less). */
const TYPICAL_LENGTH: Record<Field, number> = {
  title: 10,
  outlet: 3,
  byline: 4,
  quote: 25,
  note: 20,
  text: 900,
  body: 150,
};

class Growable<T extends Int32Array | Float32Array> {
  length = 0;
  constructor(public data: T) {}
  push(value: number, make: (size: number) => T): void {
    if (this.length === this.data.length) {
      const bigger = make(Math.max(4, this.data.length * 2));
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }
}

interface Postings {
  docs: Growable<Int32Array>;
  weights: Growable<Float32Array>;
  /** Live documents holding the term. */
  live: number;
}

export interface SavedPostings {
  terms: string[];
  /** 1 for each document number still in the index. */
  live: Uint8Array;
  offsets: Int32Array;
  docs: Int32Array;
  weights: Float32Array;
}

export interface Expansion {
  term: string;
  /** How much a match on this variant counts against a match on the word as typed. */
  factor: number;
}

export class PostingIndex {
  /** Term ids; the radix tree below holds the same terms, for prefix and typo lookups only. */
  private readonly ids = new Map<string, number>();
  readonly dictionary = new SearchableMap<number>();
  private readonly terms: string[] = [];
  /** Scratch weights by term id while a document is added (reset after each). */
  private scratch = new Float64Array(1024);
  private readonly postings: Postings[] = [];
  /** The term ids of each document (to keep `live` counts right when it goes). */
  private readonly docTerms: Array<Int32Array | null> = [];
  private liveDocs = 0;
  /** 1 for each live document: the scoring loop's test, cheaper than looking at docTerms. */
  private alive = new Uint8Array(1024);

  private setAlive(doc: number, live: boolean): void {
    if (doc >= this.alive.length) {
      const bigger = new Uint8Array(Math.max(doc + 1, this.alive.length * 2));
      bigger.set(this.alive);
      this.alive = bigger;
    }
    this.alive[doc] = live ? 1 : 0;
  }

  get documentCount(): number {
    return this.liveDocs;
  }

  /** The number the next document gets. */
  get nextDoc(): number {
    return this.docTerms.length;
  }

  isLive(doc: number): boolean {
    return this.docTerms[doc] != null;
  }

  /** Indexes a document's fields (each already cut into folded terms); returns its number. */
  add(fields: Partial<Record<Field, readonly string[]>>): number {
    const doc = this.docTerms.length;
    const touched: number[] = [];
    for (const field of FIELD_NAMES) {
      const words = fields[field];
      if (!words?.length) continue;
      // Each occurrence adds its field's boost, less in a longer field (BM25's b).
      const each = FIELD_BOOST[field] / (1 - B + (B * words.length) / TYPICAL_LENGTH[field]);
      for (const w of words) {
        if (!w) continue;
        const id = this.termId(w);
        if (this.scratch[id] === 0) touched.push(id);
        this.scratch[id]! += each;
      }
    }
    const ids = Int32Array.from(touched);
    for (const id of ids) {
      const p = this.postings[id]!;
      p.docs.push(doc, (n) => new Int32Array(n));
      p.weights.push(this.scratch[id]!, (n) => new Float32Array(n));
      p.live++;
      this.scratch[id] = 0;
    }
    this.docTerms.push(ids);
    this.setAlive(doc, true);
    this.liveDocs++;
    return doc;
  }

  remove(doc: number): void {
    const ids = this.docTerms[doc];
    if (!ids) return;
    for (const id of ids) this.postings[id]!.live--;
    this.docTerms[doc] = null;
    this.setAlive(doc, false);
    this.liveDocs--;
  }

  /** The word as typed, and its prefix or typo variants present in the index. */
  expand(
    term: string,
    {
      prefix,
      typos,
      evenIfFound = false,
    }: { prefix: boolean; typos: number; evenIfFound?: boolean },
  ): Expansion[] {
    const found = new Map<string, number>();
    if (this.ids.has(term)) found.set(term, 1);
    if (prefix) {
      for (const [variant] of this.dictionary.atPrefix(term)) {
        const extra = variant.length - term.length;
        if (extra > 0) found.set(variant, (0.75 * variant.length) / (variant.length + 0.3 * extra));
      }
    }
    // A word the notebook holds as typed is no typo: its variants would only blur the results
    // (and searching the dictionary for them is the slow part on a large vocabulary).
    if (typos > 0 && (evenIfFound || !found.has(term))) {
      for (const [variant, [, distance]] of this.dictionary.fuzzyGet(term, typos)) {
        if (distance > 0 && !found.has(variant)) {
          found.set(variant, (0.45 * variant.length) / (variant.length + distance));
        }
      }
    }
    return [...found].map(([t, factor]) => ({ term: t, factor }));
  }

  /**
   * Adds each live document's BM25 score for the variants into `scores` (dense, -1 = absent).
   * Variants of one word are not added up: a document counts its best variant.
   */
  score(expansions: readonly Expansion[], scores: Float32Array): void {
    const n = this.liveDocs;
    for (const { term, factor } of expansions) {
      const id = this.ids.get(term);
      if (id === undefined) continue;
      const p = this.postings[id]!;
      if (p.live === 0) continue;
      const idf = Math.log(1 + (n - p.live + 0.5) / (p.live + 0.5));
      const docs = p.docs.data;
      const weights = p.weights.data;
      const alive = this.alive;
      for (let i = 0; i < p.docs.length; i++) {
        const doc = docs[i]!;
        if (alive[doc] !== 1) continue;
        const w = weights[i]!;
        const s = (factor * idf * (w * (K1 + 1))) / (w + K1);
        if (s > scores[doc]!) scores[doc] = s;
      }
    }
  }

  /**
   * The live documents holding every one of `words`, found from the rarest word's documents by
   * binary search in the others' lists (document numbers only grow, so each list is sorted);
   * each gets the sum of its words' BM25 scores in `scores`. Cost: the rarest word's documents.
   */
  scoreAll(words: readonly string[], scores: Float32Array): number[] {
    const lists: Postings[] = [];
    for (const word of new Set(words)) {
      const id = this.ids.get(word);
      const p = id === undefined ? undefined : this.postings[id];
      if (!p || p.live === 0) return [];
      lists.push(p);
    }
    lists.sort((a, b) => a.live - b.live);
    const n = this.liveDocs;
    const idf = lists.map((p) => Math.log(1 + (n - p.live + 0.5) / (p.live + 0.5)));
    const bm25 = (w: number, j: number) => (idf[j]! * (w * (K1 + 1))) / (w + K1);
    const [rarest, ...rest] = lists as [Postings, ...Postings[]];
    const from = new Int32Array(rest.length);
    const found: number[] = [];
    outer: for (let i = 0; i < rarest.docs.length; i++) {
      const doc = rarest.docs.data[i]!;
      if (this.alive[doc] !== 1) continue;
      let sum = bm25(rarest.weights.data[i]!, 0);
      for (let j = 0; j < rest.length; j++) {
        const p = rest[j]!;
        const at = gallop(p.docs.data, from[j]!, p.docs.length, doc);
        from[j] = at;
        if (at === p.docs.length) break outer;
        if (p.docs.data[at] !== doc) continue outer;
        sum += bm25(p.weights.data[at]!, j + 1);
      }
      scores[doc] = sum;
      found.push(doc);
    }
    return found;
  }

  private termId(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.ids.set(term, id);
      if (id >= this.scratch.length) {
        const bigger = new Float64Array(this.scratch.length * 2);
        bigger.set(this.scratch);
        this.scratch = bigger;
      }
      this.terms.push(term);
      this.postings.push({
        docs: new Growable(new Int32Array(2)),
        weights: new Growable(new Float32Array(2)),
        live: 0,
      });
      this.dictionary.set(term, id);
    }
    return id;
  }

  // ---- saved and read back (index-file.ts) ----

  /** Live postings only, as flat arrays: terms, then per term its documents and weights. */
  toBinary(): SavedPostings {
    let total = 0;
    for (const p of this.postings) total += p.live;
    const offsets = new Int32Array(this.postings.length + 1);
    const docs = new Int32Array(total);
    const weights = new Float32Array(total);
    let at = 0;
    this.postings.forEach((p, id) => {
      offsets[id] = at;
      for (let i = 0; i < p.docs.length; i++) {
        const doc = p.docs.data[i]!;
        if (this.docTerms[doc] == null) continue;
        docs[at] = doc;
        weights[at++] = p.weights.data[i]!;
      }
    });
    offsets[this.postings.length] = at;
    const live = Uint8Array.from(this.docTerms, (ids) => (ids ? 1 : 0));
    return { terms: this.terms, live, offsets, docs, weights };
  }

  static fromBinary(saved: SavedPostings): PostingIndex {
    const index = new PostingIndex();
    const perDoc: number[][] = Array.from({ length: saved.live.length }, () => []);
    index.scratch = new Float64Array(Math.max(1024, saved.terms.length));
    saved.terms.forEach((term, id) => {
      index.terms.push(term);
      index.ids.set(term, id);
      index.dictionary.set(term, id);
      const from = saved.offsets[id]!;
      const to = saved.offsets[id + 1]!;
      const docs = saved.docs.slice(from, to);
      const weights = saved.weights.slice(from, to);
      const p: Postings = {
        docs: new Growable(docs),
        weights: new Growable(weights),
        live: to - from,
      };
      p.docs.length = p.weights.length = to - from;
      index.postings.push(p);
      for (const doc of docs) perDoc[doc]!.push(id);
    });
    perDoc.forEach((ids, doc) => {
      const live = saved.live[doc] === 1;
      index.docTerms.push(live ? Int32Array.from(ids) : null);
      index.setAlive(doc, live);
      if (live) index.liveDocs++;
    });
    return index;
  }
}

/**
 * The first position in the sorted `data[from, to)` holding `value` or more, found by steps
 * that double from `from` and then halving: cheap when the answer is near, as it is when the
 * lists are walked in step.
 */
function gallop(data: Int32Array, from: number, to: number, value: number): number {
  let lo = from;
  let hi = from;
  for (let step = 1; hi < to && data[hi]! < value; step *= 2) {
    lo = hi + 1;
    hi = lo + step;
  }
  hi = Math.min(hi, to);
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (data[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
