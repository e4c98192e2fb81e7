// The desktop's open-dialog import: only paths the dialog returned are read, folders are walked
// for the kinds Dossier imports, and each file imports (or fails) on its own, through dispatch.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../notebook/dispatch';
import { openNotebook, type Notebook } from '../notebook/notebook';
import { chosenSources } from './chosen-sources';
import type { NotebookCore } from './notebook-process';

const ARTICLE =
  'Border crossing reopens today\n\nTraders lined up before dawn as the crossing opened again after weeks.\n\nOfficials said the schedule would hold for now.';

let dataDir: string;
let files: string;
let notebook: Notebook;
/** The notebook's door as the relay offers it, here in-process. */
let core: NotebookCore;
const coreOf = (nb: Notebook): NotebookCore => ({ call: (op, input) => dispatch(nb, op, input) });
const titles = async (door: NotebookCore) => {
  const listed = await door.call('articles.list', {});
  return listed.ok ? (listed.value as Array<{ title: string }>).map((a) => a.title) : listed;
};
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'dossier-chosen-'));
  files = await mkdtemp(join(tmpdir(), 'dossier-chosen-files-'));
  notebook = await openNotebook({ dataDir });
  core = coreOf(notebook);
});
afterEach(async () => {
  await notebook.close();
  await rm(dataDir, { recursive: true, force: true });
  await rm(files, { recursive: true, force: true });
});

describe('chosen sources', () => {
  it('walks a chosen folder, skipping kinds it does not read and hidden files', async () => {
    await mkdir(join(files, 'sub'));
    await writeFile(join(files, 'a.txt'), ARTICLE);
    await writeFile(
      join(files, 'sub', 'b.md'),
      '# Notes from the crossing\n\nA short paragraph of notes that were taken.',
    );
    await writeFile(join(files, 'photo.png'), 'not really a png');
    await writeFile(join(files, '.DS_Store'), '');
    const sources = chosenSources(core);
    const chosen = await sources.choose('folder', async (options) => {
      expect(options.properties).toEqual(['openDirectory']);
      return { canceled: false, filePaths: [files] };
    });
    expect(chosen).toEqual({
      ok: true,
      value: {
        paths: [join(files, 'a.txt'), join(files, 'sub', 'b.md')],
        skipped: [join(files, 'photo.png')],
      },
    });
    const relayed = vi.spyOn(core, 'call');
    const first = await sources.importChosen(join(files, 'a.txt'));
    expect(first).toMatchObject({
      ok: true,
      value: { duplicate: false, article: { title: 'Border crossing reopens today' } },
    });
    expect(await sources.importChosen(join(files, 'sub', 'b.md'))).toMatchObject({ ok: true });
    // Each file goes in as the contract's import, its bytes as base64, like any host's.
    expect(relayed.mock.calls[0]).toEqual([
      'articles.import',
      { fileName: 'a.txt', data: Buffer.from(ARTICLE).toString('base64') },
    ]);
    expect(relayed.mock.calls.map(([op]) => op)).toEqual(['articles.import', 'articles.import']);
    expect(await titles(core)).toHaveLength(2);
  });

  it('refuses a path the dialog did not return, and reports a bad file by name', async () => {
    await writeFile(join(files, 'empty.txt'), '');
    const sources = chosenSources(core);
    expect(await sources.importChosen('/etc/passwd')).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    await sources.choose('files', async () => ({
      canceled: false,
      filePaths: [join(files, 'empty.txt')],
    }));
    const result = await sources.importChosen(join(files, 'empty.txt'));
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(!result.ok && result.error.message).toContain('“empty.txt”');
    expect(await titles(core)).toEqual([]);
  });

  it('answers a cancelled dialog with nothing to import', async () => {
    const sources = chosenSources(core);
    expect(await sources.choose('files', async () => ({ canceled: true, filePaths: [] }))).toEqual({
      ok: true,
      value: { paths: [], skipped: [] },
    });
  });

  it('refuses something that is not a regular file without reading it', async () => {
    const fifo = join(files, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    const sources = chosenSources(core);
    await sources.choose('files', async () => ({ canceled: false, filePaths: [fifo] }));
    expect(await sources.importChosen(fifo)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: '“pipe.txt” is not a regular file.' },
    });
  });

  it('merges a chosen notebook bundle instead of reading it as an article', async () => {
    expect((await core.call('articles.importText', { text: ARTICLE })).ok).toBe(true);
    const bundle = await core.call('export.render', { format: 'bundle' });
    if (!bundle.ok) throw new Error(bundle.error.message);
    const path = join(files, 'backup.dossier');
    await writeFile(path, Buffer.from((bundle.value as { data: string }).data, 'base64'));
    const otherDir = await mkdtemp(join(tmpdir(), 'dossier-chosen-other-'));
    const other = await openNotebook({ dataDir: otherDir });
    try {
      const door = coreOf(other);
      const relayed = vi.spyOn(door, 'call');
      const sources = chosenSources(door);
      await sources.choose('files', async () => ({ canceled: false, filePaths: [path] }));
      expect(await sources.importChosen(path)).toMatchObject({
        ok: true,
        value: { articlesAdded: 1 },
      });
      expect(relayed.mock.calls.map(([op]) => op)).toEqual(['bundle.import']);
      expect(await titles(door)).toContain('Border crossing reopens today');
    } finally {
      await other.close();
      await rm(otherDir, { recursive: true, force: true });
    }
  });
});
