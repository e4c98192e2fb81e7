// The native menu: File (import text files, export, quit), Edit, View, and the macOS app menu.
// Importing from the menu goes through the same dispatch as the renderer's calls.
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import {
  dialog,
  Menu,
  type BrowserWindow,
  type MenuItemConstructorOptions,
  type MessageBoxOptions,
  type OpenDialogOptions,
} from 'electron';
import { dispatch } from '../notebook/dispatch';
import type { Notebook } from '../notebook/notebook';
import { sendEvent } from './ipc';

/** The contract refuses text over 50 MB; checking the size first avoids reading a huge file at all. */
const MAX_IMPORT_BYTES = 50_000_000;

export interface ImportFailure {
  file: string;
  reason: string;
}

export interface ImportOutcome {
  importedIds: string[];
  failures: ImportFailure[];
}

export interface FileReader {
  size(path: string): Promise<number>;
  read(path: string): Promise<Uint8Array>;
}

const diskReader: FileReader = {
  size: async (path) => (await stat(path)).size,
  read: (path) => readFile(path),
};

/**
 * Imports each file as UTF-8 text, one after another (the notebook has one writer), and collects
 * what failed with a reason a person can act on instead of stopping at the first bad file.
 */
export async function importTextFiles(
  notebook: Notebook,
  paths: readonly string[],
  reader: FileReader = diskReader,
): Promise<ImportOutcome> {
  const outcome: ImportOutcome = { importedIds: [], failures: [] };
  for (const path of paths) {
    const file = basename(path);
    const text = await readText(path, reader);
    if (typeof text !== 'string') {
      outcome.failures.push({ file, reason: text.reason });
      continue;
    }
    const result = await dispatch(notebook, 'articles.importText', { text, fileName: file });
    if (result.ok) {
      const id = idOf(result.value);
      if (id) outcome.importedIds.push(id);
    } else {
      outcome.failures.push({ file, reason: result.error.message });
    }
  }
  return outcome;
}

async function readText(path: string, reader: FileReader): Promise<string | { reason: string }> {
  try {
    if ((await reader.size(path)) > MAX_IMPORT_BYTES) {
      return { reason: 'it is larger than 50 MB, the most Dossier imports at once.' };
    }
    // fatal: a file in another encoding is reported, not imported as mojibake; the decoder drops
    // a UTF-8 byte order mark by default (Buffer.toString would keep it).
    const text = new TextDecoder('utf-8', { fatal: true }).decode(await reader.read(path));
    if (text.trim() === '') return { reason: 'the file is empty.' };
    return text;
  } catch (error) {
    if (error instanceof TypeError) {
      return { reason: 'it is not UTF-8 text. Save it as UTF-8 and import it again.' };
    }
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    if (code === 'ENOENT') return { reason: 'the file no longer exists.' };
    if (code === 'EACCES' || code === 'EPERM') return { reason: 'Dossier may not read it.' };
    if (code === 'EISDIR') return { reason: 'it is a folder, not a file.' };
    return { reason: error instanceof Error ? error.message : String(error) };
  }
}

function idOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || !('id' in value)) return undefined;
  return typeof value.id === 'string' ? value.id : undefined;
}

/** One message box for every failure of an import, naming each file and why. */
export function describeImportFailures(
  failures: readonly ImportFailure[],
  attempted: number,
): { message: string; detail: string } {
  const message =
    failures.length === attempted
      ? attempted === 1
        ? 'The file could not be imported.'
        : `None of the ${attempted} files could be imported.`
      : `${failures.length} of ${attempted} files could not be imported.`;
  const detail = failures.map((f) => `${f.file}: ${f.reason}`).join('\n');
  return { message, detail };
}

export interface MenuDeps {
  notebook: Notebook;
  /** The window menu actions apply to: the focused Dossier window, else the main one. */
  getWindow(): BrowserWindow | null;
}

async function importFromDialog(deps: MenuDeps): Promise<void> {
  const window = deps.getWindow();
  const options: OpenDialogOptions = {
    title: 'Import articles',
    buttonLabel: 'Import',
    properties: ['openFile', 'multiSelections'],
    filters: [
      { name: 'Text and Markdown', extensions: ['txt', 'md', 'markdown'] },
      { name: 'All files', extensions: ['*'] },
    ],
  };
  const choice = window
    ? await dialog.showOpenDialog(window, options)
    : await dialog.showOpenDialog(options);
  if (choice.canceled || choice.filePaths.length === 0) return;

  const outcome = await importTextFiles(deps.notebook, choice.filePaths);
  if (outcome.importedIds.length > 0) {
    // Name the article when there is exactly one, so the renderer can open it.
    const articleId = outcome.importedIds.length === 1 ? outcome.importedIds[0] : undefined;
    sendEvent(deps.getWindow(), 'notebook.changed', articleId ? { articleId } : {});
  }
  if (outcome.failures.length > 0) {
    const { message, detail } = describeImportFailures(outcome.failures, choice.filePaths.length);
    const box: MessageBoxOptions = { type: 'warning', title: 'Import', message, detail };
    const target = deps.getWindow();
    await (target ? dialog.showMessageBox(target, box) : dialog.showMessageBox(box));
  }
}

/** The menu template; separate from building so its shape can be checked without a display. */
export function menuTemplate(
  deps: MenuDeps,
  platform: NodeJS.Platform,
): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const fileMenu: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      {
        label: 'Import…',
        accelerator: 'CmdOrCtrl+O',
        click: () => {
          importFromDialog(deps).catch((error: unknown) => {
            dialog.showErrorBox(
              'Import failed',
              error instanceof Error ? error.message : String(error),
            );
          });
        },
      },
      {
        label: 'Export…',
        accelerator: 'CmdOrCtrl+E',
        // The renderer knows which article is open, so it renders the export and asks to save it.
        click: () => sendEvent(deps.getWindow(), 'menu.export', {}),
      },
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const editMenu: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };
  const viewMenu: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      { role: 'reload' },
      { role: 'toggleDevTools' },
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  return [
    ...(isMac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    fileMenu,
    editMenu,
    viewMenu,
    ...(isMac ? [{ role: 'windowMenu' } satisfies MenuItemConstructorOptions] : []),
  ];
}

/** Builds the menu and installs it as the application menu. */
export function installMenu(deps: MenuDeps): Menu {
  const menu = Menu.buildFromTemplate(menuTemplate(deps, process.platform));
  Menu.setApplicationMenu(menu);
  return menu;
}
