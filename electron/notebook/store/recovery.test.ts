// Damage the analyst never caused must cost them nothing they wrote: damaged article files
// come back from a backup or from their original bytes with every readable highlight, and
// what happened is told, and still told after a restart.
import { open, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempNotebook } from '../temp-notebook.test-support';

const TEXT =
  'Border talks stall\n\nOfficials from both sides met at Torkham on Monday but agreed on nothing.\n\n' +
  'Traders say the closure costs them dearly every single day it lasts.';

interface Detail {
  id: string;
  text: string;
  highlights: Array<{ id: string; note: string; orphan?: boolean; quote: { exact: string } }>;
  note: { body: string };
}

describe('a damaged article file', () => {
  const temp = useTempNotebook('recovery');

  async function annotated() {
    const article = await temp.run<Detail>('articles.importText', {
      text: TEXT,
      fileName: 'talks.txt',
    });
    const quote = (words: string) => {
      const start = article.text.indexOf(words);
      return { articleId: article.id, start, end: start + words.length };
    };
    const first = await temp.run<{ id: string }>('highlights.create', quote('agreed on nothing'));
    await temp.run('highlights.update', { id: first.id, note: 'No progress' });
    const second = await temp.run<{ id: string }>('highlights.create', quote('costs them dearly'));
    await temp.run('articles.setNote', { id: article.id, body: 'Follow the trade figures.' });
    return { article, ids: [first.id, second.id] };
  }

  const articlePath = (id: string) => join(temp.dataDir, 'articles', `${id}.json`);

  it('without any backup is rebuilt from its original, keeping every highlight and the note', async () => {
    const { article, ids } = await annotated();
    await temp.notebook.close();
    await rm(join(temp.dataDir, 'backups'), { recursive: true, force: true });
    // Cut off where the text begins: highlights and note come first in the file.
    const raw = await readFile(articlePath(article.id), 'utf8');
    await truncate(articlePath(article.id), Buffer.byteLength(raw.slice(0, raw.indexOf('"text"'))));
    await temp.reopen();

    const rebuilt = await temp.run<Detail>('articles.get', { id: article.id });
    expect(rebuilt.text).toBe(article.text);
    expect(rebuilt.highlights.map((h) => h.id).sort()).toEqual([...ids].sort());
    expect(rebuilt.highlights.find((h) => h.id === ids[0])).toMatchObject({
      note: 'No progress',
      quote: { exact: 'agreed on nothing' },
    });
    expect(rebuilt.highlights.every((h) => !h.orphan)).toBe(true);
    expect(rebuilt.note.body).toBe('Follow the trade figures.');
    const notices = await temp.run<Array<{ message: string }>>('notices.list', {});
    expect(notices.map((n) => n.message).join('\n')).toMatch(
      /“Border talks stall” was damaged .* no readable backup.* rebuilt from its original; 2 highlights read from the damaged file kept/,
    );
    expect(
      (await readdir(join(temp.dataDir, 'articles'))).some((n) => n.includes('.damaged-')),
    ).toBe(true);
  });

  it('restored from its backup keeps the highlights made after that backup', async () => {
    const { article, ids } = await annotated();
    await temp.reopen();
    // This session's backup is taken before the first change: it lacks the highlight below.
    const start = article.text.indexOf('Officials');
    const late = await temp.run<{ id: string }>('highlights.create', {
      articleId: article.id,
      start,
      end: start + 9,
    });
    await temp.notebook.close();
    const raw = await readFile(articlePath(article.id), 'utf8');
    await writeFile(articlePath(article.id), raw.slice(0, raw.indexOf('"article"')));
    await temp.reopen();

    const restored = await temp.run<Detail>('articles.get', { id: article.id });
    expect(restored.highlights.map((h) => h.id).sort()).toEqual([...ids, late.id].sort());
    const [summary] = await temp.run<Array<{ highlightCount: number }>>('articles.list', {});
    expect(summary!.highlightCount).toBe(3);
    const notices = await temp.run<Array<{ message: string }>>('notices.list', {});
    expect(notices.map((n) => n.message).join('\n')).toMatch(
      /restored from the backup of .*; 1 newer highlight read from the damaged file kept/,
    );
  });

  it('raises a notice that outlives the session until it is dismissed', async () => {
    const { article } = await annotated();
    await temp.notebook.close();
    await writeFile(articlePath(article.id), '\0\0\0\0');
    await temp.reopen();
    await temp.run('articles.get', { id: article.id });
    const [notice] = await temp.run<Array<{ id: string; message: string }>>('notices.list', {});
    expect(notice?.message).toMatch(/was damaged \(the file is empty\)/);
    await temp.reopen();
    expect(await temp.run('notices.list', {})).toMatchObject([{ id: notice!.id }]);
    await temp.run('notices.dismiss', { id: notice!.id });
    await temp.reopen();
    expect(await temp.run('notices.list', {})).toEqual([]);
  });
});

describe('a library.json too large to be a notebook index', () => {
  const temp = useTempNotebook('huge-library');

  it('is moved aside and the library rebuilt from the article files, with a notice', async () => {
    const article = await temp.run<{ id: string }>('articles.importText', { text: TEXT });
    await temp.notebook.close();
    await rm(join(temp.dataDir, 'backups'), { recursive: true, force: true });
    // Sparse: 600 MB long without writing 600 MB.
    const handle = await open(join(temp.dataDir, 'library.json'), 'r+');
    await handle.truncate(600 * 1024 * 1024);
    await handle.close();
    await temp.reopen();
    expect(await temp.run('articles.list', {})).toMatchObject([{ id: article.id }]);
    const [notice] = await temp.run<Array<{ message: string }>>('notices.list', {});
    expect(notice?.message).toMatch(/library\.json was damaged \(the file is 600 MB, more than/);
    const moved = (await readdir(temp.dataDir)).filter((n) => n.startsWith('library.json.damaged'));
    expect(moved).toHaveLength(1);
  });
});
