// What the library comparison indexes and asks: the generated library and the development set as
// search documents, and seeded queries of each kind drawn from their texts.
import { terms } from '../../electron/notebook/search/tokenize';
import { generateArticles, random } from './generate-library';
import type { BenchDoc, Engine } from './search-engines';
import { pick, readDevSet, typo, window } from './search-sampling';

/** Every library is given Dossier's own tokenizer, so they index the same words. */
export { terms };
export const TOKENIZER = 'terms() of electron/notebook/search/tokenize.ts';

// ---- the corpora ----

export interface Corpus {
  docs: BenchDoc[];
  /** The article documents, whose texts the queries are drawn from. */
  articles: Array<{ id: string; words: string[] }>;
  /** The documents a note change re-indexes: the highlights. */
  changeable: BenchDoc[];
}

export function generatedCorpus(count: number): Corpus {
  const docs: BenchDoc[] = [];
  const articles: Corpus['articles'] = [];
  const changeable: BenchDoc[] = [];
  for (const file of generateArticles(count)) {
    const { id, title, source, text } = file.article;
    docs.push({ id: `a:${id}`, title, outlet: source, text });
    articles.push({ id: `a:${id}`, words: terms(text) });
    for (const h of file.highlights) {
      const doc = { id: `h:${h.id}`, quote: h.quote.exact, note: h.note };
      docs.push(doc);
      changeable.push(doc);
    }
  }
  return { docs, articles, changeable };
}

/** The pages have no highlights yet: ten per page, of eight consecutive words each, stand in. */
export function devCorpus(): Corpus {
  const rnd = random(62);
  const docs: BenchDoc[] = [];
  const articles: Corpus['articles'] = [];
  const changeable: BenchDoc[] = [];
  for (const page of readDevSet()) {
    const id = `a:${page.fileName}`;
    const words = terms(page.text);
    docs.push({ id, title: page.title, text: page.text });
    articles.push({ id, words });
    for (let h = 0; h < 10; h++) {
      const doc = {
        id: `h:${page.fileName}:${h}`,
        quote: window(rnd, words, 8).join(' '),
        note: '',
      };
      docs.push(doc);
      changeable.push(doc);
    }
  }
  return { docs, articles, changeable };
}

// ---- the queries ----

export const CATEGORIES = ['1 word', '2 words', '3 words', 'prefix', 'typo', 'AND', 'OR'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface Query {
  category: Category;
  words: string[];
  /** The article the words were drawn from: it should be among the hits. */
  source: string;
}

export function libraryQueries(corpus: Corpus, n: number): Query[] {
  const rnd = random(20240625);
  const out: Query[] = [];
  const article = () => pick(rnd, corpus.articles);
  const longWord = (min: number) => {
    for (;;) {
      const a = article();
      const long = a.words.filter((w) => [...w].length >= min);
      if (long.length) return { a, word: pick(rnd, long) };
    }
  };
  for (let i = 0; i < n; i++) {
    for (const [category, size] of [
      ['1 word', 1],
      ['2 words', 2],
      ['3 words', 3],
    ] as const) {
      const a = article();
      out.push({ category, words: window(rnd, a.words, size), source: a.id });
    }
    {
      const { a, word } = longWord(5);
      out.push({
        category: 'prefix',
        words: [word.slice(0, Math.max(3, Math.ceil(word.length / 2)))],
        source: a.id,
      });
    }
    {
      const { a, word } = longWord(8);
      out.push({ category: 'typo', words: [typo(rnd, word)], source: a.id });
    }
    // The same two words, from two places of one article, as AND and as OR.
    const a = article();
    const words = [pick(rnd, a.words), pick(rnd, a.words)];
    out.push({ category: 'AND', words, source: a.id }, { category: 'OR', words, source: a.id });
  }
  return out;
}

export function runQuery(engine: Engine, q: Query): string[] {
  switch (q.category) {
    case 'prefix':
      return engine.prefix(q.words[0]!);
    case 'typo':
      return engine.fuzzy(q.words[0]!);
    case 'OR':
      return engine.words(q.words, 'or');
    default:
      return engine.words(q.words, 'and');
  }
}
