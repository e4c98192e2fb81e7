// `npm run bench:import`: imports the extraction development pages through the import pool
// (`extractInWorker`: copy to a worker, sniff, decode, extract, copy back) and, in the same run
// and interleaved page by page, times the baseline: @mozilla/readability on jsdom alone. Run
// from source, the pool's workers start through tsx, so replacing one costs more than it does
// in the built app.
//   --set DIR    the benchmark folder (default ../shared/bench/extraction beside the project)
//   --rounds N   timed passes over the pages after one warm-up pass (default 3)
import { Readability } from '@mozilla/readability';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseHTML } from 'linkedom';
import { extractSource } from '../../electron/notebook/import/extract';
import { closeImportPool, extractInWorker } from '../../electron/notebook/import/run-in-worker';

const root = resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: { set: { type: 'string' }, rounds: { type: 'string', default: '3' } },
});
const setDir = resolve(values.set ?? join(root, '../shared/bench/extraction'));
const htmlDir = join(setDir, 'dev', 'html');
if (!existsSync(htmlDir)) {
  console.error(`No benchmark pages at ${htmlDir}; pass --set DIR.`);
  process.exit(2);
}
const rounds = Math.max(1, Number(values.rounds));
const truth = JSON.parse(readFileSync(join(setDir, 'dev', 'ground-truth.json'), 'utf8')) as Record<
  string,
  { url: string }
>;

interface Page {
  key: string;
  bytes: Buffer;
  html: string;
  url: string;
}
// Decompressed before any timing: neither side is charged for reading the set.
const pages: Page[] = readdirSync(htmlDir)
  .filter((name) => name.endsWith('.html.gz'))
  .sort()
  .map((name) => {
    const key = name.replace(/\.html\.gz$/, '');
    const bytes = gunzipSync(readFileSync(join(htmlDir, name)));
    return {
      key,
      bytes,
      html: bytes.toString('utf8'),
      url: truth[key]?.url ?? 'https://example.org/',
    };
  });

const quiet = new VirtualConsole();
let jsdomFailures = 0;
/** Readability on jsdom; where jsdom cannot parse a page, on linkedom (as bench:extract does). */
function readability(page: Page): number {
  try {
    const dom = new JSDOM(page.html, { url: page.url, virtualConsole: quiet });
    const text = new Readability(dom.window.document).parse()?.textContent ?? '';
    dom.window.close();
    return text.length;
  } catch {
    jsdomFailures++;
    const { document } = parseHTML(page.html);
    return new Readability(document as unknown as Document).parse()?.textContent?.length ?? 0;
  }
}

const input = (page: Page) => ({ bytes: page.bytes, fileName: `${page.key}.html`, url: page.url });

async function time(run: () => unknown): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

type Sample = Record<'pool' | 'readability' | 'inProcess', number[][]>;
const samples: Sample = {
  pool: pages.map(() => []),
  readability: pages.map(() => []),
  inProcess: pages.map(() => []),
};

// Warm-up: loads the parsers in the worker and in this process, and lets V8 optimise both.
for (const page of pages) {
  await extractInWorker(input(page));
  readability(page);
  await extractSource(input(page));
}
jsdomFailures = 0;

for (let round = 0; round < rounds; round++) {
  for (const [i, page] of pages.entries()) {
    // Interleaved, and the order varied by round, so drift in the machine falls on both.
    const order =
      round % 2
        ? (['readability', 'pool', 'inProcess'] as const)
        : (['pool', 'readability', 'inProcess'] as const);
    for (const which of order) {
      const ms = await time(() =>
        which === 'pool'
          ? extractInWorker(input(page))
          : which === 'readability'
            ? readability(page)
            : extractSource(input(page)),
      );
      samples[which][i]!.push(ms);
    }
  }
}

// The pool's other use: a batch of files read as many at a time as it has workers. The first
// batch starts and warms the second worker (which leaves again after a minute idle).
const batch = () => Promise.all(pages.map((page) => extractInWorker(input(page))));
await batch();
const batchMs = await time(batch);
await closeImportPool();

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
/** Each page's median over the rounds, then the median and mean over pages. */
const perPage = (which: keyof Sample) => {
  const pageMedians = samples[which].map(median);
  return { median: median(pageMedians), mean: mean(pageMedians), p90: quantile(pageMedians, 0.9) };
};
const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.floor(q * (xs.length - 1))]!;

const base = perPage('readability');
const pool = perPage('pool');
const inProcess = perPage('inProcess');
const ms = (x: number) => `${x.toFixed(1)} ms`.padStart(10);
const ratio = (x: number) => `${x.toFixed(2)}×`.padStart(10);
const row = (label: string, cells: string[]) => console.log(`${label.padEnd(44)}${cells.join('')}`);

console.log(
  `Import benchmark: ${pages.length} pages from ${htmlDir}, ${rounds} timed rounds after a warm-up`,
);
// Both sides share the machine; a busy one slows both, and the batch (two workers) most.
console.log(
  `Load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores; ` +
    `a page's time is its median over the rounds.`,
);
row('', ['median'.padStart(10), 'mean'.padStart(10), 'p90'.padStart(10)]);
row('@mozilla/readability + jsdom alone', [ms(base.median), ms(base.mean), ms(base.p90)]);
row('Dossier import through the pool', [ms(pool.median), ms(pool.mean), ms(pool.p90)]);
row('  speed-up over Readability + jsdom', [
  ratio(base.median / pool.median),
  ratio(base.mean / pool.mean),
  ratio(base.p90 / pool.p90),
]);
row('Dossier extraction in this process', [
  ms(inProcess.median),
  ms(inProcess.mean),
  ms(inProcess.p90),
]);
row('  pool overhead per page', [
  ms(pool.median - inProcess.median),
  ms(pool.mean - inProcess.mean),
  '',
]);
row(`Batch of ${pages.length} through the pool, per page`, [ms(batchMs / pages.length)]);
console.log(
  `Target: the pool at least 2× faster than Readability + jsdom per page: ` +
    `${base.median / pool.median >= 2 && base.mean / pool.mean >= 2 ? 'met' : 'NOT met'} ` +
    `(median and mean).` +
    (jsdomFailures
      ? ` jsdom failed on ${jsdomFailures / rounds} pages; those ran on linkedom.`
      : ''),
);
console.log(
  'The overhead is the copy to and from a worker thread and the share of replacing each ' +
    'worker after 100 jobs (through tsx here).',
);
