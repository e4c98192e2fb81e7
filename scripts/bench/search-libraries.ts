// `tsx scripts/bench/search-libraries.ts`: MiniSearch against FlexSearch on Dossier's documents (the
// generated 10,000-article library and the 62 pages of the development set), each library and
// corpus in a fresh node process: build, heap, serialised size, load, queries and one-doc updates.
//   --articles 10000   --queries 200   --engines minisearch,flexsearch-strict,...
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { random } from './generate-library';
import { ENGINES, flexRemovalProbe, LIMIT, type BenchDoc, type Engine } from './search-engines';
import { FEATURES, PHRASES } from './search-features';
import {
  CATEGORIES,
  devCorpus,
  generatedCorpus,
  libraryQueries,
  runQuery,
  terms,
  TOKENIZER,
  type Category,
} from './search-library-inputs';
import { heapAfterGc, mb, ms, pick, timing, type Timing } from './search-sampling';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    queries: { type: 'string', default: '200' },
    engines: { type: 'string', default: Object.keys(ENGINES).join(',') },
    child: { type: 'string' },
  },
});
const QUERIES = Number(values.queries);

// ---- one library on one corpus, in its own process ----

interface CategoryResult extends Timing {
  /** Share of queries whose source article is among the top LIMIT hits / is the first hit. */
  foundPct: number;
  firstPct: number;
  errors: number;
}

interface Measurement {
  engine: string;
  corpus: string;
  articles: number;
  documents: number;
  /** Distinct words of the article texts. */
  vocabulary: number;
  buildMs: number;
  heapBytes: number | null;
  serializedBytes: number;
  serializeMs: number;
  loadMs: number;
  loadedHeapBytes: number | null;
  queries: Record<string, CategoryResult>;
  update: Timing;
  updateAfterLoad: Timing;
  /** Queries that threw after the updates (searching the words the changed notes held). */
  errorsAfterUpdates: number;
}

const progress = (what: string) => console.error(`  ${what}`);

function measure(engineKey: string, corpusName: string): Measurement {
  const kind = ENGINES[engineKey]!;
  const corpus =
    corpusName === 'generated' ? generatedCorpus(Number(values.articles)) : devCorpus();
  const qs = libraryQueries(corpus, QUERIES);
  const vocabulary = new Set<string>();
  for (const a of corpus.articles) for (const w of a.words) vocabulary.add(w);
  const base = heapAfterGc();

  let started = performance.now();
  let engine: Engine | null = kind.create(terms);
  engine.add(corpus.docs);
  const buildMs = performance.now() - started;
  progress(`built in ${ms(buildMs)} ms`);
  const built = heapAfterGc();

  started = performance.now();
  let serialized: string | null = engine.serialize();
  const serializeMs = performance.now() - started;
  const serializedBytes = Buffer.byteLength(serialized);

  for (const q of qs.slice(0, 50)) runQuery(engine, q); // warm-up, so the JIT has compiled the paths
  const byCategory = new Map<
    Category,
    { times: number[]; found: number; first: number; errors: number }
  >();
  for (const q of qs) {
    const c = byCategory.get(q.category) ?? { times: [], found: 0, first: 0, errors: 0 };
    byCategory.set(q.category, c);
    const t = performance.now();
    try {
      const hits = runQuery(engine, q);
      c.times.push(performance.now() - t);
      if (hits.includes(q.source)) c.found++;
      if (hits[0] === q.source) c.first++;
    } catch {
      c.errors++;
    }
  }
  progress(`${qs.length} queries answered`);
  const queriesOut: Record<string, CategoryResult> = {};
  for (const [category, c] of byCategory) {
    const n = c.times.length + c.errors;
    queriesOut[category] = {
      ...timing(c.times),
      foundPct: (100 * c.found) / n,
      firstPct: (100 * c.first) / n,
      errors: c.errors,
    };
  }

  const updates = (e: Engine, round: string) => {
    const rnd = random(round.length);
    const times: number[] = [];
    const touched: BenchDoc[] = [];
    for (let i = 0; i < 200; i++) {
      const doc = pick(rnd, corpus.changeable);
      touched.push(doc);
      const changed = { ...doc, note: `${round} revision ${i} of the note` };
      const t = performance.now();
      e.replace(changed);
      times.push(performance.now() - t);
    }
    return { times: timing(times), touched };
  };
  const update = updates(engine, 'changed');
  // The words the old notes held: postings emptied by the change are where removal goes wrong.
  let errorsAfterUpdates = 0;
  for (const doc of update.touched) {
    for (const word of terms(doc.note ?? '').slice(0, 6)) {
      try {
        engine.words([word], 'and');
      } catch {
        errorsAfterUpdates++;
      }
    }
  }

  engine = null;
  // Measured with the serialised string alive on both sides, so only the loaded index counts.
  const beforeLoad = heapAfterGc();
  started = performance.now();
  const loaded = kind.load(serialized, terms);
  const loadMs = performance.now() - started;
  progress(`loaded in ${ms(loadMs)} ms`);
  const loadedHeap = heapAfterGc();
  serialized = null;
  const updateAfterLoad = updates(loaded, 'reloaded');

  return {
    engine: kind.name,
    corpus: corpusName,
    articles: corpus.articles.length,
    documents: corpus.docs.length,
    vocabulary: vocabulary.size,
    buildMs,
    heapBytes: base !== null && built !== null ? built - base : null,
    serializedBytes,
    serializeMs,
    loadMs,
    loadedHeapBytes: beforeLoad !== null && loadedHeap !== null ? loadedHeap - beforeLoad : null,
    queries: queriesOut,
    update: update.times,
    updateAfterLoad: updateAfterLoad.times,
    errorsAfterUpdates,
  };
}

