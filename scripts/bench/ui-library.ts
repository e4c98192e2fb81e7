// `npx tsx scripts/bench/ui-library.ts` (and `npm run bench:ui`): how fast the library shows a
// 10,000-article notebook and answers a filter keystroke, in Chromium against the built browser
// host (`npx electron-vite build` first). Writes bench-results/ui/library.json.
//   --articles N (default 10000)   --loads N (first rows timed, default 5)
//   --screenshot FILE (the window with the library, after the keystrokes)
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import {
  ARTICLES_ARRIVED_MARK,
  LIBRARY_FIRST_ROW_MARK,
} from '../../renderer/src/library/list-marks';
import { startHost, stopHost } from './browser-host';
import { generate } from './generate-library';

const ROOT = resolve(import.meta.dirname, '..', '..');
const SERVER = join(ROOT, 'out/main/web-server.js');
const OUT_DIR = join(ROOT, 'bench-results/ui');

export const LIBRARY_TARGETS = { firstRowMs: 300, keystrokeMs: 16 } as const;
/** Typed one key at a time, then erased: the erasing keys bring the whole list back. */
const TYPED = 'kabul talk';

export interface LibraryBenchResult {
  date: string;
  /** Wall-clock figures depend on what else the machine runs: its load when this one ended. */
  machine: { cpus: number; loadAverage: number[] };
  articles: number;
  /** From the articles.list answer in the cache (after parsing and checking) to the first row's paint. */
  firstRow: Figure;
  /** From the last byte of the articles.list answer to the first row's paint: parsing included. */
  firstRowFromResponse: Figure;
  /**
   * What a keystroke costs the page's main thread (the target applies here): from the task that
   * takes the key to the end of the frame that shows the list it gives, every task on the main
   * thread in between counted (script, style, layout, paint, commit), read from a Chromium trace.
   * The time spent idle waiting for the display's next frame is not a cost and is not counted.
   */
  keystroke: Figure & { p95Ms: number; pass: boolean };
  /** The same measure for the same keys into a bare input: the browser's own cost of a key. */
  bareKeystrokeCost: { runs: number[]; medianMs: number; p95Ms: number };
  /** From a keystroke's input event in the filter to the next frame, untraced (waiting included). */
  keystrokeToFrame: { runs: number[]; medianMs: number; p95Ms: number };
  /** The main thread's share of it: the input event to React's commit and the layout after. */
  keystrokeWork: { runs: number[]; medianMs: number; p95Ms: number };
  /** The same keys into a bare input outside the app, same page and run: the browser's own floor. */
  bareKeystroke: { runs: number[]; medianMs: number; p95Ms: number };
  /** From the input event to the frame after the list's rows changed (keys that changed rows). */
  listUpdate: { runs: number[]; medianMs: number; p95Ms: number };
  /** Rows in the page: after loading, and the most seen while typing. */
  rowsInPage: { afterLoad: number; whileFiltering: number };
}

interface Figure {
  runs: number[];
  medianMs: number;
  targetMs: number;
  pass: boolean;
}

// ---- timing in the page ----

const round = (ms: number) => Math.round(ms * 10) / 10;

function quantile(xs: readonly number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (at - low);
}

function figure(runs: number[], targetMs: number): Figure {
  const medianMs = round(quantile(runs, 0.5));
  return { runs: runs.map(round), medianMs, targetMs, pass: medianMs <= targetMs };
}

