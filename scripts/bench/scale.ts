// `npm run bench:scale`: how the notebook's costs grow with its size. Generates notebooks of
// 10, 1,000 and 10,000 articles (10 highlights each) in the previous storage format, opens each
// in its own process (so peak memory is that size's alone), and times, through dispatch as every
// host calls it: highlight create/update/delete, notes.update, articles.get, opening, and
// exporting every article to Markdown and CSV. The baseline, measured in the same run, is the
// bare durable write (temp file, fsync, rename, fsync folder) of a small file on the same disk.
//   --sizes 10,1000,10000   --ops N (changes timed per operation, default 200)   --keep
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { generate, random } from './generate-library';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10,1000,10000' },
    ops: { type: 'string', default: '200' },
    child: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const ops = Number(values.ops);

// ---- one size, in its own process ----

interface SizeResult {
  articles: number;
  bareWriteMs: number;
  createMs: number;
  updateMs: number;
  deleteMs: number;
  noteMs: number;
  getMs: number;
  openMs: number;
  markdownMs: number;
  csvMs: number;
  entitiesFirstMs: number;
  entitiesAgainMs: number;
  timelineFirstMs: number;
  timelineAgainMs: number;
  entitiesNextMs: number;
  timelineNextMs: number;
  peakRssMb: number;
}

/** With DOSSIER_BENCH_PHASES set (and --expose-gc), where the memory goes, phase by phase. */
function phase(name: string): void {
  if (!process.env.DOSSIER_BENCH_PHASES) return;
  (globalThis as { gc?: () => void }).gc?.();
  const mb = (n: number) => `${(n / 1048576).toFixed(0)} MB`;
  const { heapUsed, rss } = process.memoryUsage();
  console.error(
    `  ${name}: peak ${mb(process.resourceUsage().maxRSS * 1024)}, now ${mb(rss)}, heap ${mb(heapUsed)}`,
  );
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function timeEach(n: number, work: (i: number) => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    await work(i);
    times.push(performance.now() - started);
  }
  return median(times);
}

