// `npm run bench:entities`: people, organisations and places recognised by each NLP library
// (compromise, wink-nlp with its English model), through the same name joining, kind cues and
// merging, scored against hand-labelled articles (scripts/bench/entities-gold.json), and the time
// each takes per article on every English page of the development set. Both run in this process,
// one after the other, each warmed up first.
//   --dev ../shared/bench/extraction/dev   --rounds 3
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { mergeEntities, foldName } from '../../electron/notebook/analysis/entity-merge';
import { compromiseWords } from './entities-compromise';
import {
  lexiconNameHint,
  winkLexiconWords,
  winkWords,
} from '../../electron/notebook/analysis/entity-readers';
import { candidatesIn, type Word } from '../../electron/notebook/analysis/entity-spans';
import type { EntityKind } from '../../shared/entities';

const { values } = parseArgs({
  options: {
    dev: {
      type: 'string',
      default: resolve(import.meta.dirname, '../../../shared/bench/extraction/dev'),
    },
    rounds: { type: 'string', default: '3' },
    verbose: { type: 'boolean', default: false },
  },
});

interface GoldEntity {
  name: string;
  kind: EntityKind;
  aliases: string[];
}
interface GoldArticle {
  source: string;
  entities: GoldEntity[];
}

const gold = JSON.parse(
  readFileSync(resolve(import.meta.dirname, 'entities-gold.json'), 'utf8'),
) as { articles: GoldArticle[] };
const truth = JSON.parse(readFileSync(resolve(values.dev, 'ground-truth.json'), 'utf8')) as Record<
  string,
  { articleBody?: string }
>;
const seed = readFileSync(
  resolve(import.meta.dirname, '../../seeds/000_dade10a0ca7a5765.txt'),
  'utf8',
);
const textOf = (source: string) => (source === 'seed' ? seed : (truth[source]?.articleBody ?? ''));

interface Reader {
  read: (text: string) => Word[];
  nameHint?: (name: string) => Word['hint'];
}
const READERS: Record<string, Reader> = {
  compromise: { read: compromiseWords },
  'wink-nlp': { read: winkWords },
  'wink-nlp + lexicon': { read: winkLexiconWords, nameHint: lexiconNameHint },
};

const paragraphStarts = (text: string) => {
  const starts = [0];
  for (const m of text.matchAll(/\n\s*\n/gu)) starts.push(m.index + m[0].length);
  return starts;
};

function entitiesOf(text: string, { read, nameHint }: Reader) {
  const candidates = candidatesIn(text, read(text), paragraphStarts(text), nameHint);
  return mergeEntities([{ articleId: 'a', candidates }]);
}

interface Score {
  tp: number;
  fp: number;
  fn: number;
  typedTp: number;
  merged: number;
  split: number;
}

function score(article: GoldArticle, reader: Reader, verbose: boolean): Score {
  const found = entitiesOf(textOf(article.source), reader);
  const goldKey = new Map<string, number>();
  article.entities.forEach((e, i) => {
    for (const name of [e.name, ...e.aliases]) goldKey.set(foldName(name), i);
  });
  const matched = new Map<number, number>();
  const s: Score = { tp: 0, fp: 0, fn: 0, typedTp: 0, merged: 0, split: 0 };
  for (const entity of found) {
    const hits = new Set(
      [entity.name, ...entity.aliases]
        .map((n) => goldKey.get(foldName(n)))
        .filter((i): i is number => i !== undefined),
    );
    if (hits.size === 0) {
      s.fp += 1;
      if (verbose) console.log(`    not in the gold: ${entity.name} (${entity.kind})`);
      continue;
    }
    if (hits.size > 1) s.merged += hits.size - 1;
    const [first] = hits;
    if (matched.has(first!)) {
      // Found again under another spelling: a merge missed.
      s.split += 1;
      s.fp += 1;
      if (verbose) console.log(`    split: ${entity.name}`);
      continue;
    }
    matched.set(first!, 1);
    s.tp += 1;
    if (article.entities[first!]!.kind === entity.kind) s.typedTp += 1;
    else if (verbose)
      console.log(
        `    kind: ${entity.name} ${entity.kind} (gold ${article.entities[first!]!.kind})`,
      );
  }
  s.fn = article.entities.length - matched.size;
  if (verbose)
    article.entities.forEach((e, i) => {
      if (!matched.has(i)) console.log(`    missed: ${e.name} (${e.kind})`);
    });
  return s;
}

const f1 = (tp: number, fp: number, fn: number) => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));

const englishPages = Object.values(truth)
  .map((t) => t.articleBody ?? '')
  .filter((t) => t.length > 200 && /\b(the|and|of)\b/u.test(t.slice(0, 2000)));
const chars = englishPages.reduce((n, t) => n + t.length, 0);

console.log(
  `Entity recognition: ${gold.articles.length} hand-labelled articles ` +
    `(${gold.articles.reduce((n, a) => n + a.entities.length, 0)} entities); speed over ` +
    `${englishPages.length} development pages (${(chars / 1000).toFixed(0)} k characters)\n`,
);
const rows: string[][] = [];
for (const [name, reader] of Object.entries(READERS)) {
  const { read, nameHint } = reader;
  if (values.verbose) console.log(name);
  const total: Score = { tp: 0, fp: 0, fn: 0, typedTp: 0, merged: 0, split: 0 };
  for (const article of gold.articles) {
    if (values.verbose) console.log(`  ${article.source}`);
    const s = score(article, reader, values.verbose);
    for (const k of Object.keys(total) as Array<keyof Score>) total[k] += s[k];
  }
  for (const text of englishPages.slice(0, 3)) read(text);
  let best = Infinity;
  for (let r = 0; r < Number(values.rounds); r += 1) {
    const t0 = performance.now();
    for (const text of englishPages) candidatesIn(text, read(text), [0], nameHint);
    best = Math.min(best, performance.now() - t0);
  }
  rows.push([
    name,
    f1(total.tp, total.fp, total.fn).toFixed(3),
    f1(
      total.typedTp,
      total.fp + total.tp - total.typedTp,
      total.fn + total.tp - total.typedTp,
    ).toFixed(3),
    (total.tp / (total.tp + total.fp)).toFixed(3),
    (total.tp / (total.tp + total.fn)).toFixed(3),
    String(total.split),
    String(total.merged),
    (best / englishPages.length).toFixed(1),
    ((best / chars) * 10_000).toFixed(1),
  ]);
}
const header = [
  'library',
  'F1',
  'typed F1',
  'precision',
  'recall',
  'split',
  'over-merged',
  'ms/article',
  'ms/10k chars',
];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
for (const row of [header, ...rows])
  console.log(row.map((c, i) => c.padStart(widths[i]!)).join('  '));
console.log(
  '\nF1: an entity found under any of its spellings; typed F1: found with the right kind. ' +
    'split: an entity found twice (a merge missed); over-merged: two entities joined into one.',
);