/** Opens the app and returns both first-row timings, and the rows then in the page. */
async function timeFirstRow(
  page: Page,
  url: string,
): Promise<{ fromCache: number; fromResponse: number; rows: number }> {
  // A blank page between loads, so each is a fresh start (the address differs only in its hash).
  await page.goto('about:blank');
  await page.goto(url);
  return page.evaluate(
    ({ arrivedMark, rowMark }) =>
      new Promise<{ fromCache: number; fromResponse: number; rows: number }>((done, fail) => {
        const timer = setTimeout(
          () => fail(new Error('no library row was painted in 60 s')),
          60_000,
        );
        const look = () => {
          const row = performance.getEntriesByName(rowMark)[0];
          const arrived = performance.getEntriesByName(arrivedMark)[0];
          if (!row || !arrived) return void setTimeout(look, 50);
          clearTimeout(timer);
          const answer = performance
            .getEntriesByType('resource')
            .filter((r) => r.name.endsWith('/api/articles.list'))
            .map((r) => (r as PerformanceResourceTiming).responseEnd)
            .filter((t) => t <= arrived.startTime)
            .at(-1);
          if (answer === undefined) return fail(new Error('no articles.list answer was seen'));
          done({
            fromCache: row.startTime - arrived.startTime,
            fromResponse: row.startTime - answer,
            rows: document.querySelectorAll('[data-article-id]').length,
          });
        };
        look();
      }),
    { arrivedMark: ARTICLES_ARRIVED_MARK, rowMark: LIBRARY_FIRST_ROW_MARK },
  );
}

interface Stroke {
  /** Input event to the frame after it. */
  ms: number;
  /** Input event to the end of the work it caused (render, commit, layout). */
  workMs: number;
  /** Input event to the frame after the list changed (null: the key changed no row). */
  listMs: number | null;
  rows: number;
}

/** Presses one key in the filter and times it (see Stroke). */
async function timeKeystroke(page: Page, key: string): Promise<Stroke> {
  await page.evaluate(() => {
    const w = window as unknown as { keystroke?: Promise<Stroke> };
    w.keystroke = new Promise((done) => {
      let started = 0;
      let workMs = -1;
      let frameMs = -1;
      let listMs: number | null | undefined;
      const finish = () => {
        if (frameMs < 0 || listMs === undefined) return;
        done({
          ms: frameMs,
          workMs: workMs < 0 ? frameMs : workMs,
          listMs,
          rows: document.querySelectorAll('[data-article-id]').length,
        });
      };
      // The list's rows (not the box typed in) changing, then the frame that shows it.
      const library = document.querySelector('[data-testid="library"]')!;
      const observer = new MutationObserver((records) => {
        if (!started || records.every((r) => r.target instanceof HTMLInputElement)) return;
        observer.disconnect();
        clearTimeout(unchanged);
        requestAnimationFrame(() =>
          setTimeout(() => {
            listMs = performance.now() - started;
            finish();
          }, 0),
        );
      });
      observer.observe(library, { childList: true, subtree: true, attributes: true });
      const unchanged = setTimeout(() => {
        observer.disconnect();
        listMs = null;
        finish();
      }, 1000);
      // Capturing on the window runs before React's own listener on the root.
      const onInput = () => {
        started = performance.now();
        window.removeEventListener('input', onInput, true);
        // The frame after the event: setTimeout from rAF runs once that frame is painted.
        requestAnimationFrame(() =>
          setTimeout(() => {
            frameMs = performance.now() - started;
            finish();
          }, 0),
        );
      };
      // Bubbling to the window runs after React's listener, and a microtask queued here after
      // the render React queued for the change: then the layout is forced and the work is done.
      const afterReact = () => {
        window.removeEventListener('input', afterReact);
        queueMicrotask(() => {
          document.body.getBoundingClientRect();
          workMs = performance.now() - started;
        });
      };
      window.addEventListener('input', onInput, true);
      window.addEventListener('input', afterReact);
    });
  });
  await page.keyboard.press(key);
  return page.evaluate(() => (window as unknown as { keystroke: Promise<Stroke> }).keystroke);
}

const LIST_CHANGED_MARK = 'dossier-bench:list-changed';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { type?: string } };
}

/**
 * Per key typed while the trace ran: the main thread's busy time from the task that dispatched
 * the key down to the end of the first frame committed after its input event (ms). Tasks are
 * counted whole; time between them (waiting for the frame) is not.
 */
