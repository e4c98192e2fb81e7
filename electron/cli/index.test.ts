// The `dossier` command over the same core: extract without a notebook; import, list, export
// and notices with one, each command telling the notebook's notices on stderr.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../notebook/dispatch';
import { openNotebook } from '../notebook/notebook';
import { runCli } from './index';

const FORMATS = {
  md: 'markdown',
  docx: 'docx',
  pdf: 'pdf',
  html: 'html',
  csv: 'csv',
  jsonld: 'jsonld',
} as const;

const URDU = 'مذاکرات کی بحالی کا کوئی امکان نہیں';
const QUOTED = `Talks on hold\n\nThe spokesman said 🤝 “${URDU}” until attacks stop.`;

/** Runs operations on a notebook folder as another host would, through dispatch. */
async function inNotebook<T>(
  dataDir: string,
  work: (run: <V>(op: string, input: unknown) => Promise<V>) => Promise<T>,
): Promise<T> {
  const nb = await openNotebook({ dataDir });
  try {
    return await work(async (op, input) => {
      const result = await dispatch(nb, op, input);
      if (!result.ok) throw new Error(`${op}: ${result.error.code}: ${result.error.message}`);
      return result.value as never;
    });
  } finally {
    await nb.close();
  }
}

interface Article {
  id: string;
  title: string;
  text: string;
  highlights: Array<{ id: string; note: string; quote: { exact: string } }>;
}

/** A notebook (through the CLI) with one highlighted, tagged article besides the seed. */
async function notebookWithWork(dataDir: string) {
  const file = join(work, 'talks.txt');
  await writeFile(file, QUOTED);
  expect(await runCli(['import', file, '--data-dir', dataDir], io, seeds)).toBe(0);
  return inNotebook(dataDir, async (run) => {
    const listed = await run<Article[]>('articles.list', {});
    const article = listed.find((a) => a.title === 'Talks on hold')!;
    const detail = await run<Article>('articles.get', { id: article.id });
    const start = detail.text.indexOf(URDU);
    const h = await run<{ id: string }>('highlights.create', {
      articleId: article.id,
      start,
      end: start + URDU.length,
    });
    const tag = await run<{ id: string }>('tags.create', { name: 'Actors/TTP' });
    await run('highlights.update', { id: h.id, note: 'Urdu 🤝 quote', tagIds: [tag.id] });
    return { articleId: article.id, highlightId: h.id };
  });
}

/** A notebook whose library.json was damaged after a verified backup of it was taken. */
async function damagedNotebook(dataDir: string) {
  const file = join(work, 'crossing.txt');
  await writeFile(
    file,
    'Border crossing reopens today\n\nTraders lined up before dawn as the crossing opened again after weeks.',
  );
  expect(await runCli(['import', file, '--data-dir', dataDir], io, seeds)).toBe(0);
  // Opening a good library takes the backup the damaged one is restored from.
  expect(await runCli(['list', '--data-dir', dataDir], io, seeds)).toBe(0);
  expect(err.filter((l) => l.startsWith('dossier: notice:'))).toEqual([]);
  await writeFile(join(dataDir, 'library.json'), '{"schemaVersion":1,"articles":[{"id');
  out = [];
  err = [];
}

const seeds = join(import.meta.dirname, '../../seeds');
const seed = join(seeds, '000_dade10a0ca7a5765.txt');

let work: string;
let out: string[];
let err: string[];
const outText = () => out.join('\n');
const io = { out: (l: string) => out.push(l), err: (l: string) => err.push(l) };
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'dossier-cli-'));
  out = [];
  err = [];
});
afterEach(() => rm(work, { recursive: true, force: true }));