/** Generates the notebook and opens it once, which migrates it (in its own process). */
async function prepare(
  dataDir: string,
  count: number,
): Promise<{ migrateMs: number; peakRssMb: number }> {
  const { openNotebook } = await import('../../electron/notebook/notebook');
  generate(dataDir, count);
  const started = performance.now();
  await (await openNotebook({ dataDir })).close();
  return {
    migrateMs: performance.now() - started,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

async function measure(dataDir: string, count: number): Promise<SizeResult> {
  const { openNotebook } = await import('../../electron/notebook/notebook');
  const { dispatch } = await import('../../electron/notebook/dispatch');
  const { writeFileDurably } = await import('../../electron/notebook/store/durable-file');
  {
    const started = performance.now();
    const nb = await openNotebook({ dataDir });
    const openMs = performance.now() - started;
    phase('opened');
    const call = async <T>(op: string, input: unknown): Promise<T> => {
      const result = await dispatch(nb, op, input);
      if (!result.ok) throw new Error(`${op}: ${result.error.message}`);
      return result.value as T;
    };
    const rnd = random(7);
    const articles = await call<Array<{ id: string }>>('articles.list', {});
    const anyArticle = () => articles[Math.floor(rnd() * articles.length)]!.id;

    const bare = join(dataDir, 'bare.json');
    const bareWriteMs = await timeEach(ops, (i) =>
      writeFileDurably(bare, JSON.stringify({ i, pad: 'x'.repeat(2000) })),
    );
    const created: string[] = [];
    const createMs = await timeEach(ops, async () => {
      const h = await call<{ id: string }>('highlights.create', {
        articleId: anyArticle(),
        start: 0,
        end: 20,
        color: 'green',
      });
      created.push(h.id);
    });
    const updateMs = await timeEach(ops, (i) =>
      call('highlights.update', { id: created[i]!, note: `Updated ${i}` }),
    );
    const deleteMs = await timeEach(ops, (i) => call('highlights.delete', { id: created[i]! }));
    const noteMs = await timeEach(ops, (i) =>
      call('notes.update', { id: 'n1', body: `Working note, revision ${i}.` }),
    );
    const getMs = await timeEach(ops, () => call('articles.get', { id: anyArticle() }));
    phase('changes and reads');

    // The analysis reads every text once per session, then answers from memory.
    const once = async (op: string, input: unknown) => {
      const started = performance.now();
      await call(op, input);
      return performance.now() - started;
    };
    const entitiesFirstMs = await once('entities.list', {});
    const entitiesAgainMs = await once('entities.list', {});
    const timelineFirstMs = await once('timeline.list', {});
    const timelineAgainMs = await once('timeline.list', {});
    phase('entities and timeline');

    const exportTo = async (format: string) => {
      const path = join(dataDir, `export.${format}`);
      const started = performance.now();
      await nb.exports.renderToFile({ format: format as 'markdown' }, path);
      const ms = performance.now() - started;
      if (statSync(path).size === 0) throw new Error(`the ${format} export is empty`);
      return ms;
    };
    const markdownMs = await exportTo('markdown');
    phase('Markdown export');
    const csvMs = await exportTo('csv');
    phase('CSV export');
    await nb.close();

    // The next session reads what the analysis kept on disk instead of every text.
    const next = await openNotebook({ dataDir });
    const nextCall = async (op: string) => {
      const started = performance.now();
      const result = await dispatch(next, op, {});
      if (!result.ok) throw new Error(`${op}: ${result.error.message}`);
      return performance.now() - started;
    };
    const entitiesNextMs = await nextCall('entities.list');
    const timelineNextMs = await nextCall('timeline.list');
    await next.close();
    phase('next session');
    return {
      entitiesNextMs,
      timelineNextMs,
      articles: count,
      bareWriteMs,
      createMs,
      updateMs,
      deleteMs,
      noteMs,
      getMs,
      openMs,
      markdownMs,
      csvMs,
      entitiesFirstMs,
      entitiesAgainMs,
      timelineFirstMs,
      timelineAgainMs,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
    };
  }
}

// ---- the table ----

if (values.child) {
  const [step, size, dataDir] = values.child.split(':') as [string, string, string];
  const result =
    step === 'prepare'
      ? await prepare(dataDir, Number(size))
      : await measure(dataDir, Number(size));
  process.stdout.write(`${JSON.stringify(result)}\n`);
  process.exit(0);
}

// Each size runs as plain JavaScript bundled like the app's own main-process code, so the
// memory measured is the notebook's, not that of compiling TypeScript on the fly.
const bundled = resolve(import.meta.dirname, '../../bench-results/scale/scale.mjs');
await build({
  entryPoints: [resolve(import.meta.dirname, 'scale.ts')],
  outfile: bundled,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
const child = <T>(step: string, size: number, dataDir: string): T => {
  const out = execFileSync(
    process.execPath,
    [bundled, '--child', `${step}:${size}:${dataDir}`, '--ops', String(ops)],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 26 },
  );
  return JSON.parse(out.trim().split('\n').pop()!) as T;
};
const results: SizeResult[] = [];
const migrations: Array<{ migrateMs: number; peakRssMb: number }> = [];
for (const size of values.sizes.split(',').map(Number)) {
  console.error(`measuring ${size} articles ...`);
  const dataDir = mkdtempSync(join(tmpdir(), `dossier-scale-${size}-`));
  try {
    // Generating and migrating happen in one process, the measuring in a fresh one, so the
    // peak memory is that of a notebook in use, not of building it.
    migrations.push(child('prepare', size, dataDir));
    // Each in a fresh process, as an app starts: the open time is the median of three.
    const runs = [0, 1, 2].map(() => child<SizeResult>('measure', size, dataDir));
    const byOpen = [...runs].sort((a, b) => a.openMs - b.openMs);
    results.push({ ...runs[2]!, openMs: byOpen[1]!.openMs });
  } finally {
    if (!values.keep) rmSync(dataDir, { recursive: true, force: true });
    else console.error(`  kept ${dataDir}`);
  }
}

const small = results[0]!;
const f = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(2));
const rows: Array<[string, (r: SizeResult) => number, string]> = [
  ['bare durable write p50 (baseline)', (r) => r.bareWriteMs, 'ms'],
  ['highlights.create p50', (r) => r.createMs, 'ms'],
  ['highlights.update p50', (r) => r.updateMs, 'ms'],
  ['highlights.delete p50', (r) => r.deleteMs, 'ms'],
  ['notes.update p50', (r) => r.noteMs, 'ms'],
  ['articles.get p50', (r) => r.getMs, 'ms'],
  ['open the notebook', (r) => r.openMs, 'ms'],
  ['Markdown export, every article', (r) => r.markdownMs, 'ms'],
  ['CSV export, every article', (r) => r.csvMs, 'ms'],
  ['entities.list, first in a session', (r) => r.entitiesFirstMs, 'ms'],
  ['entities.list, again', (r) => r.entitiesAgainMs, 'ms'],
  ['timeline.list, first in a session', (r) => r.timelineFirstMs, 'ms'],
  ['timeline.list, again', (r) => r.timelineAgainMs, 'ms'],
  ['entities.list, next session', (r) => r.entitiesNextMs, 'ms'],
  ['timeline.list, next session', (r) => r.timelineNextMs, 'ms'],
  ['peak RSS', (r) => r.peakRssMb, 'MB'],
];
const header = ['', ...results.map((r) => `${r.articles.toLocaleString('en')} articles`)];
const lines = [
  `| ${header.join(' | ')} |`,
  `|${header.map(() => '---').join('|')}|`,
  ...rows.map(
    ([name, get, unit]) =>
      `| ${name} | ${results.map((r) => `${f(get(r))} ${unit}`).join(' | ')} |`,
  ),
];
console.log(lines.join('\n'));
console.log(
  `\nOne-off migration of the previous format at first open: ${migrations
    .map(
      (m, i) => `${results[i]!.articles} articles ${f(m.migrateMs)} ms, peak ${f(m.peakRssMb)} MB`,
    )
    .join('; ')}.`,
);
console.log('\nRatios, same run (largest size against the smallest and against the bare write):');
const large = results[results.length - 1]!;
for (const [name, get] of rows.slice(1, 5)) {
  console.log(
    `  ${name}: ${(get(large) / get(small)).toFixed(2)} x the ${small.articles}-article notebook, ` +
      `${(get(large) / large.bareWriteMs).toFixed(2)} x the bare durable write`,
  );
}