export function keystrokeCosts(events: readonly TraceEvent[]): number[] {
  const threads = new Map<string, string>();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name') {
      threads.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
    }
  }
  // The page's main thread: the renderer's main thread that dispatched the input events.
  const main = events.find(
    (e) =>
      e.ph === 'X' &&
      e.name === 'EventDispatch' &&
      e.args?.data?.type === 'input' &&
      threads.get(`${e.pid}:${e.tid}`) === 'CrRendererMain',
  );
  if (!main) return [];
  const onMain = events
    .filter((e) => e.ph === 'X' && e.dur && e.pid === main.pid && e.tid === main.tid)
    .sort((a, b) => a.ts - b.ts);
  const tasks = onMain.filter((e) => e.name === 'RunTask');
  // A frame's main-thread part ends with its commit to the compositor.
  const commits = onMain.filter((e) => e.name === 'Commit');
  const changes = events
    .filter((e) => e.name === LIST_CHANGED_MARK && e.pid === main.pid)
    .map((e) => e.ts)
    .sort((a, b) => a - b);
  const taskAt = (ts: number) => tasks.find((t) => t.ts <= ts && ts <= t.ts + t.dur!);
  const downs = onMain.filter(
    (e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown',
  );
  const costs: number[] = [];
  downs.forEach((down, i) => {
    const next = downs[i + 1]?.ts ?? Infinity;
    const input = onMain.find(
      (e) => e.name === 'EventDispatch' && e.args?.data?.type === 'input' && e.ts >= down.ts,
    );
    if (!input || input.ts >= next) return;
    // The frame that shows what the key did: the list's rows when they changed, else the box.
    const changed = changes.find((ts) => ts >= down.ts && ts < next);
    const shown = Math.max(input.ts + input.dur!, changed ?? 0);
    const commit = commits.find((c) => c.ts >= shown);
    if (!commit) return;
    const start = taskAt(down.ts)?.ts ?? down.ts;
    const frame = taskAt(commit.ts);
    const end = frame ? frame.ts + frame.dur! : commit.ts + commit.dur!;
    let busy = 0;
    for (const t of tasks) if (t.ts >= start && t.ts + t.dur! <= end) busy += t.dur!;
    costs.push(busy / 1000);
  });
  return costs;
}

/** Types `keys` into the focused box with a trace running and returns each key's cost. */
async function traceKeys(page: Page, keys: readonly string[]): Promise<number[]> {
  const browser = page.context().browser()!;
  const path = join(tmpdir(), `dossier-bench-ui-trace-${process.pid}-${Date.now()}.json`);
  // A mark in the trace when the list's rows change (not the box typed in).
  await page.evaluate((mark) => {
    const library = document.querySelector('[data-testid="library"]')!;
    new MutationObserver((records) => {
      if (records.some((r) => !(r.target instanceof HTMLInputElement))) performance.mark(mark);
    }).observe(library, { childList: true, subtree: true, attributes: true, characterData: true });
  }, LIST_CHANGED_MARK);
  await browser.startTracing(page, {
    path,
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'],
  });
  for (const key of keys) {
    await page.keyboard.press(key);
    // Each key's frame is over before the next key comes.
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50))),
    );
  }
  await browser.stopTracing();
  const trace = JSON.parse(readFileSync(path, 'utf8')) as
    TraceEvent[] | { traceEvents: TraceEvent[] };
  rmSync(path, { force: true });
  return keystrokeCosts(Array.isArray(trace) ? trace : trace.traceEvents);
}

// ---- the run ----