if (values.child) {
  const [engineKey, corpusName] = values.child.split(':') as [string, string];
  process.stdout.write(`${JSON.stringify(measure(engineKey, corpusName))}\n`);
  process.exit(0);
}

// ---- every library on both corpora, and the table ----

const outDir = resolve(import.meta.dirname, '../../bench-results/search');
mkdirSync(outDir, { recursive: true });
const bundled = resolve(outDir, 'search-libraries.mjs');
await build({
  entryPoints: [resolve(import.meta.dirname, 'search-libraries.ts')],
  outfile: bundled,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});

const results: Measurement[] = [];
for (const corpus of ['generated', 'dev']) {
  for (const engineKey of values.engines.split(',')) {
    if (!ENGINES[engineKey])
      throw new Error(`unknown engine "${engineKey}" (known: ${Object.keys(ENGINES).join(', ')})`);
    console.error(`measuring ${ENGINES[engineKey].name} on the ${corpus} corpus ...`);
    const out = execFileSync(
      process.execPath,
      [
        '--expose-gc',
        bundled,
        '--child',
        `${engineKey}:${corpus}`,
        '--articles',
        values.articles,
        '--queries',
        String(QUERIES),
      ],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 26 },
    );
    results.push(JSON.parse(out.trim().split('\n').pop()!) as Measurement);
  }
}

const lines: string[] = [];
for (const corpus of ['generated', 'dev']) {
  const rows = results.filter((r) => r.corpus === corpus);
  if (!rows.length) continue;
  const title =
    corpus === 'generated'
      ? `Generated library: ${Number(values.articles).toLocaleString('en')} articles (${rows[0]!.documents.toLocaleString('en')} documents with their highlights), ` +
        `${rows[0]!.vocabulary} distinct words: nearly every article holds every word, so which ` +
        `article a query came from says little here (it does on the development set)`
      : `Development set: ${rows[0]!.articles} saved pages' copied text, with ten stand-in highlights each ` +
        `(${rows[0]!.documents} documents), ${rows[0]!.vocabulary.toLocaleString('en')} distinct words`;
  const header = ['', ...rows.map((r) => r.engine)];
  const row = (name: string, cell: (r: Measurement) => string) =>
    `| ${name} | ${rows.map(cell).join(' | ')} |`;
  lines.push(`\n${title}\n`, `| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`);
  lines.push(row('build, every document', (r) => `${ms(r.buildMs)} ms`));
  lines.push(row('heap after build', (r) => `${mb(r.heapBytes)} MB`));
  lines.push(row('serialised size', (r) => `${mb(r.serializedBytes)} MB`));
  lines.push(row('serialise', (r) => `${ms(r.serializeMs)} ms`));
  lines.push(row('load from serialised', (r) => `${ms(r.loadMs)} ms`));
  lines.push(row('heap after load', (r) => `${mb(r.loadedHeapBytes)} MB`));
  for (const c of CATEGORIES) {
    lines.push(
      row(`${c} p50 / p95 (source found, first)`, (r) => {
        const q = r.queries[c]!;
        const errors = q.errors ? `, ${q.errors} threw` : '';
        return `${ms(q.p50)} / ${ms(q.p95)} ms (${q.foundPct.toFixed(0)}%, ${q.firstPct.toFixed(0)}%${errors})`;
      }),
    );
  }
  lines.push(
    row('replace one document p50 / p95', (r) => `${ms(r.update.p50)} / ${ms(r.update.p95)} ms`),
  );
  lines.push(
    row(
      '... after loading p50 / p95',
      (r) => `${ms(r.updateAfterLoad.p50)} / ${ms(r.updateAfterLoad.p95)} ms`,
    ),
  );
  lines.push(row('searches that threw after updates', (r) => String(r.errorsAfterUpdates)));
}
console.log(
  `Tokenizer for every library: ${TOKENIZER}. ${QUERIES} queries per category, top ${LIMIT} hits.`,
);
console.log(lines.join('\n'));
console.log('\nWhat each lacks for the query language:');
for (const f of FEATURES)
  console.log(`- ${f.feature}: MiniSearch ${f.minisearch}; FlexSearch ${f.flexsearch}`);
console.log(`- phrases: ${PHRASES}`);
const probe = flexRemovalProbe(terms);
console.log(
  `\nFlexSearch fast-update removal check (two documents with "the government" and "a government" ` +
    `removed, then "government" searched): ${probe ?? 'works (an empty list)'}.`,
);

writeFileSync(
  resolve(outDir, 'libraries.json'),
  `${JSON.stringify({ measuredAt: new Date().toISOString(), tokenizer: TOKENIZER, queriesPerCategory: QUERIES, limit: LIMIT, results, features: FEATURES, phrases: PHRASES, flexRemovalProbe: probe }, null, 2)}\n`,
);
console.error(`\nwritten ${resolve(outDir, 'libraries.json')}`);
