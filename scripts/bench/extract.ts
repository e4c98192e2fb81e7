// `npm run bench:extract`: runs Dossier's extractors over the extraction development set,
// writes predictions, scores them with the benchmark's own scorer, and scores the
// baselines in the same run: @mozilla/readability alone (HTML) and every line kept (text).
//   --set DIR   the benchmark folder (default ../shared/bench/extraction beside the project)
//   --only html|text
import { Readability } from '@mozilla/readability';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseHTML } from 'linkedom';
import { assemble } from '../../electron/notebook/import/extracted';
import { extractHtml } from '../../electron/notebook/import/html';
import { extractWebText } from '../../electron/notebook/import/web-text';

const root = resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: { set: { type: 'string' }, only: { type: 'string' } },
});
const setDir = resolve(values.set ?? join(root, '../shared/bench/extraction'));
const dev = join(setDir, 'dev');
if (!existsSync(join(dev, 'ground-truth.json'))) {
  console.error(`No benchmark set at ${setDir} (expected dev/ground-truth.json); pass --set DIR.`);
  process.exit(2);
}
const truth = JSON.parse(readFileSync(join(dev, 'ground-truth.json'), 'utf8')) as Record<
  string,
  { articleBody: string; url: string }
>;
const keys = Object.keys(truth);
const outDir = join(root, 'bench-results', 'extraction');
mkdirSync(outDir, { recursive: true });

type Predictions = Record<string, { text: string }>;

function run(name: string, predict: (key: string) => string): { file: string; ms: number } {
  const predictions: Predictions = {};
  const started = performance.now();
  for (const key of keys) {
    try {
      predictions[key] = { text: predict(key) };
    } catch (error) {
      console.error(`${name}: ${key} failed: ${(error as Error).message}`);
      predictions[key] = { text: '' };
    }
  }
  const ms = performance.now() - started;
  const file = join(outDir, `${name}.json`);
  writeFileSync(file, JSON.stringify(predictions, null, 1));
  return { file, ms };
}

function score(file: string): string {
  return execFileSync('node', [join(setDir, 'score.mjs'), join(dev, 'ground-truth.json'), file], {
    encoding: 'utf8',
  }).trim();
}

const html = (key: string) =>
  gunzipSync(readFileSync(join(dev, 'html', `${key}.html.gz`))).toString('utf8');
const copied = (key: string) => readFileSync(join(dev, 'text', `${key}.txt`), 'utf8');
const quiet = new VirtualConsole();

const rows: string[] = [];
function report(label: string, result: { file: string; ms: number }, baselineMs?: number) {
  const time = baselineMs ? `  time ×${(result.ms / baselineMs).toFixed(2)} of baseline` : '';
  rows.push(`${label.padEnd(34)} ${score(result.file)}${time}`);
}

if (values.only !== 'text') {
  // Readability on jsdom, the reference figure's DOM; where jsdom cannot parse a page's CSS,
  // Readability on linkedom instead, so the baseline is not marked down for jsdom's crash.
  const baseline = run('html-readability', (key) => {
    try {
      const dom = new JSDOM(html(key), { url: truth[key]!.url, virtualConsole: quiet });
      return new Readability(dom.window.document).parse()?.textContent ?? '';
    } catch {
      const { document } = parseHTML(html(key));
      return new Readability(document as unknown as Document).parse()?.textContent ?? '';
    }
  });
  const ours = run(
    'html-dossier',
    (key) => assemble(extractHtml(html(key), { url: truth[key]!.url }).blocks).text,
  );
  report('HTML  @mozilla/readability alone', baseline);
  report('HTML  Dossier', ours, baseline.ms);
}
if (values.only !== 'html') {
  const baseline = run('text-every-line', copied);
  const ours = run('text-dossier', (key) => assemble(extractWebText(copied(key)).blocks).text);
  report('Copied text  every line kept', baseline);
  report('Copied text  Dossier', ours, baseline.ms);
}
console.log(`Extraction benchmark: ${keys.length} pages from ${setDir}`);
for (const row of rows) console.log(row);
console.log(`Predictions written to ${outDir}`);