export async function benchLibrary(
  options: {
    articles?: number;
    loads?: number;
    screenshot?: string;
    log?: (line: string) => void;
  } = {},
): Promise<LibraryBenchResult> {
  const count = options.articles ?? 10_000;
  const loads = options.loads ?? 5;
  const log = options.log ?? ((line: string) => console.log(line));
  const dataDir = mkdtempSync(join(tmpdir(), 'dossier-bench-ui-library-'));
  const made = Date.now();
  generate(dataDir, count);
  // Opening a generated notebook migrates it first, which takes a while at 10,000 articles.
  const host = await startHost(dataDir, SERVER, 300_000);
  log(
    `library: ${count.toLocaleString('en')} articles (generated and opened in ${((Date.now() - made) / 1000).toFixed(1)} s)`,
  );
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    // tsx keeps function names with a `__name` helper that the page does not have.
    await context.addInitScript('globalThis.__name = (f) => f;');
    await context.addInitScript(() => performance.setResourceTimingBufferSize(100_000));
    const page = await context.newPage();

    const fromCache: number[] = [];
    const fromResponse: number[] = [];
    let rowsAfterLoad = 0;
    for (let i = 0; i < loads + 1; i++) {
      const run = await timeFirstRow(page, host.url);
      // The first load warms the browser's caches for the app itself.
      if (i === 0) continue;
      fromCache.push(run.fromCache);
      fromResponse.push(run.fromResponse);
      rowsAfterLoad = run.rows;
    }

    // Typing starts once the app has settled: the last load still opens the selected article in
    // the reader, and that work is the start's, not the filter's.
    await page.waitForLoadState('networkidle');
    await page.evaluate(
      () => new Promise((done) => requestIdleCallback(() => done(null), { timeout: 5_000 })),
    );
    const filter = page.getByLabel('Filter articles');
    await filter.click();
    const keys = [...TYPED, ...Array.from(TYPED, () => 'Backspace')];
    const strokes: number[] = [];
    const work: number[] = [];
    const listed: number[] = [];
    let rowsWhileFiltering = 0;
    for (const key of keys) {
      const { ms, workMs, listMs, rows } = await timeKeystroke(page, key);
      strokes.push(ms);
      work.push(workMs);
      if (listMs !== null) listed.push(listMs);
      rowsWhileFiltering = Math.max(rowsWhileFiltering, rows);
    }
    const costs = await traceKeys(page, keys);
    // The baseline, same page and run: the same keys into a bare input the app does not know,
    // so what the browser itself takes from a key to the next frame shows beside the app's.
    await page.evaluate(() => {
      const bare = document.createElement('input');
      bare.id = 'bench-bare-input';
      bare.style.cssText = 'position:fixed;bottom:0;right:0;width:120px;z-index:99999';
      document.body.append(bare);
    });
    await page.locator('#bench-bare-input').focus();
    const bare: number[] = [];
    for (const key of keys) bare.push((await timeKeystroke(page, key)).ms);
    const bareCosts = await traceKeys(page, keys);
    await page.locator('#bench-bare-input').evaluate((el) => el.remove());
    if (options.screenshot) {
      await filter.fill('kabul');
      await page.screenshot({ path: options.screenshot });
      log(`screenshot: ${options.screenshot}`);
    }
    await context.close();

    if (costs.length !== keys.length || bareCosts.length !== keys.length) {
      throw new Error(
        `the trace showed ${costs.length} and ${bareCosts.length} keys of ${keys.length} typed`,
      );
    }
    const keyFigure = figure(costs, LIBRARY_TARGETS.keystrokeMs);
    const p95Ms = round(quantile(costs, 0.95));
    const spread = (xs: number[]) => ({
      runs: xs.map(round),
      medianMs: round(quantile(xs, 0.5)),
      p95Ms: round(quantile(xs, 0.95)),
    });
    const result: LibraryBenchResult = {
      date: new Date().toISOString(),
      machine: {
        cpus: cpus().length,
        loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
      },
      articles: count,
      firstRow: figure(fromCache, LIBRARY_TARGETS.firstRowMs),
      firstRowFromResponse: figure(fromResponse, LIBRARY_TARGETS.firstRowMs),
      keystroke: { ...keyFigure, p95Ms, pass: keyFigure.pass && p95Ms <= keyFigure.targetMs },
      bareKeystrokeCost: spread(bareCosts),
      keystrokeToFrame: spread(strokes),
      keystrokeWork: {
        runs: work.map(round),
        medianMs: round(quantile(work, 0.5)),
        p95Ms: round(quantile(work, 0.95)),
      },
      bareKeystroke: {
        runs: bare.map(round),
        medianMs: round(quantile(bare, 0.5)),
        p95Ms: round(quantile(bare, 0.95)),
      },
      listUpdate: {
        runs: listed.map(round),
        medianMs: round(quantile(listed, 0.5)),
        p95Ms: round(quantile(listed, 0.95)),
      },
      rowsInPage: { afterLoad: rowsAfterLoad, whileFiltering: rowsWhileFiltering },
    };
    const line = (name: string, f: Figure, extra = '') =>
      `${name.padEnd(48)} median ${f.medianMs.toFixed(1).padStart(7)} ms${extra}  target <= ${f.targetMs} ms  ${f.pass ? 'PASS' : 'FAIL'}   runs: ${f.runs.join(', ')}`;
    log(line('first row after the list arrives', result.firstRow));
    log(line('first row after the answer’s last byte', result.firstRowFromResponse));
    log(
      line(
        `filter keystroke (${costs.length}), main-thread cost`,
        result.keystroke,
        `, p95 ${p95Ms.toFixed(1)} ms`,
      ),
    );
    log(
      `${'  baseline: a bare input, same page, its cost'.padEnd(48)} median ${result.bareKeystrokeCost.medianMs.toFixed(1).padStart(7)} ms, p95 ${result.bareKeystrokeCost.p95Ms.toFixed(1)} ms (the app: ${(result.keystroke.medianMs / result.bareKeystrokeCost.medianMs).toFixed(2)} x its median)`,
    );
    log(
      `${'  input to next frame, waiting included'.padEnd(48)} median ${result.keystrokeToFrame.medianMs.toFixed(1).padStart(7)} ms, p95 ${result.keystrokeToFrame.p95Ms.toFixed(1)} ms   runs: ${result.keystrokeToFrame.runs.join(', ')}`,
    );
    log(
      `${'  of which the work it caused (render, layout)'.padEnd(48)} median ${result.keystrokeWork.medianMs.toFixed(1).padStart(7)} ms, p95 ${result.keystrokeWork.p95Ms.toFixed(1)} ms`,
    );
    log(
      `${'  the same for a bare input, same page'.padEnd(48)} median ${result.bareKeystroke.medianMs.toFixed(1).padStart(7)} ms, p95 ${result.bareKeystroke.p95Ms.toFixed(1)} ms (the app: ${(result.keystrokeToFrame.medianMs / result.bareKeystroke.medianMs).toFixed(2)} x its median)`,
    );
    log(
      `${`  the list following (${listed.length} keys changed rows)`.padEnd(48)} median ${result.listUpdate.medianMs.toFixed(1).padStart(7)} ms, p95 ${result.listUpdate.p95Ms.toFixed(1)} ms   runs: ${result.listUpdate.runs.join(', ')}`,
    );
    log(
      `machine: ${result.machine.cpus} CPUs, load average ${result.machine.loadAverage.join(', ')}`,
    );
    log(
      `rows in the page: ${rowsAfterLoad} after loading, at most ${rowsWhileFiltering} while filtering (of ${count.toLocaleString('en')})`,
    );
    mkdirSync(OUT_DIR, { recursive: true });
    writeFileSync(join(OUT_DIR, 'library.json'), `${JSON.stringify(result, null, 2)}\n`);
    log(`wrote ${join('bench-results/ui', 'library.json')}`);
    return result;
  } finally {
    await browser.close();
    await stopHost(host.child);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * Whether the figures the targets are set for met them: the first row after the list arrives
 * (the mark in the list query) and the keystroke. The first row after the answer's last byte is
 * reported beside them, with the parsing and the contract check of the answer included.
 */
export const libraryPassed = (r: LibraryBenchResult): boolean =>
  r.firstRow.pass && r.keystroke.pass;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '10000' },
      loads: { type: 'string', default: '5' },
      screenshot: { type: 'string' },
    },
  });
  benchLibrary({
    articles: Number(values.articles),
    loads: Number(values.loads),
    screenshot: values.screenshot,
  }).then(
    (result) => {
      process.exitCode = libraryPassed(result) ? 0 : 1;
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
