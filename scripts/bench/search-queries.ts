// The queries `npm run bench:search` times: random queries of each kind in Dossier's query
// language, drawn (seeded) from the generated library's own texts, outlets, dates and codebook.
import { generateArticles, OUTLETS, random, TAGS } from './generate-library';
import { pick, typo, window, type Random } from './search-sampling';

export const QUERY_CATEGORIES = [
  '1 word',
  '2 words',
  '3 words',
  '5-word phrase',
  'prefix',
  'typo',
  'filters only',
  'words + filters',
  'OR',
  'exclusion',
] as const;
export type QueryCategory = (typeof QUERY_CATEGORIES)[number];

/** The 20 ms target covers one to three words, phrases and filters. */
export const TARGETED: ReadonlySet<QueryCategory> = new Set([
  '1 word',
  '2 words',
  '3 words',
  '5-word phrase',
  'filters only',
  'words + filters',
]);

export interface BenchQuery {
  category: QueryCategory;
  query: string;
}

const COLOURS = ['yellow', 'green', 'blue', 'pink', 'purple', 'orange'];
const KINDS = ['quote', 'article', 'note'];

/** Words as a reader would type them: the text's own runs of letters and digits, as written. */
const wordsOf = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? [];

function filter(rnd: Random, months: readonly string[]): string {
  switch (Math.floor(rnd() * 5)) {
    case 0:
      return `colour:${pick(rnd, COLOURS)}`;
    case 1:
      return `tag:"${pick(rnd, TAGS).name.split('/').at(-1)!}"`;
    case 2:
      return `outlet:"${pick(rnd, OUTLETS)}"`;
    case 3:
      return `date:${pick(rnd, months)}`;
    default:
      return `kind:${pick(rnd, KINDS)}`;
  }
}

/** `perCategory` queries of each category, from `sample` articles of the varied library. */
export function benchQueries(articles: number, perCategory: number, sample = 500): BenchQuery[] {
  const rnd = random(424242);
  const texts: Array<{ words: string[]; paragraphs: string[][] }> = [];
  const months = new Set<string>();
  const every = Math.max(1, Math.floor(articles / sample));
  let i = 0;
  for (const file of generateArticles(articles, { varied: true })) {
    if (file.article.publishedAt) months.add(file.article.publishedAt.slice(0, 7));
    if (i++ % every !== 0) continue;
    texts.push({
      words: wordsOf(file.article.text),
      paragraphs: file.article.text.split('\n\n').map((p) => p.split(/\s+/).filter(Boolean)),
    });
  }
  const monthList = [...months].sort();
  const article = () => pick(rnd, texts);
  const longWord = (min: number) => {
    for (;;) {
      const words = article().words.filter((w) => [...w].length >= min);
      if (words.length) return pick(rnd, words).toLowerCase();
    }
  };
  const out: BenchQuery[] = [];
  const add = (category: QueryCategory, make: () => string) => {
    for (let n = 0; n < perCategory; n++) out.push({ category, query: make() });
  };
  add('1 word', () => window(rnd, article().words, 1).join(' '));
  add('2 words', () => window(rnd, article().words, 2).join(' '));
  add('3 words', () => window(rnd, article().words, 3).join(' '));
  add('5-word phrase', () => `"${window(rnd, pick(rnd, article().paragraphs), 5).join(' ')}"`);
  add('prefix', () => {
    const w = longWord(5);
    return `${w.slice(0, Math.max(3, Math.ceil(w.length / 2)))}*`;
  });
  add('typo', () => typo(rnd, longWord(8)));
  add('filters only', () =>
    Array.from({ length: 1 + Math.floor(rnd() * 2) }, () => filter(rnd, monthList)).join(' '),
  );
  add('words + filters', () => {
    const words = window(rnd, article().words, 1 + Math.floor(rnd() * 2)).join(' ');
    return `${words} ${filter(rnd, monthList)}`;
  });
  add('OR', () => `${pick(rnd, article().words)} OR ${pick(rnd, article().words)}`);
  add('exclusion', () => {
    const words = article().words;
    const keep = pick(rnd, words);
    let drop = pick(rnd, words);
    for (let n = 0; drop.toLowerCase() === keep.toLowerCase() && n < 20; n++)
      drop = pick(rnd, words);
    return `${keep} -${drop}`;
  });
  return out;
}
