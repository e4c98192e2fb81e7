// Whole-notebook exports against a missing article file, and the PDF writer against one very
// long unbroken string: the export still finishes, says what it left out, and takes seconds.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract, type ExportResult } from '../../../shared/contract';
import type { ArticleDetail, Highlight } from '../../../shared/model';
import { dispatch } from '../dispatch';
import { openNotebook, type Notebook } from '../notebook';

let dataDir: string;
let nb: Notebook;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'dossier-export-'));
  nb = await openNotebook({ dataDir });
});
afterEach(async () => {
  await nb.close();
  await rm(dataDir, { recursive: true, force: true });
});

async function run<T>(op: string, input: unknown): Promise<T> {
  const result = await dispatch(nb, op, input);
  if (!result.ok) throw new Error(`${op}: ${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

/** Deletes an article's file while the notebook is closed, so no cached copy can stand in. */
async function lose(article: ArticleDetail): Promise<void> {
  await nb.close();
  await rm(join(dataDir, 'articles', `${article.id}.json`));
  nb = await openNotebook({ dataDir });
}

async function articles(n: number): Promise<ArticleDetail[]> {
  const made: ArticleDetail[] = [];
  for (let i = 1; i <= n; i++) {
    const text = `Field report ${i}\n\nConvoy ${i} reached the depot after a delay of ${i} days.`;
    const article = await run<ArticleDetail>('articles.importText', { text });
    const start = article.text.indexOf('Convoy');
    await run<Highlight>('highlights.create', { articleId: article.id, start, end: start + 8 });
    made.push(article);
  }
  return made;
}

/** What the result says besides the exported bytes themselves. */
const besidesData = ({ data: _data, ...rest }: ExportResult) => JSON.stringify(rest);

describe('a whole-notebook export with an article file missing', () => {
  it('exports Markdown of the rest and names the missing one and why', async () => {
    const [kept1, gone, kept2] = await articles(3);
    await lose(gone!);
    const result = await dispatch(nb, 'export.render', { format: 'markdown' });
    expect(result.ok, JSON.stringify(result)).toBe(true);
    const exported = (result as { value: ExportResult }).value;
    expect(exported.data).toContain(kept1!.title);
    expect(exported.data).toContain(kept2!.title);
    const said = besidesData(exported);
    expect(said.includes(gone!.id) || said.includes(gone!.title), said).toBe(true);
    expect(said).toMatch(/missing|not found|could not|damaged/i);
  });

  it('still saves everything else in a bundle that restores', async () => {
    const [kept1, gone, kept2] = await articles(3);
    await lose(gone!);
    const result = await dispatch(nb, 'export.render', { format: 'bundle' });
    expect(result.ok, JSON.stringify(result)).toBe(true);
    const bundle = (result as { value: ExportResult }).value;
    const said = besidesData(bundle);
    expect(said.includes(gone!.id) || said.includes(gone!.title), said).toBe(true);

    const other = await mkdtemp(join(tmpdir(), 'dossier-export-restore-'));
    const restored = await openNotebook({ dataDir: other });
    try {
      const imported = await dispatch(restored, 'bundle.import', {
        fileName: bundle.fileName,
        data: bundle.data,
      });
      expect(imported, JSON.stringify(imported)).toMatchObject({ ok: true });
      for (const kept of [kept1!, kept2!]) {
        const got = await dispatch(restored, 'articles.get', { id: kept.id });
        expect(got.ok).toBe(true);
        expect((got as { value: ArticleDetail }).value.highlights).toHaveLength(1);
      }
    } finally {
      await restored.close();
      await rm(other, { recursive: true, force: true });
    }
  });
});

/** The longest string a schema field accepts, found by asking the schema itself. */
function capOf(accepts: (value: string) => boolean, upTo: number): number {
  let low = 0;
  let high = upTo;
  if (accepts('W'.repeat(high))) return high;
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (accepts('W'.repeat(mid))) low = mid;
    else high = mid;
  }
  return low;
}

describe('a PDF export of a very long unbroken string', () => {
  const LONG = 16_000;

  it('refuses an over-long title at the contract with INVALID_INPUT', async () => {
    const [article] = await articles(1);
    const result = await dispatch(nb, 'articles.update', {
      id: article!.id,
      title: 'W'.repeat(LONG),
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(!result.ok && result.error.message).toMatch(/title/);
  });

  it('exports a title at the cap, unbroken, in seconds', { timeout: 60_000 }, async () => {
    const [article] = await articles(1);
    const schema = contract['articles.update'].input;
    const cap = capOf((title) => schema.safeParse({ id: article!.id, title }).success, LONG);
    expect(cap).toBeLessThan(LONG);
    const title = 'W'.repeat(cap);
    await run('articles.update', { id: article!.id, title });
    const started = performance.now();
    const result = await dispatch(nb, 'export.render', { format: 'pdf' });
    const took = performance.now() - started;
    expect(result.ok, JSON.stringify(result).slice(0, 500)).toBe(true);
    const pdf = Buffer.from((result as { value: ExportResult }).value.data, 'base64');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(took).toBeLessThan(10_000);
  });

  it(
    'exports a highlight note of one word as long as a note may be (to 16,000) in seconds',
    { timeout: 60_000 },
    async () => {
      const [article] = await articles(1);
      const schema = contract['highlights.update'].input;
      const length = capOf((note) => schema.safeParse({ id: 'h', note }).success, LONG);
      const detail = await run<ArticleDetail>('articles.get', { id: article!.id });
      await run('highlights.update', { id: detail.highlights[0]!.id, note: 'N'.repeat(length) });
      const started = performance.now();
      const result = await dispatch(nb, 'export.render', { format: 'pdf' });
      const took = performance.now() - started;
      expect(result.ok, JSON.stringify(result).slice(0, 500)).toBe(true);
      expect(took).toBeLessThan(10_000);
    },
  );
});
