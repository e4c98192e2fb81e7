// Importing sources into a notebook: every kind through the worker, URLs from a live local
// server, duplicates, failures that change nothing, and the analyst's cleaning edits.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleDetail } from '../../shared/model';
import { dispatch } from './dispatch';
import { openNotebook, type Notebook } from './notebook';

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Border talks stall | The Frontier Post</title>
<meta property="og:site_name" content="The Frontier Post">
<meta property="article:published_time" content="2024-06-20T08:00:00Z">
<script>window.evil = 1</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Border talks stall</h1>
<p onclick="alert(1)">Officials from both countries met in Kabul on Thursday but failed to agree on a timetable for reopening the crossing, according to three people present.</p>
<p>Traders on both sides say the closure has already cost them millions and that patience is running out after weeks of delays at the border.</p>
<p>A further round is planned for next month, though neither delegation would commit to a date when asked by reporters after the meeting ended.</p>
<p><a href="javascript:alert(2)">Click here</a> for nothing.</p>
</article><footer>© 2024 The Frontier Post</footer></body></html>`;

const TEXT =
  'Plain headline\n\nThe first paragraph of a plain article that is already clean text.\n\nThe second paragraph closes the short article with another sentence.';

let dataDir: string;
let notebook: Notebook;
let server: Server;
let base: string;
const hits: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    hits.push(req.url ?? '');
    if (req.url === '/article') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(PAGE);
    } else if (req.url === '/moved') {
      res.writeHead(302, { Location: '/article' });
      res.end();
    } else if (req.url === '/to-file') {
      res.writeHead(302, { Location: 'file:///etc/passwd' });
      res.end();
    } else if (req.url === '/slow') {
      setTimeout(() => res.end('late'), 60_000).unref();
    } else {
      res.writeHead(404);
      res.end('not here');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
});
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'dossier-import-'));
  notebook = await openNotebook({ dataDir });
});
afterEach(async () => {
  await notebook.close();
  await rm(dataDir, { recursive: true, force: true });
});

const snapshot = async () => {
  const files: Record<string, string> = {};
  for (const folder of ['', 'articles', 'originals']) {
    for (const name of await readdir(join(dataDir, folder)).catch(() => [])) {
      if (name.endsWith('.lock') || ['articles', 'originals', 'backups'].includes(name)) continue;
      files[join(folder, name)] = await readFile(join(dataDir, folder, name), 'utf8');
    }
  }
  return files;
};

describe('URL import', () => {
  it('fetches the page through a redirect, extracts it and keeps the final URL', async () => {
    const result = await dispatch(notebook, 'articles.importUrl', { url: `${base}/moved` });
    expect(result.ok).toBe(true);
    const { article } = (result as { value: { article: ArticleDetail } }).value;
    expect(article.title).toBe('Border talks stall');
    expect(article.url).toBe(`${base}/article`);
    expect(article.source).toBe('The Frontier Post');
    expect(article.publishedAt).toBe('2024-06-20');
    expect(article.kind).toBe('html');
    expect(article.text).toContain('failed to agree on a timetable');
    for (const bad of ['window.evil', 'alert(', 'javascript:', 'onclick']) {
      expect(article.text).not.toContain(bad);
    }
  });

  it('refuses a redirect to a non-http address, a 404 and a dead server, changing nothing', async () => {
    const before = await snapshot();
    for (const [url, reason] of [
      [`${base}/to-file`, /only http and https/],
      [`${base}/nowhere`, /answered 404/],
      ['http://127.0.0.1:9/', /could not be fetched/],
    ] as const) {
      const result = await dispatch(notebook, 'articles.importUrl', { url });
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      expect(!result.ok && result.error.message).toMatch(reason);
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe('file import', () => {
  it('offers the existing article when the same bytes come again', async () => {
    const data = Buffer.from(TEXT).toString('base64');
    const first = await dispatch(notebook, 'articles.import', { fileName: 'a.txt', data });
    const again = await dispatch(notebook, 'articles.import', { fileName: 'copy of a.txt', data });
    expect(first).toMatchObject({ ok: true, value: { duplicate: false } });
    expect(again).toMatchObject({ ok: true, value: { duplicate: true } });
    const id = (first as { value: { article: ArticleDetail } }).value.article.id;
    expect((again as { value: { article: ArticleDetail } }).value.article.id).toBe(id);
    expect(await notebook.listArticles()).toHaveLength(1);
  });

  it('refuses binary and empty text naming the file, leaving the notebook as it was', async () => {
    await notebook.imports.text({ text: TEXT });
    const before = await snapshot();
    const binary = Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10, 0x00, 0x00, 0x7f]).toString(
      'base64',
    );
    const bad = await dispatch(notebook, 'articles.import', {
      fileName: 'photo.bin',
      data: binary,
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(!bad.ok && bad.error.message).toContain('“photo.bin”');
    const blank = await dispatch(notebook, 'articles.import', {
      fileName: 'blank.txt',
      data: Buffer.from('   \n\n  ').toString('base64'),
    });
    expect(!blank.ok && blank.error.message).toContain('“blank.txt”');
    expect(await snapshot()).toEqual(before);
  });

  it('imports text that is not valid UTF-8 and says so in a notice naming the file', async () => {
    // UTF-8 Urdu and curly quotes with two bytes that belong to no encoding of it.
    const bytes = Buffer.concat([
      Buffer.from(`${TEXT}\n\nپاکستان “talks” resume. `),
      Buffer.from([0xc3, 0x28, 0xa0, 0xa1]),
      Buffer.from(' More text — with dashes and “quotes” in UTF-8.'),
    ]);
    const result = await dispatch(notebook, 'articles.import', {
      fileName: 'mixed.txt',
      data: bytes.toString('base64'),
    });
    expect(result).toMatchObject({ ok: true });
    const text = (result as { value: { article: ArticleDetail } }).value.article.text;
    expect(text).toContain('پاکستان');
    expect(notebook.listNotices().map((n) => n.message)).toEqual([
      expect.stringMatching(/“mixed\.txt” is not entirely valid UTF-8/),
    ]);
  });

  it('imports HTML, Markdown and text by their content, keeping the original bytes', async () => {
    const html = await notebook.imports.source({ bytes: Buffer.from(PAGE), fileName: 'page.html' });
    const md = await notebook.imports.source({
      bytes: Buffer.from(
        '# Notes on talks\n\nA *first* paragraph with a [link](https://x.org).\n\n- one item\n- two items\n',
      ),
      fileName: 'notes.md',
    });
    expect(html.article.kind).toBe('html');
    expect(md.article).toMatchObject({ kind: 'markdown', title: 'Notes on talks' });
    expect(md.article.text).toContain('A first paragraph with a link.');
    expect(md.article.blocks.filter((b) => b.kind === 'list-item')).toHaveLength(2);
    expect(await readFile(join(dataDir, 'originals', html.article.sha256), 'utf8')).toBe(PAGE);
  });
});

describe("the cleaner's notes", () => {
  // Every update opens with a capitalised label the promo rule reads as a link to another
  // story: the safety net keeps the page's article and the note says so.
  const updates = [
    'The river rose another metre overnight and the district office ordered the lower town to leave before noon, sending buses to the market square.',
    'Rescue boats reached the villages cut off since Sunday, and the first families were brought to the school that now serves as a shelter.',
    'The provincial minister said the embankment would hold, though engineers on the site warned that the water was still rising at the bridge.',
    'Electricity was cut in three districts as a precaution, and the hospital moved its patients to the upper floors before the evening.',
  ];
  const LIVE = `<!DOCTYPE html><html><body><article><h1>Floods: live updates</h1>${updates
    .map((u) => `<p>LATEST NEWS: ${u}</p>`)
    .join('')}</article></body></html>`;

  it('keeps what the cleaner was unsure of with the article, and drops it with a new version', async () => {
    const { article } = await notebook.imports.source({
      bytes: Buffer.from(LIVE),
      fileName: 'live.html',
    });
    expect(article.cleaning).toEqual([
      expect.stringMatching(/^The cleaner's rules would have kept only \d+%/),
    ]);
    for (const update of updates) expect(article.text).toContain(update);
    const [summary] = await notebook.listArticles();
    expect(summary).not.toHaveProperty('cleaning');

    await notebook.close();
    notebook = await openNotebook({ dataDir });
    expect((await notebook.getArticle(article.id)).cleaning).toEqual(article.cleaning);

    await notebook.revisions.revise({ id: article.id, text: `${updates[0]}\n\n${updates[1]}` });
    expect((await notebook.getArticle(article.id)).cleaning).toBeUndefined();
  });

  it('has no notes where the cleaner was sure', async () => {
    const { article } = await notebook.imports.source({
      bytes: Buffer.from(PAGE),
      fileName: 'page.html',
    });
    expect(article.cleaning).toBeUndefined();
  });
});

describe('cleaning edits', () => {
  it('puts a removed block back and removes another; highlights keep their words', async () => {
    const { article } = await notebook.imports.source({
      bytes: Buffer.from(PAGE),
      fileName: 'page.html',
    });
    const index = article.sourceBlocks.findIndex((b) => b.text.includes('Traders on both sides'));
    const at = article.text.indexOf('patience is running out');
    const h = await notebook.highlights.create({ articleId: article.id, start: at, end: at + 23 });
    const first = article.sourceBlocks.findIndex((b) => b.text.startsWith('Officials from both'));

    const removed = await notebook.setBlockRemoved({ id: article.id, index: first, removed: true });
    expect(removed.text).not.toContain('Officials from both');
    expect(removed.sourceBlocks[first]!.removed).toBe('removed by you');
    const moved = removed.highlights[0]!;
    expect(moved.id).toBe(h.id);
    expect(Array.from(removed.text).slice(moved.position.start, moved.position.end).join('')).toBe(
      'patience is running out',
    );

    const restored = await notebook.setBlockRemoved({
      id: article.id,
      index: first,
      removed: false,
    });
    expect(restored.text).toBe(article.text);
    expect(restored.highlights[0]!.position).toEqual(h.position);

    const refused = await dispatch(notebook, 'articles.setBlockRemoved', {
      id: article.id,
      index,
      removed: true,
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((await notebook.getArticle(article.id)).text).toBe(article.text);
  });

  it('puts back a block the cleaner removed', async () => {
    const { article } = await notebook.imports.source({
      bytes: Buffer.from(PAGE),
      fileName: 'page.html',
    });
    const index = article.sourceBlocks.findIndex((b) => b.removed);
    expect(index).toBeGreaterThanOrEqual(0);
    const back = await notebook.setBlockRemoved({ id: article.id, index, removed: false });
    expect(back.text).toContain(article.sourceBlocks[index]!.text.trim());
  });
});
