// The generated library the benchmarks measure: N articles of eight paragraphs and ten highlights
// each, in the storage format before the journal (schema 1), seeded so every run sees the same words.
// `varied` adds what search filters need (outlets, bylines, dates, colours, tags, article notes)
// from a separate seed, so the texts stay exactly those of the storage benchmark.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The vocabulary of the generated texts (hyphenated names split into more words when indexed). */
export const WORDS = (
  'Pakistani authorities declined an offer from the outlawed Tehreek-e-Taliban Pakistan to resume ' +
  'talks citing previous negative experience with dialogue media reports said the government ' +
  'rejected the offer and urged the militants to surrender according to sources Express Tribune ' +
  'reported ceasefire truce November army chief attacks police security personnel installations ' +
  'southern districts Khyber-Pakhtunkhwa senior official Afghanistan interior minister Sirajuddin ' +
  'Haqqani mediator guarantor discussions Kabul border crossing Torkham Chaman trade refugees'
).split(' ');

/** A seeded linear congruential generator: the same seed gives the same sequence in [0, 1). */
export function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** The codebook of a varied library. */
export const TAGS = [
  'Actors/TTP',
  'Actors/Afghan Taliban',
  'Actors/Government',
  'Actors/Army',
  'Places/Torkham',
  'Places/Chaman',
  'Places/Kabul',
  'Events/Ceasefire',
  'Events/Talks',
  'Events/Attack',
  'Assessment/Doubt',
  'Assessment/Key claim',
].map((name, i) => ({
  id: `t${String(i).padStart(7, '0')}-0000-4000-8000-000000000000`,
  name,
  color: '#2f6f9f',
}));

export const OUTLETS = [
  'The Express Tribune',
  'Dawn',
  'The News International',
  'Geo News',
  'TOLOnews',
  'Pajhwok Afghan News',
];
const BYLINES = ['Tahir Khan', 'Shahid Hussain', 'Asad Hashim', 'Zia Ur Rehman', 'Staff Reporter'];
const COLORS = ['yellow', 'green', 'blue', 'pink', 'purple', 'orange'] as const;

export interface GeneratedHighlight {
  id: string;
  articleId: string;
  quote: { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string };
  position: { type: 'TextPositionSelector'; start: number; end: number };
  color: (typeof COLORS)[number];
  note: string;
  tagIds: string[];
  createdAt: string;
  updatedAt: string;
}

export interface GeneratedArticle {
  id: string;
  title: string;
  source: string;
  kind: 'text';
  fileName: string;
  sha256: string;
  capturedAt: string;
  byline?: string;
  publishedAt?: string;
}

/** One article file as written to articles/<id>.json. */
export interface GeneratedArticleFile {
  schemaVersion: 1;
  article: GeneratedArticle & {
    text: string;
    blocks: Array<{ kind: 'paragraph'; start: number; end: number }>;
  };
  highlights: GeneratedHighlight[];
  note: { body: string };
}

const NOW = new Date('2024-06-25T10:00:00.000Z').toISOString();

export interface GenerateOptions {
  varied?: boolean;
}

/** The articles one at a time, in memory (the seed is the count, as the written library uses). */
export function* generateArticles(
  count: number,
  { varied = false }: GenerateOptions = {},
): Generator<GeneratedArticleFile> {
  const rnd = random(count);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const vary = random(count + 7919);
  const choose = <T>(xs: readonly T[]) => xs[Math.floor(vary() * xs.length)]!;
  for (let i = 0; i < count; i++) {
    const id = `a${String(i).padStart(7, '0')}-0000-4000-8000-000000000000`;
    const paragraphs = Array.from(
      { length: 8 },
      () => Array.from({ length: 40 + Math.floor(rnd() * 40) }, () => pick(WORDS)).join(' ') + '.',
    );
    const title = `Report ${i}: ${paragraphs[0]!.slice(0, 60)}`;
    let text = '';
    const blocks: Array<{ kind: 'paragraph'; start: number; end: number }> = [];
    for (const p of paragraphs) {
      if (text) text += '\n\n';
      blocks.push({ kind: 'paragraph', start: text.length, end: text.length + p.length });
      text += p;
    }
    const sha256 = id
      .replace(/-/g, '')
      .padEnd(64, '0')
      .slice(0, 64)
      .replace(/[^0-9a-f]/g, 'a');
    const highlights = Array.from({ length: 10 }, (_, h): GeneratedHighlight => {
      const block = blocks[h % blocks.length]!;
      const start = block.start + 10;
      const end = start + 30;
      const hid = `h${String(i).padStart(7, '0')}-${String(h).padStart(4, '0')}-4000-8000-000000000000`;
      return {
        id: hid,
        articleId: id,
        quote: {
          type: 'TextQuoteSelector',
          exact: text.slice(start, end),
          prefix: text.slice(start - 10, start),
          suffix: text.slice(end, end + 32),
        },
        position: { type: 'TextPositionSelector', start, end },
        color: varied ? choose(COLORS) : 'yellow',
        note: `Note ${h} on ${title.slice(0, 20)}`,
        tagIds: varied
          ? [...new Set(Array.from({ length: Math.floor(vary() * 3) }, () => choose(TAGS).id))]
          : [],
        createdAt: NOW,
        updatedAt: NOW,
      };
    });
    const article: GeneratedArticle = {
      id,
      title,
      source: 'The Express Tribune',
      kind: 'text',
      fileName: `${id}.txt`,
      sha256,
      capturedAt: NOW,
    };
    let note = '';
    if (varied) {
      article.source = choose(OUTLETS);
      article.byline = choose(BYLINES);
      const day = new Date(Date.UTC(2023, 0, 1) + Math.floor(vary() * 730) * 86400000);
      article.publishedAt = day.toISOString().slice(0, 10);
      if (i % 5 === 0) note = Array.from({ length: 12 }, () => choose(WORDS)).join(' ') + '.';
    }
    yield {
      schemaVersion: 1,
      article: { ...article, text, blocks },
      highlights,
      note: { body: note },
    };
  }
}

/** Writes the library (article files and library.json) to dataDir, as Dossier 1 left it. */
export function generate(dataDir: string, count: number, options: GenerateOptions = {}): void {
  mkdirSync(join(dataDir, 'articles'), { recursive: true });
  mkdirSync(join(dataDir, 'originals'), { recursive: true });
  const summaries: unknown[] = [];
  const highlightArticles: Record<string, string> = {};
  for (const file of generateArticles(count, options)) {
    const { text: _text, blocks: _blocks, ...article } = file.article;
    const tagCounts: Record<string, number> = {};
    for (const h of file.highlights) {
      highlightArticles[h.id] = article.id;
      for (const t of h.tagIds) tagCounts[t] = (tagCounts[t] ?? 0) + 1;
    }
    writeFileSync(join(dataDir, 'articles', `${article.id}.json`), JSON.stringify(file, null, 2));
    summaries.push({
      ...article,
      highlightCount: file.highlights.length,
      ...(Object.keys(tagCounts).length ? { tagCounts } : {}),
    });
  }
  const library = {
    schemaVersion: 1,
    articles: summaries,
    highlightArticles,
    tags: options.varied ? TAGS : [],
    notes: [
      {
        id: 'n1',
        title: 'Assessment',
        body: 'Working note.',
        createdAt: NOW,
        updatedAt: NOW,
      },
    ],
    settings: { seeded: true },
  };
  writeFileSync(join(dataDir, 'library.json'), JSON.stringify(library, null, 2));
}
