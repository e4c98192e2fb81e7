// `npx tsx scripts/bench/ui-reader.ts` (and `npm run bench:ui`): how fast the reader shows a
// ~100 KB article carrying 1,000 highlights, and a new highlight on it, in Chromium against the
// built browser host (`npx electron-vite build` first). Writes bench-results/ui/reader.json.
//   --runs N (new highlights timed, default 10)   --loads N (first paints timed, default 5)
//   --server FILE (another built browser host, default out/main/web-server.js)
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import {
  ARTICLE_COMPLETE_MARK,
  ARTICLE_PAINTED_MARK,
  HIGHLIGHTS_PAINTED_MARK,
} from '../../renderer/src/reader/paint-marks';
import { api, startHost, stopHost, type Host } from './browser-host';
import { BARE_EVERY, makeArticle } from './ui-reader-notebook';

const ROOT = resolve(import.meta.dirname, '..', '..');
const SERVER = join(ROOT, 'out/main/web-server.js');
const OUT_DIR = join(ROOT, 'bench-results/ui');

export const TARGETS = { firstPaintMs: 300, newHighlightMs: 50 } as const;

export interface ReaderBenchResult {
  date: string;
  article: { chars: number; blocks: number; highlights: number };
  firstPaint: Figure;
  /** From the article's arrival to the paint showing all its text (no target; for context). */
  wholeTextMs: Info;
  /** The same first paint when the app itself starts on the article, its code not yet run. */
  coldStartPaintMs: Info;
  newHighlight: Figure;
  /** The machine's load averages (1, 5, 15 minutes) around the run. */
  loadAverage: { before: number[]; after: number[] };
}

interface Info {
  runs: number[];
  medianMs: number;
}

interface Figure {
  /** Milliseconds of each run. */
  runs: number[];
  medianMs: number;
  targetMs: number;
  pass: boolean;
}

// ---- timing in the page ----

