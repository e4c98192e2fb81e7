// Search quality on the development set, through dispatch as every host calls it: the 62 pages
// imported into a fresh notebook; exact phrases of 5 to 8 words must find their article first,
// and three words with a typo in a long one must find it among the first five articles.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Output } from '../../shared/contract';
import { openNotebook } from '../../electron/notebook/notebook';
import { terms } from '../../electron/notebook/search/tokenize';
import { random } from './generate-library';
import { call } from './notebook-call';
import { pick, readDevSet, timing, typo, type Random, type Timing } from './search-sampling';

export const PHRASES_PER_ARTICLE = 5;
export const TYPOS_PER_ARTICLE = 5;

export interface QualityFailure {
  article: string;
  query: string;
  /** Titles of the first hits' articles (up to five). */
  got: string[];
  /** Other articles holding the same words: in a row for a phrase, anywhere for a typo. */
  alsoIn?: number;
  error?: string;
}

export interface QualityResult {
  articles: number;
  importMs: number;
  phrases: { total: number; first: number; unique: number; uniqueFirst: number; timing: Timing };
  typos: { total: number; top5: number; timing: Timing };
  phraseFailures: QualityFailure[];
  typoFailures: QualityFailure[];
  skipped: string[];
}

/** Quote characters end a phrase in the query language, so a window drops them. */
const QUOTES = /["“”„]/g;

function phraseWindow(rnd: Random, text: string): string | null {
  const lines = text
    .split('\n')
    .map((line) =>
      line
        .replace(QUOTES, ' ')
        .split(/\s+/)
        .filter((w) => /[\p{L}\p{N}]/u.test(w)),
    )
    .filter((words) => words.length >= 5);
  if (lines.length === 0) return null;
  const words = pick(rnd, lines);
  const n = Math.min(words.length, 5 + Math.floor(rnd() * 4));
  const at = Math.floor(rnd() * (words.length - n + 1));
  return words.slice(at, at + n).join(' ');
}

function containsRun(words: readonly string[], run: readonly string[]): boolean {
  outer: for (let i = 0; i + run.length <= words.length; i++) {
    for (let j = 0; j < run.length; j++) if (words[i + j] !== run[j]) continue outer;
    return true;
  }
  return false;
}

export async function measureQuality(): Promise<QualityResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'dossier-search-quality-'));
  const nb = await openNotebook({ dataDir });
  try {
    const pages = readDevSet();
    let started = performance.now();
    const ids: string[] = [];
    for (const page of pages) {
      const article = await call(nb, 'articles.importText', {
        text: page.text,
        fileName: page.fileName,
      });
      ids.push(article.id);
    }
    const importMs = performance.now() - started;
    await nb.search.ready();
    const articles = await Promise.all(ids.map((id) => call(nb, 'articles.get', { id })));
    const titleOf = new Map(articles.map((a) => [a.id, a.title]));
    const wordsOf = new Map(articles.map((a) => [a.id, terms(a.text)]));
    const wordSets = new Map([...wordsOf].map(([id, words]) => [id, new Set(words)]));
    const rnd = random(62);
    const search = async (query: string) => {
      started = performance.now();
      const result = await call(nb, 'search.query', { query, limit: 20 });
      return { result, ms: performance.now() - started };
    };
    const distinctArticles = (hits: Output<'search.query'>['hits']) => [
      ...new Set(hits.flatMap((h) => (h.articleId ? [h.articleId] : []))),
    ];

    const out: QualityResult = {
      articles: articles.length,
      importMs,
      phrases: { total: 0, first: 0, unique: 0, uniqueFirst: 0, timing: timing([]) },
      typos: { total: 0, top5: 0, timing: timing([]) },
      phraseFailures: [],
      typoFailures: [],
      skipped: [],
    };
    const phraseTimes: number[] = [];
    const typoTimes: number[] = [];
    for (const a of articles) {
      const words = wordsOf.get(a.id)!;
      for (let n = 0; n < PHRASES_PER_ARTICLE; n++) {
        const phrase = phraseWindow(rnd, a.text);
        if (!phrase) {
          out.skipped.push(`${a.title}: no line of five words for a phrase`);
          break;
        }
        const query = `"${phrase}"`;
        const run = terms(phrase);
        const alsoIn = articles.filter(
          (o) => o.id !== a.id && containsRun(wordsOf.get(o.id)!, run),
        ).length;
        out.phrases.total++;
        if (alsoIn === 0) out.phrases.unique++;
        try {
          const { result, ms } = await search(query);
          phraseTimes.push(ms);
          const got = distinctArticles(result.hits);
          if (got[0] === a.id) {
            out.phrases.first++;
            if (alsoIn === 0) out.phrases.uniqueFirst++;
          } else {
            const titles = got.slice(0, 5).map((id) => titleOf.get(id) ?? id);
            out.phraseFailures.push({ article: a.title, query, got: titles, alsoIn });
          }
        } catch (error) {
          out.phraseFailures.push({
            article: a.title,
            query,
            got: [],
            alsoIn,
            error: String(error),
          });
        }
      }
      // Long words with a word on each side, so the query is the typed word in its context.
      const long = words
        .map((w, i) => ({ w, i }))
        .filter(({ w, i }) => i > 0 && i < words.length - 1 && /^\p{L}{8,}$/u.test(w));
      if (long.length === 0) {
        out.skipped.push(`${a.title}: no word of eight letters or more for a typo`);
        continue;
      }
      for (let n = 0; n < TYPOS_PER_ARTICLE; n++) {
        const { w, i } = pick(rnd, long);
        const query = `${words[i - 1]} ${typo(rnd, w)} ${words[i + 1]}`;
        out.typos.total++;
        try {
          const { result, ms } = await search(query);
          typoTimes.push(ms);
          const got = distinctArticles(result.hits).slice(0, 5);
          if (got.includes(a.id)) out.typos.top5++;
          else {
            const right = [words[i - 1]!, w, words[i + 1]!];
            const alsoIn = articles.filter(
              (o) => o.id !== a.id && right.every((r) => wordSets.get(o.id)!.has(r)),
            ).length;
            out.typoFailures.push({
              article: a.title,
              query: `${query} (for ${right.join(' ')})`,
              got: got.map((id) => titleOf.get(id) ?? id),
              alsoIn,
            });
          }
        } catch (error) {
          out.typoFailures.push({ article: a.title, query, got: [], error: String(error) });
        }
      }
    }
    out.phrases.timing = timing(phraseTimes);
    out.typos.timing = timing(typoTimes);
    return out;
  } finally {
    await nb.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
