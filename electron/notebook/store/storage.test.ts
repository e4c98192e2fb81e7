// Storage must put real bytes on disk, and a damaged library must come back from a backup
// with the user told, never silently reset.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArticleFile, LibraryFile } from '../../../shared/model';
import { openNotebook, type Notebook } from '../notebook';
import { DurableJsonFile } from './durable-file';

const ARTICLE =
  'Headline here\n\nThe first paragraph says something worth reading today.\n\nA second paragraph follows it with more detail.';

let dataDir: string;
let notebook: Notebook | null;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'dossier-store-'));
  notebook = null;
});
afterEach(async () => {
  await notebook?.close();
  await rm(dataDir, { recursive: true, force: true });
});

const readJson = async (path: string): Promise<unknown> => JSON.parse(await readFile(path, 'utf8'));

describe('durable JSON file', () => {
  it('writes the bytes to disk and leaves no temp file', async () => {
    const path = join(dataDir, 'x.json');
    const file = new DurableJsonFile<{ n: number }>(path);
    await Promise.all([file.write({ n: 1 }), file.write({ n: 2 })]);
    expect(await readJson(path)).toEqual({ n: 2 });
    expect(await readdir(dataDir)).toEqual(['x.json']);
    expect(await file.read()).toEqual({ n: 2 });
  });
});

describe('notebook storage', () => {
  it('writes library.json and one file per article, readable from disk', async () => {
    notebook = await openNotebook({ dataDir });
    const article = await notebook.importText({ text: ARTICLE, fileName: 'a.txt' });
    const highlight = await notebook.createHighlight({ articleId: article.id, start: 0, end: 9 });
    await notebook.updateHighlight({ id: highlight.id, note: 'Why this matters' });

    const library = LibraryFile.parse(await readJson(join(dataDir, 'library.json')));
    expect(library.articles).toMatchObject([{ id: article.id, highlightCount: 1 }]);
    expect(library.highlightArticles[highlight.id]).toBe(article.id);
    const file = ArticleFile.parse(await readJson(join(dataDir, 'articles', `${article.id}.json`)));
    expect(file.highlights[0]).toMatchObject({
      note: 'Why this matters',
      quote: { exact: 'The first' },
    });
    expect(await readdir(join(dataDir, 'originals'))).toEqual([article.sha256]);
  });

  it('keeps a second host out of an open data folder', async () => {
    notebook = await openNotebook({ dataDir });
    await expect(openNotebook({ dataDir })).rejects.toThrow(/already open/);
  });

  for (const [damage, content] of [
    ['truncated', '{"schemaVersion":1,"articles":[{"id'],
    ['empty', ''],
    ['NUL-filled', '\0'.repeat(64)],
    ['null', 'null'],
  ] as const) {
    it(`restores a ${damage} library.json from the newest backup and says so`, async () => {
      notebook = await openNotebook({ dataDir });
      const article = await notebook.importText({ text: ARTICLE });
      await notebook.close();
      // Opening takes a verified backup of the good library.
      notebook = await openNotebook({ dataDir });
      await notebook.close();
      await writeFile(join(dataDir, 'library.json'), content);

      notebook = await openNotebook({ dataDir });
      expect((await notebook.listArticles()).map((a) => a.id)).toEqual([article.id]);
      const [notice] = notebook.listNotices();
      expect(notice?.message).toMatch(
        /library\.json was damaged .* restored from the backup of \d{4}-/,
      );
      const moved = (await readdir(dataDir)).filter((n) => n.startsWith('library.json.damaged-'));
      expect(moved).toHaveLength(1);
      expect(await readFile(join(dataDir, moved[0]!), 'utf8')).toBe(content);
    });
  }

  it('rebuilds the library from article files when no backup is readable', async () => {
    notebook = await openNotebook({ dataDir });
    const article = await notebook.importText({ text: ARTICLE });
    await notebook.close();
    await rm(join(dataDir, 'backups'), { recursive: true, force: true });
    await writeFile(join(dataDir, 'library.json'), '{"broken":');

    notebook = await openNotebook({ dataDir });
    expect((await notebook.listArticles()).map((a) => a.title)).toEqual([article.title]);
    expect(notebook.listNotices()[0]?.message).toMatch(/rebuilt from 1 article file/);
  });

  it('restores a damaged article file from its backup', async () => {
    notebook = await openNotebook({ dataDir });
    const article = await notebook.importText({ text: ARTICLE });
    await notebook.close();
    notebook = await openNotebook({ dataDir });
    await notebook.setArticleNote({ id: article.id, body: 'first thoughts' }); // backs it up first
    await notebook.close();
    await writeFile(join(dataDir, 'articles', `${article.id}.json`), '{');

    notebook = await openNotebook({ dataDir });
    const restored = await notebook.getArticle(article.id);
    expect(restored.text).toBe(article.text);
    expect(notebook.listNotices()[0]?.message).toMatch(/“Headline here” was damaged/);
  });
});