const median = (xs: readonly number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

const round = (ms: number) => Math.round(ms * 10) / 10;

const info = (runs: number[]): Info => ({ runs: runs.map(round), medianMs: round(median(runs)) });

const figure = (runs: number[], targetMs: number): Figure => {
  const medianMs = round(median(runs));
  return {
    runs: runs.map(round),
    medianMs,
    targetMs,
    pass: medianMs <= targetMs,
  };
};

interface Painted {
  /** From the article's arrival (the host's answer) to its first paint. */
  paint: number;
  /** From its arrival to the paint that shows its whole text (a long one renders the rest after). */
  complete: number;
}

/** Waits for the reader to have painted the article and times it from the host's answer. */
function painted(page: Page, articleId: string): Promise<Painted> {
  return page.evaluate(
    ({ marks, id }) =>
      new Promise<Painted>((done, fail) => {
        const timer = setTimeout(
          () => fail(new Error('the article was not painted in 30 s')),
          30_000,
        );
        const markOf = (name: string) =>
          performance.getEntriesByName(name).find((m) => (m as PerformanceMark).detail?.id === id);
        const look = () => {
          const painted = markOf(marks.painted);
          const complete = markOf(marks.complete);
          if (!painted || !complete) return void setTimeout(look, 50);
          clearTimeout(timer);
          // The host's answer for this article, the last one before the paint.
          const arrived = performance
            .getEntriesByType('resource')
            .filter((r) => r.name.endsWith('/api/articles.get'))
            .map((r) => (r as PerformanceResourceTiming).responseEnd)
            .filter((t) => t <= painted.startTime)
            .at(-1);
          if (arrived === undefined) return fail(new Error('no articles.get answer was seen'));
          done({ paint: painted.startTime - arrived, complete: complete.startTime - arrived });
        };
        look();
      }),
    { marks: { painted: ARTICLE_PAINTED_MARK, complete: ARTICLE_COMPLETE_MARK }, id: articleId },
  );
}

/** The app is open on another article; the analyst chooses this one in the library. */
async function timeOpening(page: Page, host: Host, other: string, articleId: string) {
  await page.goto(host.url);
  await painted(page, other);
  await page.evaluate(() => performance.clearResourceTimings());
  await page.locator(`[data-article-id="${articleId}"]`).click();
  return painted(page, articleId);
}

/** Opens the app itself on the article: its code runs for the first time in a new page. */
async function timeColdStart(page: Page, host: Host, articleId: string) {
  await page.goto(host.url);
  return painted(page, articleId);
}

/**
 * Selects words in the bare paragraph at `blockStart` as a user's drag would, presses `h`, and
 * returns the time from the host's answer to the paint that shows the new highlight.
 */
async function timeNewHighlight(page: Page, blockStart: number, count: number): Promise<number> {
  await page.evaluate(() => performance.clearResourceTimings());
  await page.evaluate((start) => {
    const block = document.querySelector(`[data-block-start="${start}"]`);
    const walker = document.createTreeWalker(block!, NodeFilter.SHOW_TEXT);
    const node = walker.nextNode() as Text | null;
    if (!node) throw new Error(`no text in the block at ${start}`);
    block!.scrollIntoView({ block: 'center' });
    const range = document.createRange();
    const end = node.data.indexOf(' ', 40);
    range.setStart(node, 0);
    range.setEnd(node, end === -1 ? node.length : end);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    block!.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  }, blockStart);
  await page.getByTestId('selection-toolbar').waitFor();
  await page.keyboard.press('h');
  return page.evaluate(
    ({ mark, count }) =>
      new Promise<number>((done, fail) => {
        const timer = setTimeout(
          () => fail(new Error('the highlight was not painted in 30 s')),
          30_000,
        );
        const look = () => {
          const painted = performance
            .getEntriesByName(mark)
            .find((m) => (m as PerformanceMark).detail?.count === count);
          const answer = performance
            .getEntriesByType('resource')
            .find((r) => r.name.endsWith('/api/highlights.create')) as
            PerformanceResourceTiming | undefined;
          if (!painted || !answer) return void setTimeout(look, 50);
          clearTimeout(timer);
          done(painted.startTime - answer.responseEnd);
        };
        look();
      }),
    { mark: HIGHLIGHTS_PAINTED_MARK, count },
  );
}

// ---- the run ----

export async function benchReader(
  options: { runs?: number; loads?: number; server?: string; log?: (line: string) => void } = {},
): Promise<ReaderBenchResult> {
  const runs = options.runs ?? 10;
  const loads = options.loads ?? 5;
  const log = options.log ?? ((line: string) => console.log(line));
  const loadBefore = loadavg().map(round);
  const dataDir = mkdtempSync(join(tmpdir(), 'dossier-bench-ui-reader-'));
  const host = await startHost(dataDir, options.server ?? SERVER);
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
    const made = Date.now();
    const detail = await makeArticle(host);
    const bare = detail.blocks.filter((_, i) => i > 0 && i % BARE_EVERY === 0);
    log(
      `article: ${detail.text.length.toLocaleString('en')} characters, ${detail.blocks.length} ` +
        `paragraphs, ${detail.highlights.length} highlights (made in ${((Date.now() - made) / 1000).toFixed(1)} s)`,
    );
    if (bare.length < runs + 1)
      throw new Error(`only ${bare.length} bare paragraphs for ${runs} runs`);

    const article = detail;
    const seed = (await api(host, 'articles.list', {})).find((a) => a.id !== article.id);
    if (!seed) throw new Error('the seed article is missing from the notebook');
    /** A browser window that opens the app on the given article. */
    const openingOn = async (id: string) => {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      // tsx keeps function names with a `__name` helper that the page does not have.
      await context.addInitScript('globalThis.__name = (f) => f;');
      await context.addInitScript((id) => {
        sessionStorage.setItem('dossier.openArticle', id);
        performance.setResourceTimingBufferSize(100_000);
      }, id);
      return context;
    };
    /** Each run in a page of its own; the first warms the browser's caches and is not counted. */
    const timed = async (
      context: Awaited<ReturnType<typeof openingOn>>,
      run: (page: Page) => Promise<Painted>,
    ) => {
      const times: Painted[] = [];
      for (let i = 0; i < loads + 1; i++) {
        const page = await context.newPage();
        const time = await run(page);
        await page.close();
        if (i > 0) times.push(time);
      }
      return times;
    };

    const fromSeed = await openingOn(seed.id);
    const opened = await timed(fromSeed, (page) => timeOpening(page, host, seed.id, article.id));
    await fromSeed.close();
    const context = await openingOn(article.id);
    const cold = await timed(context, (page) => timeColdStart(page, host, article.id));
    const page = await context.newPage();
    await timeColdStart(page, host, article.id);

    const created: number[] = [];
    let count = detail.highlights.length;
    for (let i = 0; i < runs + 1; i++) {
      count += 1;
      const ms = await timeNewHighlight(page, bare[i]!.start, count);
      if (i > 0) created.push(ms);
    }
    await context.close();

    const result: ReaderBenchResult = {
      date: new Date().toISOString(),
      article: {
        chars: detail.text.length,
        blocks: detail.blocks.length,
        highlights: detail.highlights.length,
      },
      firstPaint: figure(
        opened.map((t) => t.paint),
        TARGETS.firstPaintMs,
      ),
      wholeTextMs: info(opened.map((t) => t.complete)),
      coldStartPaintMs: info(cold.map((t) => t.paint)),
      newHighlight: figure(created, TARGETS.newHighlightMs),
      loadAverage: { before: loadBefore, after: loadavg().map(round) },
    };
    const line = (name: string, f: Figure) =>
      `${name.padEnd(44)} median ${f.medianMs.toFixed(1).padStart(7)} ms  target <= ${f.targetMs} ms  ${f.pass ? 'PASS' : 'FAIL'}   runs: ${f.runs.join(', ')}`;
    const aside = (name: string, f: Info) =>
      `${`  (${name})`.padEnd(44)} median ${f.medianMs.toFixed(1).padStart(7)} ms   runs: ${f.runs.join(', ')}`;
    log(line('opening it: first paint after it arrives', result.firstPaint));
    log(aside('the whole text in the page', result.wholeTextMs));
    log(aside('the app starting on it, cold', result.coldStartPaintMs));
    log(line('new highlight, answer to paint', result.newHighlight));
    log(
      `load average before ${loadBefore.join(' ')}, after ${result.loadAverage.after.join(' ')} ` +
        `(${cpus().length} cores): other work on the machine slows every figure`,
    );
    mkdirSync(OUT_DIR, { recursive: true });
    writeFileSync(join(OUT_DIR, 'reader.json'), `${JSON.stringify(result, null, 2)}\n`);
    log(`wrote ${join('bench-results/ui', 'reader.json')}`);
    return result;
  } finally {
    await browser.close();
    await stopHost(host.child);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '10' },
      loads: { type: 'string', default: '5' },
      server: { type: 'string' },
    },
  });
  const server = values.server ? resolve(values.server) : undefined;
  benchReader({ runs: Number(values.runs), loads: Number(values.loads), server }).then(
    (result) => {
      process.exitCode = result.firstPaint.pass && result.newHighlight.pass ? 0 : 1;
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
