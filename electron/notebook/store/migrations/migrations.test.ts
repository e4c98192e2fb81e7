// Each migration on a notebook folder as the previous version of Dossier wrote it.
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LibraryFile } from '../../../../shared/model';
import { dispatch } from '../../dispatch';
import { openNotebook, type Notebook } from '../../notebook';
import { migrateLibrary } from '.';

const FIXTURE_V1 = join(import.meta.dirname, 'fixtures', 'v1');

let dataDir: string;
let notebook: Notebook | null = null;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'dossier-migrate-'));
  await cp(FIXTURE_V1, dataDir, { recursive: true });
});
afterEach(async () => {
  await notebook?.close();
  notebook = null;
  await rm(dataDir, { recursive: true, force: true });
});

const call = async <T>(op: string, input: unknown): Promise<T> => {
  const result = await dispatch(notebook!, op, input);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
};

describe('0001: the library journal', () => {
  it('turns the highlight map into each article’s highlight ids', async () => {
    const v1 = JSON.parse(await readFile(join(FIXTURE_V1, 'library.json'), 'utf8'));
    const migrated = migrateLibrary(v1);
    expect(migrated.status).toBe('migrated');
    const library = LibraryFile.parse(migrated.status === 'migrated' ? migrated.json : null);
    const [articleId] = Object.values(v1.highlightArticles as Record<string, string>);
    expect(library.highlightIds[articleId!]?.sort()).toEqual(
      Object.keys(v1.highlightArticles).sort(),
    );
    expect(library.tags).toEqual(v1.tags);
    expect(library.notes).toEqual(v1.notes);
  });

  it('opens a format-1 notebook with everything in it, backing the old file up first', async () => {
    const before = await readFile(join(dataDir, 'library.json'), 'utf8');
    notebook = await openNotebook({ dataDir });
    const [article] = await call<Array<{ id: string; highlightCount: number }>>(
      'articles.list',
      {},
    );
    const detail = await call<{ highlights: Array<{ id: string; note: string }> }>('articles.get', {
      id: article!.id,
    });
    expect(detail.highlights.length).toBe(article!.highlightCount);
    expect(detail.highlights.map((h) => h.note)).toContain('The crossing itself');
    const [tag] = await call<Array<{ name: string; count: number }>>('tags.list', {});
    expect(tag).toMatchObject({ name: 'Places/Torkham', count: 1 });
    expect(await call<unknown[]>('notes.list', {})).toHaveLength(1);
    // Highlights are found by id through the lookup built from the new format.
    await call('highlights.update', {
      id: detail.highlights[0]!.id,
      note: 'edited after migrating',
    });

    const written = JSON.parse(await readFile(join(dataDir, 'library.json'), 'utf8'));
    expect(written.schemaVersion).toBe(2);
    expect(written.highlightArticles).toBeUndefined();
    const backups = await readdir(join(dataDir, 'backups'));
    const contents = await Promise.all(
      backups
        .filter((b) => b.startsWith('library.json.'))
        .map((b) => readFile(join(dataDir, 'backups', b), 'utf8')),
    );
    expect(contents).toContain(before);
  });

  it('refuses a library from a newer Dossier with a sentence, and leaves it where it is', async () => {
    const newer = JSON.stringify({ schemaVersion: 99, somethingNew: true });
    await writeFile(join(dataDir, 'library.json'), newer);
    await expect(openNotebook({ dataDir })).rejects.toThrow(
      /written by a newer version of Dossier \(format 99; this version reads format 2 and older\)/,
    );
    expect(await readFile(join(dataDir, 'library.json'), 'utf8')).toBe(newer);
    expect((await readdir(dataDir)).some((n) => n.includes('damaged'))).toBe(false);
  });

  it('refuses an article file from a newer Dossier without moving it aside', async () => {
    notebook = await openNotebook({ dataDir });
    const [article] = await call<Array<{ id: string }>>('articles.list', {});
    await notebook.close();
    const path = join(dataDir, 'articles', `${article!.id}.json`);
    const file = JSON.parse(await readFile(path, 'utf8'));
    await writeFile(path, JSON.stringify({ ...file, schemaVersion: 7 }));
    notebook = await openNotebook({ dataDir });
    await expect(call('articles.get', { id: article!.id })).rejects.toThrow(
      /CONFLICT: .*newer version of Dossier \(format 7/,
    );
    expect((await readdir(join(dataDir, 'articles'))).some((n) => n.includes('damaged'))).toBe(
      false,
    );
  });
});
