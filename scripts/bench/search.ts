// `npm run bench:search`: full-text search on the generated 10,000-article library (build from
// scratch, save, load, memory, query latency per kind of query, index updates) against the issue's
// targets, and search quality on the development set. Each step runs bundled in a fresh node
// process (--expose-gc), so neither tsx nor another step's heap is in the figures.
//   --articles 10000   --queries 200 (per category)   --updates 200   --keep
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { measureQuality, type QualityResult } from './search-quality';
import { benchQueries, QUERY_CATEGORIES, TARGETED, type BenchQuery } from './search-queries';
import { mb, ms } from './search-sampling';
import {
  buildStep,
  indexDiskBytes,
  loadStep,
  prepareStep,
  type BuildStep,
  type LoadStep,
} from './search-steps';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    queries: { type: 'string', default: '200' },
    updates: { type: 'string', default: '200' },
    child: { type: 'string' },
    data: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const ARTICLES = Number(values.articles);
const UPDATES = Number(values.updates);

const TARGET = { queryP95Ms: 20, updateP95Ms: 5, buildMs: 10_000 };

if (values.child) {
  const dataDir = values.data!;
  const options = { articles: ARTICLES, updates: UPDATES };
  const read = <T>(name: string) =>
    JSON.parse(readFileSync(join(dataDir, '..', name), 'utf8')) as T;
  const result =
    values.child === 'prepare'
      ? await prepareStep(dataDir, options)
      : values.child === 'build'
        ? await buildStep(dataDir, read<BenchQuery[]>('queries.json'), options)
        : values.child === 'load'
          ? await loadStep(dataDir, read<BuildStep['totals']>('totals.json'), options)
          : await measureQuality();
  process.stdout.write(`${JSON.stringify(result)}\n`);
  process.exit(0);
}

// ---- the run ----

const outDir = resolve(import.meta.dirname, '../../bench-results/search');
mkdirSync(outDir, { recursive: true });
const bundled = resolve(outDir, 'search.mjs');
const bundle = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
} as const;
await build({
  ...bundle,
  entryPoints: [resolve(import.meta.dirname, 'search.ts')],
  outfile: bundled,
});
// Imports parse in a worker thread, which the bundled notebook looks for beside itself.
await build({
  ...bundle,
  entryPoints: [resolve(import.meta.dirname, '../../electron/notebook/import/worker.ts')],
  outfile: resolve(outDir, 'import-worker.js'),
});

const child = <T>(step: string, dataDir: string): T => {
  const out = execFileSync(
    process.execPath,
    [
      '--expose-gc',
      bundled,
      '--child',
      step,
      '--data',
      dataDir,
      '--articles',
      String(ARTICLES),
      '--updates',
      String(UPDATES),
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 26 },
  );
  return JSON.parse(out.trim().split('\n').pop()!) as T;
};

const loadAtStart = loadavg()[0]!;
const work = mkdtempSync(join(tmpdir(), 'dossier-search-bench-'));
const dataDir = join(work, 'notebook');
let prepared: { generateMs: number; migrateMs: number };
let built: BuildStep;
let loaded: LoadStep;
let quality: QualityResult;
try {
  console.error(`generating ${ARTICLES.toLocaleString('en')} articles ...`);
  prepared = child('prepare', dataDir);
  const queries = benchQueries(ARTICLES, Number(values.queries));
  writeFileSync(join(work, 'queries.json'), JSON.stringify(queries));
  if (indexDiskBytes(dataDir) !== null)
    throw new Error('the prepared notebook already has a search index');
  console.error('building the index from scratch, querying, updating ...');
  built = child('build', dataDir);
  writeFileSync(join(work, 'totals.json'), JSON.stringify(built.totals));
  console.error('loading the saved index ...');
  loaded = child('load', dataDir);
  console.error('search quality on the development set ...');
  quality = child('quality', dataDir);
} finally {
  if (!values.keep) rmSync(work, { recursive: true, force: true });
  else console.error(`kept ${work}`);
}

// ---- the table ----

const loadAtEnd = loadavg()[0]!;
const machine = `${cpus().length} cores, load average ${loadAtStart.toFixed(1)} at the start and ${loadAtEnd.toFixed(1)} at the end`;

const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
const rows: string[][] = [];
const row = (name: string, figure: string, target = '', pass?: boolean) =>
  rows.push([name, figure, target, pass === undefined ? '' : verdict(pass)]);
