// The steps of `npm run bench:search` on the generated library, each run in its own process:
// generate and migrate it, build the index from scratch and measure it, then load it back.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Output } from '../../shared/contract';
import { openNotebook, type Notebook } from '../../electron/notebook/notebook';
import { generate, random } from './generate-library';
import { call } from './notebook-call';
import { QUERY_CATEGORIES, type BenchQuery, type QueryCategory } from './search-queries';
import { heapAfterGc, pick, timing, type Timing } from './search-sampling';

export interface StepOptions {
  articles: number;
  /** Note changes timed, of highlights and of a notebook note each. */
  updates: number;
}

/** The index's files: search-index.json, or the search/ folder beside the data. */
export function indexDiskBytes(dataDir: string): number | null {
  const file = join(dataDir, 'search-index.json');
  const dir = join(dataDir, 'search');
  let bytes = existsSync(file) ? statSync(file).size : 0;
  if (existsSync(dir)) for (const name of readdirSync(dir)) bytes += statSync(join(dir, name)).size;
  return existsSync(file) || existsSync(dir) ? bytes : null;
}

const highlightId = (article: number, h: number) =>
  `h${String(article).padStart(7, '0')}-${String(h).padStart(4, '0')}-4000-8000-000000000000`;

interface CategoryTiming {
  wall: Timing;
  tookMs: Timing;
  meanTotal: number;
  errors: string[];
}

export interface BuildStep {
  openMs: number;
  readyMs: number;
  stats: ReturnType<Notebook['search']['stats']>;
  indexHeapBytes: number | null;
  queries: Record<string, CategoryTiming>;
  /** Totals of the first queries of each category, to compare with the loaded index. */
  totals: Array<{ query: string; total: number }>;
  highlightUpdate: { index: Timing; dispatch: Timing; missing: number };
  noteUpdate: { index: Timing; dispatch: Timing };
  closeMs: number;
  fileBytes: number | null;
  peakRssMb: number;
}

async function queryAll(nb: Notebook, queries: BenchQuery[]) {
  for (const q of queries.filter((_, i) => i % 10 === 0))
    await call(nb, 'search.query', { query: q.query });
  const by = new Map<
    QueryCategory,
    { wall: number[]; took: number[]; totals: number[]; errors: string[] }
  >();
  for (const q of queries) {
    const c = by.get(q.category) ?? { wall: [], took: [], totals: [], errors: [] };
    by.set(q.category, c);
    const started = performance.now();
    try {
      const r: Output<'search.query'> = await call(nb, 'search.query', {
        query: q.query,
        limit: 20,
      });
      c.wall.push(performance.now() - started);
      c.took.push(r.tookMs);
      c.totals.push(r.total);
    } catch (error) {
      c.errors.push(`${q.query}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const out: Record<string, CategoryTiming> = {};
  for (const [category, c] of by) {
    out[category] = {
      wall: timing(c.wall),
      tookMs: timing(c.took),
      meanTotal: c.totals.reduce((a, b) => a + b, 0) / Math.max(1, c.totals.length),
      errors: c.errors,
    };
  }
  return out;
}

/** Opens the notebook and readies its index, timing each and the index's heap. */
async function openReady(dataDir: string) {
  let started = performance.now();
  const nb = await openNotebook({ dataDir });
  const openMs = performance.now() - started;
  const before = heapAfterGc();
  started = performance.now();
  await nb.search.ready();
  const readyMs = performance.now() - started;
  const after = heapAfterGc();
  const indexHeapBytes = before !== null && after !== null ? after - before : null;
  return { nb, openMs, readyMs, indexHeapBytes, stats: nb.search.stats() };
}

export async function buildStep(
  dataDir: string,
  queries: BenchQuery[],
  { articles, updates }: StepOptions,
): Promise<BuildStep> {
  const { nb, openMs, readyMs, indexHeapBytes, stats } = await openReady(dataDir);
  let started: number;

  const measured = await queryAll(nb, queries);
  // Note changes on random highlights, each with a word no other document has, found at once.
  const rnd = random(99);
  const hIndex: number[] = [];
  const hDispatch: number[] = [];
  let missing = 0;
  for (let i = 0; i < updates; i++) {
    const id = highlightId(Math.floor(rnd() * articles), Math.floor(rnd() * 10));
    started = performance.now();
    await call(nb, 'highlights.update', { id, note: `Checked with marker${i} at Torkham` });
    hDispatch.push(performance.now() - started);
    hIndex.push(nb.search.stats().lastUpdateMs ?? Number.NaN);
    const found = await call(nb, 'search.query', { query: `marker${i}` });
    if (found.hits[0]?.highlightId !== id) missing++;
  }
  const nIndex: number[] = [];
  const nDispatch: number[] = [];
  for (let i = 0; i < updates; i++) {
    started = performance.now();
    await call(nb, 'notes.update', {
      id: 'n1',
      body: `Working note, revision ${i}: ${pick(rnd, ['talks', 'truce', 'border'])}.`,
    });
    nDispatch.push(performance.now() - started);
    nIndex.push(nb.search.stats().lastUpdateMs ?? Number.NaN);
  }

  // After the changes, so the saved index (with them) must answer the same.
  const totals: BuildStep['totals'] = [];
  for (const category of QUERY_CATEGORIES) {
    for (const q of queries.filter((x) => x.category === category).slice(0, 5)) {
      totals.push({
        query: q.query,
        total: (await call(nb, 'search.query', { query: q.query })).total,
      });
    }
  }

  started = performance.now();
  await nb.close();
  const closeMs = performance.now() - started;
  return {
    openMs,
    readyMs,
    stats,
    indexHeapBytes,
    queries: measured,
    totals,
    highlightUpdate: { index: timing(hIndex), dispatch: timing(hDispatch), missing },
    noteUpdate: { index: timing(nIndex), dispatch: timing(nDispatch) },
    closeMs,
    fileBytes: indexDiskBytes(dataDir),
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

export interface LoadStep {
  openMs: number;
  readyMs: number;
  stats: ReturnType<Notebook['search']['stats']>;
  indexHeapBytes: number | null;
  /** Queries whose total differs from the built index's (plus the changed notes not found). */
  mismatches: string[];
  rebuildMs: number;
  peakRssMb: number;
}

export async function loadStep(
  dataDir: string,
  totals: BuildStep['totals'],
  { updates }: StepOptions,
): Promise<LoadStep> {
  const { nb, openMs, readyMs, indexHeapBytes, stats } = await openReady(dataDir);
  const mismatches: string[] = [];
  for (const { query, total } of totals) {
    const now = (await call(nb, 'search.query', { query })).total;
    if (now !== total) mismatches.push(`${query}: ${total} hits when built, ${now} when loaded`);
  }
  for (let i = 0; i < updates; i += 20) {
    if ((await call(nb, 'search.query', { query: `marker${i}` })).total === 0)
      mismatches.push(`marker${i}: the changed note is not in the loaded index`);
  }
  const started = performance.now();
  await nb.search.rebuild();
  const rebuildMs = performance.now() - started;
  await nb.close();
  return {
    openMs,
    readyMs,
    stats,
    indexHeapBytes,
    mismatches,
    rebuildMs,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

export async function prepareStep(
  dataDir: string,
  { articles }: StepOptions,
): Promise<{ generateMs: number; migrateMs: number }> {
  let started = performance.now();
  generate(dataDir, articles, { varied: true });
  const generateMs = performance.now() - started;
  started = performance.now();
  await (await openNotebook({ dataDir })).close();
  return { generateMs, migrateMs: performance.now() - started };
}