describe('dossier', () => {
  it('extract --json prints the article without touching any notebook', async () => {
    expect(await runCli(['extract', seed, '--json'], io, seeds)).toBe(0);
    const printed = JSON.parse(out.join('\n'));
    expect(Object.keys(printed)).toEqual([
      'title',
      'byline',
      'siteName',
      'publishedAt',
      'lang',
      'text',
      'blocks',
    ]);
    expect(printed.title).toBe('Pakistan rejects TTP’s offer to resume talks');
    expect(printed.publishedAt).toBe('2024-06-25');
    expect(printed.blocks).toHaveLength(9);
    expect(printed.text).not.toContain('Most Popular');
    expect(await readdir(work)).toEqual([]);
  });

  it('imports files into a notebook, reports a bad one, and lists the articles', async () => {
    const good = join(work, 'crossing.txt');
    await writeFile(
      good,
      'Border crossing reopens today\n\nTraders lined up before dawn as the crossing opened again after weeks.',
    );
    await writeFile(join(work, 'empty.txt'), '');
    const dataDir = join(work, 'notebook');
    const code = await runCli(
      ['import', good, join(work, 'empty.txt'), join(work, 'missing.pdf'), '--data-dir', dataDir],
      io,
      seeds,
    );
    expect(code).toBe(1);
    expect(out.join('\n')).toContain('imported: ');
    expect(out.at(-1)).toBe(`1 imported, 0 already in the notebook, 2 failed (${dataDir})`);
    expect(err.join('\n')).toMatch(/failed: .*empty\.txt: “empty\.txt” is empty/);
    expect(err.join('\n')).toMatch(/missing\.pdf.*there is no such file/);

    out = [];
    expect(await runCli(['list', '--data-dir', dataDir, '--json'], io, seeds)).toBe(0);
    const titles = JSON.parse(out.join('\n')).map((a: { title: string }) => a.title);
    expect(titles).toEqual([
      'Pakistan rejects TTP’s offer to resume talks',
      'Border crossing reopens today',
    ]);
  });

  it('explains its usage for an unknown command', async () => {
    expect(await runCli(['frobnicate'], io, seeds)).toBe(2);
    expect(err.join('\n')).toContain('There is no command "frobnicate".');
    expect(err.join('\n')).toContain('dossier extract FILE|URL [--json]');
  });

  it.each(Object.keys(FORMATS))('export --format %s writes a non-empty file', async (flag) => {
    const dataDir = join(work, 'notebook');
    const { articleId } = await notebookWithWork(dataDir);
    const out = join(work, `notes.${flag}`);
    const args = ['export', '--format', flag, '--out', out, '--data-dir', dataDir];
    expect(await runCli([...args, '--tag', 'Actors/TTP', '--article', articleId], io, seeds)).toBe(
      0,
    );
    expect(out.length).toBeGreaterThan(0);
    const bytes = await readFile(out);
    expect(bytes.length).toBeGreaterThan(0);
    expect(out).toBeTruthy();
    expect(outText()).toContain(`wrote ${out}`);
    if (['md', 'html', 'csv', 'jsonld'].includes(flag))
      expect(bytes.toString('utf8')).toContain(URDU);
  });

  it('exports the rest when an article file is missing, and says which on stderr', async () => {
    const dataDir = join(work, 'notebook');
    const { articleId } = await notebookWithWork(dataDir);
    await rm(join(dataDir, 'articles', `${articleId}.json`));
    const out = join(work, 'notes.md');
    expect(
      await runCli(['export', '--format', 'md', '--out', out, '--data-dir', dataDir], io, seeds),
    ).toBe(0);
    expect(err.join('\n')).toMatch(
      /left out of the export: “Talks on hold” \(The file of .* is missing/,
    );
    expect(await readFile(out, 'utf8')).toContain('Not in this export');
  });

  it('exports a bundle and imports it into another notebook, quotes intact', async () => {
    const dataDir = join(work, 'notebook');
    const { articleId, highlightId } = await notebookWithWork(dataDir);
    const file = join(work, 'backup.dossier');
    expect(
      await runCli(
        ['export', '--format', 'bundle', '--out', file, '--data-dir', dataDir],
        io,
        seeds,
      ),
    ).toBe(0);
    expect((await readFile(file)).subarray(0, 2).toString()).toBe('PK');

    out = [];
    const other = join(work, 'other');
    expect(await runCli(['import', file, '--data-dir', other], io, seeds)).toBe(0);
    // The seed article was there already (merged by its bytes); the other one is added.
    expect(outText()).toMatch(
      /bundle: .*backup\.dossier → 1 articles added, 1 merged, 1 highlights added, 1 tags added/,
    );
    const article = await inNotebook(other, (run) =>
      run<Article>('articles.get', { id: articleId }),
    );
    const h = article.highlights.find((x) => x.id === highlightId)!;
    expect(h.quote.exact).toBe(URDU);
    expect(h.note).toBe('Urdu 🤝 quote');
    expect(article.text).toContain('🤝');
  });

  it('refuses a bad export request', async () => {
    expect(await runCli(['export', '--format', 'rtf', '--out', join(work, 'x')], io, seeds)).toBe(
      2,
    );
    expect(err.join('\n')).toContain('export needs --format');
  });

  it('leaves checking an export request to dispatch, and names an unknown tag', async () => {
    const dataDir = join(work, 'notebook');
    const args = ['export', '--format', 'md', '--out', join(work, 'x.md'), '--data-dir', dataDir];
    expect(await runCli([...args, '--from', 'last spring'], io, seeds)).toBe(2);
    expect(err.join('\n')).toMatch(/^export: export\.render was given invalid input \(from: /m);
    err = [];
    expect(await runCli([...args, '--tag', 'Actors/Nobody'], io, seeds)).toBe(2);
    expect(err.join('\n')).toContain('There is no tag “Actors/Nobody” in this notebook');
    expect(await readdir(work)).toEqual(['notebook']);
  });

  it('searches sources, quotes and notes, as text or JSON, and names a bad query', async () => {
    const dataDir = join(work, 'notebook');
    const { articleId, highlightId } = await notebookWithWork(dataDir);
    out = [];
    expect(await runCli(['search', 'tag:TTP', '--data-dir', dataDir], io, seeds)).toBe(0);
    expect(out[0]).toMatch(/^\d+ hits? \(/);
    expect(outText()).toContain(`quote  Talks on hold  ${highlightId}`);
    out = [];
    expect(
      await runCli(['search', '"attacks stop"', '--json', '--data-dir', dataDir], io, seeds),
    ).toBe(0);
    const found = JSON.parse(outText()) as {
      total: number;
      hits: Array<{ articleId: string; snippet: string }>;
    };
    expect(found.total).toBe(1);
    expect(found.hits[0]).toMatchObject({
      articleId,
      snippet: expect.stringContaining('«attacks stop»'),
    });
    err = [];
    expect(await runCli(['search', '"attacks', '--data-dir', dataDir], io, seeds)).toBe(2);
    expect(err.join('\n')).toMatch(/^search: .*quote.* is never closed/im);
  });

  it('imports an address through the notebook, reporting one that cannot be reached', async () => {
    const dataDir = join(work, 'notebook');
    const address = 'http://127.0.0.1:9/unreachable';
    expect(await runCli(['import', address, '--data-dir', dataDir], io, seeds)).toBe(1);
    expect(err.join('\n')).toMatch(/^failed: http:\/\/127\.0\.0\.1:9\/unreachable: /m);
  });
});

describe('dossier and the notebook’s notices', () => {
  it('prints the notice of a repaired library on stderr and still does the work', async () => {
    const dataDir = join(work, 'notebook');
    await damagedNotebook(dataDir);
    expect(await runCli(['list', '--data-dir', dataDir], io, seeds)).toBe(0);
    expect(outText()).toContain('Border crossing reopens today');
    const notices = err.filter((l) => l.startsWith('dossier: notice: '));
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/library\.json/);
  });

  it('prints notices after an import too, on stderr only', async () => {
    const dataDir = join(work, 'notebook');
    await damagedNotebook(dataDir);
    const file = join(work, 'second.txt');
    await writeFile(file, 'Second report\n\nThe road stayed closed for a week.');
    expect(await runCli(['import', file, '--data-dir', dataDir], io, seeds)).toBe(0);
    expect(err.some((l) => /^dossier: notice: .*library\.json/.test(l))).toBe(true);
    expect(out.some((l) => l.startsWith('dossier: notice:'))).toBe(false);
  });

  it('lists the notices with their ids, and dismisses them', async () => {
    const dataDir = join(work, 'notebook');
    await damagedNotebook(dataDir);
    expect(await runCli(['notices', '--dismiss', 'all', '--data-dir', dataDir], io, seeds)).toBe(0);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^dismissed: [0-9a-f-]{36}$/);
    // The notices command is their report: it does not repeat them on stderr.
    expect(err).toEqual([]);

    out = [];
    expect(await runCli(['notices', '--data-dir', dataDir], io, seeds)).toBe(0);
    expect(out).toEqual(['No notices.']);
    expect(await runCli(['list', '--data-dir', dataDir], io, seeds)).toBe(0);
    expect(err).toEqual([]);
  });

  it('says which notice it could not dismiss', async () => {
    const dataDir = join(work, 'notebook');
    const code = await runCli(
      ['notices', '--dismiss', 'no-such-notice', '--data-dir', dataDir],
      io,
      seeds,
    );
    expect(code).toBe(1);
    expect(err.join('\n')).toContain('notices: There is no notice no-such-notice.');
  });
});
