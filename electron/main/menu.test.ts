// The native menu: its shape, and File > Import… against real files and a real notebook.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { openNotebook, type Notebook } from '../notebook/notebook';

const electron = vi.hoisted(() => ({
  showOpenDialog: vi.fn(),
  showMessageBox: vi.fn(async () => ({ response: 0 })),
  showErrorBox: vi.fn(),
}));
vi.mock('electron', () => ({
  dialog: {
    showOpenDialog: electron.showOpenDialog,
    showMessageBox: electron.showMessageBox,
    showErrorBox: electron.showErrorBox,
  },
  Menu: { buildFromTemplate: vi.fn(), setApplicationMenu: vi.fn() },
}));

const { describeImportFailures, importTextFiles, menuTemplate } = await import('./menu');

type Item = MenuItemConstructorOptions;
const submenuOf = (item: Item | undefined): Item[] => (item?.submenu ?? []) as Item[];
const find = (items: Item[], label: string) => items.find((i) => i.label === label);

function fakeWindow() {
  const send = vi.fn();
  return { send, window: { isDestroyed: () => false, webContents: { send } } };
}

describe('File > Import…', () => {
  let dataDir: string;
  let filesDir: string;
  let notebook: Notebook;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'dossier-menu-'));
    filesDir = await mkdtemp(join(tmpdir(), 'dossier-menu-files-'));
    notebook = await openNotebook({ dataDir });
  });
  afterEach(async () => {
    await notebook.close();
    await rm(dataDir, { recursive: true, force: true });
    await rm(filesDir, { recursive: true, force: true });
  });

  it('imports UTF-8 files without their BOM and names every file that failed, with why', async () => {
    const good = join(filesDir, 'talks.txt');
    await writeFile(
      good,
      '\uFEFFTalks stalled\n\nThe committee has not met since it was formed.\n',
    );
    const empty = join(filesDir, 'empty.md');
    await writeFile(empty, '  \n');
    const latin1 = join(filesDir, 'latin1.txt');
    await writeFile(latin1, Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a])); // "café" in Latin-1
    const missing = join(filesDir, 'gone.txt');

    const outcome = await importTextFiles(notebook, [good, empty, latin1, missing]);

    expect(outcome.importedIds).toHaveLength(1);
    const article = await notebook.getArticle(outcome.importedIds[0]!);
    expect(article.fileName).toBe('talks.txt');
    expect(article.text).not.toContain('\uFEFF');
    expect(article.title).not.toContain('\uFEFF');
    expect(outcome.failures).toEqual([
      { file: 'empty.md', reason: 'the file is empty.' },
      { file: 'latin1.txt', reason: 'it is not UTF-8 text. Save it as UTF-8 and import it again.' },
      { file: 'gone.txt', reason: 'the file no longer exists.' },
    ]);
  });

  it('refuses a file over 50 MB without reading it', async () => {
    const read = vi.fn();
    const outcome = await importTextFiles(notebook, ['/x/huge.txt'], {
      size: async () => 60_000_000,
      read,
    });
    expect(outcome.failures).toEqual([
      { file: 'huge.txt', reason: 'it is larger than 50 MB, the most Dossier imports at once.' },
    ]);
    expect(read).not.toHaveBeenCalled();
  });

  it('from the menu: imports, tells the window the notebook changed, and shows one message for failures', async () => {
    const good = join(filesDir, 'one.md');
    await writeFile(good, '# Ceasefire\n\nA ceasefire was also announced.\n');
    const empty = join(filesDir, 'two.txt');
    await writeFile(empty, '');
    electron.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [good, empty] });
    const { send, window } = fakeWindow();
    const deps = { notebook, getWindow: () => window as never };

    const importItem = find(submenuOf(find(menuTemplate(deps, 'linux'), '&File')), 'Import…')!;
    importItem.click!(undefined as never, undefined, undefined as never);

    await vi.waitFor(() => expect(electron.showMessageBox).toHaveBeenCalledTimes(1));
    const [articleId] = (await notebook.listArticles()).map((a) => a.id);
    expect(send).toHaveBeenCalledWith('event:notebook.changed', { articleId });
    expect(electron.showMessageBox).toHaveBeenCalledWith(window, {
      type: 'warning',
      title: 'Import',
      message: '1 of 2 files could not be imported.',
      detail: 'two.txt: the file is empty.',
    });
    const [, options] = electron.showOpenDialog.mock.calls[0]! as [
      unknown,
      { properties: string[] },
    ];
    expect(options.properties).toEqual(['openFile', 'multiSelections']);
  });
});

describe('describeImportFailures', () => {
  it('says how many failed out of how many, one line per file', () => {
    const failures = [
      { file: 'a.txt', reason: 'the file is empty.' },
      { file: 'b.txt', reason: 'the file no longer exists.' },
    ];
    expect(describeImportFailures(failures, 2)).toEqual({
      message: 'None of the 2 files could be imported.',
      detail: 'a.txt: the file is empty.\nb.txt: the file no longer exists.',
    });
    expect(describeImportFailures(failures.slice(0, 1), 1).message).toBe(
      'The file could not be imported.',
    );
    expect(describeImportFailures(failures.slice(0, 1), 3).message).toBe(
      '1 of 3 files could not be imported.',
    );
  });
});

describe('menuTemplate', () => {
  const deps = { notebook: {} as Notebook, getWindow: () => null };

  it('has File (import, export, quit), Edit and View on Windows and Linux', () => {
    const template = menuTemplate(deps, 'win32');
    expect(template.map((m) => m.label ?? m.role)).toEqual(['&File', '&Edit', '&View']);
    const file = submenuOf(template[0]);
    expect(file.map((i) => i.accelerator ?? i.role ?? i.type)).toEqual([
      'CmdOrCtrl+O',
      'CmdOrCtrl+E',
      'separator',
      'quit',
    ]);
    expect(
      submenuOf(template[1])
        .map((i) => i.role)
        .filter(Boolean),
    ).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
    expect(submenuOf(template[2]).map((i) => i.role)).toEqual(
      expect.arrayContaining(['reload', 'toggleDevTools', 'resetZoom', 'zoomIn', 'zoomOut']),
    );
  });

  it('adds the app and window menus on macOS, where File closes the window instead of quitting', () => {
    const template = menuTemplate(deps, 'darwin');
    expect(template[0]!.role).toBe('appMenu');
    expect(template.at(-1)!.role).toBe('windowMenu');
    expect(submenuOf(find(template, '&File')).at(-1)!.role).toBe('close');
  });

  it('Export… asks the focused window to export its article', () => {
    const { send, window } = fakeWindow();
    const template = menuTemplate({ ...deps, getWindow: () => window as never }, 'linux');
    find(submenuOf(template[0]), 'Export…')!.click!(
      undefined as never,
      undefined,
      undefined as never,
    );
    expect(send).toHaveBeenCalledWith('event:menu.export', {});
  });
});