row(
  'build from scratch (open + ready, no index file)',
  `${ms(built.openMs + built.readyMs)} ms (open ${ms(built.openMs)}, index ${ms(built.stats.buildMs ?? built.readyMs)})`,
  '<= 10 s',
  built.openMs + built.readyMs <= TARGET.buildMs,
);
row('close (saves the index)', `${ms(built.closeMs)} ms`);
row(
  'reopen + ready (loads the index)',
  `${ms(loaded.openMs + loaded.readyMs)} ms (load ${ms(loaded.stats.loadMs ?? loaded.readyMs)})`,
);
row('rebuild, warm process', `${ms(loaded.rebuildMs)} ms`);
row('index on disk', `${mb(built.fileBytes)} MB`, 'stated');
row('index in memory (heap, built)', `${mb(built.indexHeapBytes)} MB`, 'stated');
row('index in memory (heap, loaded)', `${mb(loaded.indexHeapBytes)} MB`, 'stated');
row('documents indexed', String(built.stats.documents));
for (const category of QUERY_CATEGORIES) {
  const q = built.queries[category]!;
  const errors = q.errors.length ? `, ${q.errors.length} errors` : '';
  const targeted = TARGETED.has(category);
  row(
    `query p50 / p95: ${category}`,
    `${ms(q.wall.p50)} / ${ms(q.wall.p95)} ms (~${Math.round(q.meanTotal)} hits${errors})`,
    targeted ? 'p95 <= 20 ms' : '',
    targeted ? q.wall.p95 <= TARGET.queryP95Ms && q.errors.length === 0 : undefined,
  );
}
const hu = built.highlightUpdate;
row(
  'index update, highlight note p50 / p95',
  `${ms(hu.index.p50)} / ${ms(hu.index.p95)} ms (dispatch ${ms(hu.dispatch.p50)} / ${ms(hu.dispatch.p95)}; ${hu.missing} not found)`,
  'p95 <= 5 ms',
  hu.index.p95 <= TARGET.updateP95Ms && hu.missing === 0,
);
const nu = built.noteUpdate;
row(
  'index update, notebook note p50 / p95',
  `${ms(nu.index.p50)} / ${ms(nu.index.p95)} ms (dispatch ${ms(nu.dispatch.p50)} / ${ms(nu.dispatch.p95)})`,
  'p95 <= 5 ms',
  nu.index.p95 <= TARGET.updateP95Ms,
);
row(
  'loaded index answers as the built one',
  loaded.mismatches.length ? `${loaded.mismatches.length} differ` : 'yes',
  'same',
  loaded.mismatches.length === 0,
);
const pct = (n: number, of: number) => `${((100 * n) / Math.max(1, of)).toFixed(1)}% (${n}/${of})`;
row(
  'dev set: exact phrase finds its article first',
  pct(quality.phrases.first, quality.phrases.total),
  '100%',
  quality.phrases.first === quality.phrases.total,
);
row(
  '  ... phrases found in no other article',
  pct(quality.phrases.uniqueFirst, quality.phrases.unique),
  '100%',
  quality.phrases.uniqueFirst === quality.phrases.unique,
);
row(
  'dev set: one typo in a long word, article in top 5',
  pct(quality.typos.top5, quality.typos.total),
  '100%',
  quality.typos.top5 === quality.typos.total,
);
row(
  'dev set: query p50 / p95 (phrase, typo)',
  `${ms(quality.phrases.timing.p50)} / ${ms(quality.phrases.timing.p95)} ms, ${ms(quality.typos.timing.p50)} / ${ms(quality.typos.timing.p95)} ms`,
);

const header = ['', 'figure', 'target', 'verdict'];
const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
console.log(
  `Search on ${ARTICLES.toLocaleString('en')} generated articles (${built.stats.documents.toLocaleString('en')} documents), ${values.queries} queries per kind`,
);
console.log(line(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));
console.log(`Machine: ${machine} (other work on it slows every figure).`);
console.log(
  `\nGenerating took ${ms(prepared.generateMs)} ms, the one-off migration at first open ${ms(prepared.migrateMs)} ms; peak RSS ${ms(built.peakRssMb)} MB building, ${ms(loaded.peakRssMb)} MB loading.`,
);
const listed = (title: string, items: string[]) => {
  if (!items.length) return;
  console.log(`\n${title} (${items.length}):`);
  for (const item of items.slice(0, 40)) console.log(`  - ${item}`);
  if (items.length > 40) console.log(`  ... and ${items.length - 40} more in result.json`);
};
listed(
  'Query errors',
  QUERY_CATEGORIES.flatMap((c) => built.queries[c]!.errors),
);
listed('Loaded index differences', loaded.mismatches);
listed(
  'Phrase failures',
  quality.phraseFailures.map(
    (f) =>
      `${f.query} in "${f.article}" -> ${f.error ?? (f.got.length ? f.got.map((t) => `"${t}"`).join(', ') : 'no hits')}${f.alsoIn ? ` (the words also occur in ${f.alsoIn} other article${f.alsoIn === 1 ? '' : 's'})` : ''}`,
  ),
);
listed(
  'Typo failures',
  quality.typoFailures.map(
    (f) =>
      `${f.query} in "${f.article}" -> ${f.error ?? (f.got.length ? f.got.map((t) => `"${t}"`).join(', ') : 'no hits')}` +
      (f.alsoIn
        ? ` (${f.alsoIn} other article${f.alsoIn === 1 ? '' : 's'} hold the three right words)`
        : ''),
  ),
);
listed('Skipped', quality.skipped);

writeFileSync(
  resolve(outDir, 'result.json'),
  `${JSON.stringify({ measuredAt: new Date().toISOString(), articles: ARTICLES, queriesPerCategory: Number(values.queries), updates: UPDATES, machine, targets: TARGET, prepared, built, loaded, quality }, null, 2)}\n`,
);
console.error(`\nwritten ${resolve(outDir, 'result.json')}`);
