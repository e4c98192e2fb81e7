// Storage must put real bytes on disk, and a damaged library must come back from a backup
// with the user told, never silently reset.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ArticleFile, LibraryFile } from '../../../shared/model';
import { openNotebook, type Notebook } from '../notebook';
import { DurableJsonFile } from './durable-file';
import { Journal } from './journal';

const ARTICLE =
  'Border crossing reopens today\n\nThe first paragraph says something worth reading today.\n\nA second paragraph follows it with more detail.';

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
    const article = await notebook.imports.text({ text: ARTICLE, fileName: 'a.txt' });
    const highlight = await notebook.highlights.create({ articleId: article.id, start: 0, end: 9 });
    await notebook.highlights.update({ id: highlight.id, note: 'Why this matters' });

    // Each change is a line of the journal; closing folds them into library.json.
    const journal = await readFile(join(dataDir, 'library.journal'), 'utf8');
    expect(journal).toContain(highlight.id);
    await notebook.close();
    notebook = null;
    const library = LibraryFile.parse(await readJson(join(dataDir, 'library.json')));
    expect(library.articles).toMatchObject([{ id: article.id, highlightCount: 1 }]);
    expect(library.highlightIds[article.id]).toEqual([highlight.id]);
    expect(await readFile(join(dataDir, 'library.journal'), 'utf8')).toBe('');
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
      const article = await notebook.imports.text({ text: ARTICLE });
      await notebook.close();
      // Closing writes library.json and keeps a copy of it among the backups.
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
    const article = await notebook.imports.text({ text: ARTICLE });
    await notebook.close();
    await rm(join(dataDir, 'backups'), { recursive: true, force: true });
    await writeFile(join(dataDir, 'library.json'), '{"broken":');

    notebook = await openNotebook({ dataDir });
    expect((await notebook.listArticles()).map((a) => a.title)).toEqual([article.title]);
    expect(notebook.listNotices()[0]?.message).toMatch(/rebuilt from the article files/);
  });

  it('restores a damaged article file from its backup', async () => {
    notebook = await openNotebook({ dataDir });
    const article = await notebook.imports.text({ text: ARTICLE });
    await notebook.close();
    notebook = await openNotebook({ dataDir });
    await notebook.setArticleNote({ id: article.id, body: 'first thoughts' }); // backs it up first
    await notebook.close();
    await writeFile(join(dataDir, 'articles', `${article.id}.json`), '{');

    notebook = await openNotebook({ dataDir });
    const restored = await notebook.getArticle(article.id);
    expect(restored.text).toBe(article.text);
    expect(notebook.listNotices()[0]?.message).toMatch(
      /“Border crossing reopens today” was damaged/,
    );
  });

  it('lists articles imported after the backup when library.json is restored', async () => {
    notebook = await openNotebook({ dataDir });
    const first = await notebook.imports.text({ text: ARTICLE });
    await notebook.close();
    notebook = await openNotebook({ dataDir }); // backup holds only the first article
    const second = await notebook.imports.text({ text: `${ARTICLE}\n\nA third paragraph now.` });
    const h = await notebook.highlights.create({ articleId: second.id, start: 0, end: 9 });
    await notebook.close();
    await writeFile(join(dataDir, 'library.json'), '{"schemaVersion":1,"artic');

    notebook = await openNotebook({ dataDir });
    expect((await notebook.listArticles()).map((a) => a.id)).toEqual([first.id, second.id]);
    expect((await notebook.listArticles())[1]!.highlightCount).toBe(1);
    await notebook.highlights.update({ id: h.id, note: 'still editable' });
    expect(notebook.listNotices()[0]?.message).toMatch(/rebuilt from the article files/);
  });

  it('repairs the index when an article file was restored to an older state', async () => {
    notebook = await openNotebook({ dataDir });
    const article = await notebook.imports.text({ text: ARTICLE });
    await notebook.close();
    notebook = await openNotebook({ dataDir });
    const h = await notebook.highlights.create({ articleId: article.id, start: 0, end: 9 }); // backs up first
    await notebook.close();
    await writeFile(join(dataDir, 'articles', `${article.id}.json`), '');

    notebook = await openNotebook({ dataDir });
    expect((await notebook.getArticle(article.id)).highlights).toEqual([]);
    expect((await notebook.listArticles())[0]!.highlightCount).toBe(0);
    await expect(notebook.highlights.update({ id: h.id, note: 'x' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('reports a seed that cannot be imported, imports the rest once, and starts', async () => {
    const seeds = await mkdtemp(join(tmpdir(), 'dossier-seeds-'));
    await writeFile(join(seeds, 'a.txt'), ARTICLE);
    await writeFile(join(seeds, 'b.txt'), '   \n');
    notebook = await openNotebook({ dataDir, seedsDir: seeds });
    expect(await notebook.listArticles()).toHaveLength(1);
    expect(notebook.listNotices()[0]?.message).toMatch(
      /sample article b\.txt could not be imported/,
    );
    await notebook.close();
    notebook = await openNotebook({ dataDir, seedsDir: seeds });
    expect(await notebook.listArticles()).toHaveLength(1);
    await rm(seeds, { recursive: true, force: true });
  });
});

describe('operations at the same time', () => {
  it('never corrupt an article file or lose a change', async () => {
    notebook = await openNotebook({ dataDir });
    const article = await notebook.imports.text({ text: ARTICLE });
    await notebook.close();
    notebook = await openNotebook({ dataDir }); // the article file is not open yet
    const results = await Promise.allSettled([
      notebook.setArticleNote({ id: article.id, body: 'n'.repeat(5000) }),
      notebook.updateArticle({ id: article.id, title: 'Renamed' }),
      notebook.highlights.create({ articleId: article.id, start: 0, end: 9 }),
      notebook.highlights.create({ articleId: article.id, start: 14, end: 19 }),
    ]);
    expect(results.every((r) => r.status === 'fulfilled')).toBe(true);
    const file = ArticleFile.parse(await readJson(join(dataDir, 'articles', `${article.id}.json`)));
    expect(file.note.body).toHaveLength(5000);
    expect(file.article.title).toBe('Renamed');
    expect(file.highlights).toHaveLength(2);
  });

  it('a failed change does not roll back a change that succeeded meanwhile', async () => {
    notebook = await openNotebook({ dataDir });
    const article = await notebook.imports.text({ text: ARTICLE });
    const append = vi
      .spyOn(Journal.prototype, 'append')
      .mockRejectedValueOnce(new Error('the disk is full'));
    const [created, noted] = await Promise.allSettled([
      notebook.highlights.create({ articleId: article.id, start: 0, end: 9 }),
      notebook.setArticleNote({ id: article.id, body: 'kept' }),
    ]);
    append.mockRestore();
    expect(created.status).toBe('rejected');
    expect(noted.status).toBe('fulfilled');
    const file = ArticleFile.parse(await readJson(join(dataDir, 'articles', `${article.id}.json`)));
    expect(file.note.body).toBe('kept');
    expect(file.highlights).toEqual([]);
    expect((await notebook.listArticles())[0]!.highlightCount).toBe(0);
  });

  it('close() waits for an import still being parsed, and refuses new ones', async () => {
    notebook = await openNotebook({ dataDir });
    const importing = notebook.imports.text({ text: ARTICLE });
    await notebook.close();
    await expect(importing).resolves.toMatchObject({ title: 'Border crossing reopens today' });
    await expect(notebook.imports.text({ text: `${ARTICLE} Again.` })).rejects.toThrow(/closed/);
    notebook = await openNotebook({ dataDir });
    expect(await notebook.listArticles()).toHaveLength(1);
  });

  it('a backup that cannot be taken is reported, and the change stands', async () => {
    notebook = await openNotebook({ dataDir });
    await rm(join(dataDir, 'backups'), { recursive: true, force: true });
    await writeFile(join(dataDir, 'backups'), 'not a folder');
    for (let i = 0; i < 50; i++)
      await notebook
        .setArticleNote({
          id: (await notebook.imports.text({ text: `${ARTICLE} ${i}.` })).id,
          body: 'x',
        })
        .catch(() => undefined);
    const articles = await notebook.listArticles();
    expect(articles).toHaveLength(50);
    for (const a of articles) await expect(notebook.getArticle(a.id)).resolves.toBeTruthy();
    expect(
      notebook.listNotices().some((n) => /A backup of “.*” could not be/.test(n.message)),
    ).toBe(true);
    await notebook.close(); // writes library.json, whose backup cannot be kept either
    expect(
      notebook
        .listNotices()
        .some((n) => /backup of library\.json could not be taken/.test(n.message)),
    ).toBe(true);
    notebook = await openNotebook({ dataDir });
    expect(await notebook.listArticles()).toHaveLength(50);
  });
});
