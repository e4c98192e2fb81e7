// The Electron app's lifecycle: one instance, one notebook (in its own utility process), one
// window. Everything it wires up (window, IPC, menu) lives in its own module; this file only
// decides when.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, utilityProcess } from 'electron';
import { resolveDataDir } from '../notebook/data-dir';
import { registerIpc, sendEvent } from './ipc';
import { installMenu } from './menu';
import { startNotebookProcess, type NotebookProcess } from './notebook-process';
import { createMainWindow } from './window';

// Every renderer sandboxed, including any the app did not create on purpose.
app.enableSandbox();

const defaultDataDir = join(app.getPath('userData'), 'notebook');
const dataDir = resolve(resolveDataDir(defaultDataDir));

/** Built beside this file by electron-vite (see electron.vite.config.ts). */
const notebookEntry = join(dirname(fileURLToPath(import.meta.url)), 'notebook-process.js');
/**
 * How long quitting waits for the notebook to finish what is in progress and close. Its writes
 * are durable one by one, so a notebook killed after this loses nothing already acknowledged.
 */
const CLOSE_TIMEOUT_MS = 10_000;

const windows = new Set<BrowserWindow>();
let mainWindow: BrowserWindow | null = null;
let notebook: NotebookProcess | null = null;

runApp();

function runApp(): void {
  if (!useOwnProfileFor(dataDir)) return;
  if (!app.requestSingleInstanceLock()) {
    // Another Dossier holds this notebook; its 'second-instance' handler brings it forward.
    app.quit();
    return;
  }

  app.on('second-instance', () => {
    if (!mainWindow || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });

  // The notebook closes once the windows have (between before-quit and will-quit), so the last
  // note a closing page saves still reaches it. Closing is async (it finishes what is running and
  // releases the folder lock): the first quit waits for it, then quits again with `notebook` null.
  app.on('will-quit', (event) => {
    if (!notebook) return;
    event.preventDefault();
    const closing = notebook;
    notebook = null;
    closing
      .shutdown(CLOSE_TIMEOUT_MS)
      .then((clean) => {
        if (!clean) {
          console.error(
            `Dossier's notebook did not close within ${CLOSE_TIMEOUT_MS / 1000} s and was stopped.`,
          );
        }
      })
      .finally(() => app.quit());
  });

  app.on('window-all-closed', () => {
    // macOS apps stay running without windows; elsewhere closing the window ends Dossier.
    if (process.platform !== 'darwin') app.quit();
  });

  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => failToStart(error));
}

/**
 * The single-instance lock and Chromium's profile live in userData. A notebook other than the
 * default one (tests, a second notebook) gets a profile of its own inside it, so it neither
 * collides with a running Dossier nor quits because of it. False if that folder cannot be made.
 */
function useOwnProfileFor(folder: string): boolean {
  if (folder === resolve(defaultDataDir)) return true;
  const profile = join(folder, '.electron-profile');
  try {
    // setPath throws for a folder that does not exist yet.
    mkdirSync(profile, { recursive: true });
    app.setPath('userData', profile);
    return true;
  } catch (error) {
    failToStart(error);
    return false;
  }
}

async function start(): Promise<void> {
  const seedsDir = app.isPackaged
    ? join(process.resourcesPath, 'seeds')
    : join(app.getAppPath(), 'seeds');
  const opened = startNotebookProcess({
    fork: () => utilityProcess.fork(notebookEntry, [], { serviceName: 'Dossier notebook' }),
    dataDir,
    seedsDir,
  });
  notebook = opened;
  try {
    await opened.ready;
  } catch (error) {
    failToStart(error);
    return;
  }
  // Quit while the notebook was opening: it is closing already, so no window is wanted.
  if (notebook !== opened) return;
  opened.onEvent((name, payload) => {
    for (const window of windows) sendEvent(window, name, payload);
  });
  opened.onCrash((message) => void tellNotebookStopped(message));

  registerIpc({
    ipcMain,
    core: opened,
    windowFromSender: (sender) => BrowserWindow.fromWebContents(sender),
    isOurWindow: (window) => windows.has(window),
    showSaveDialog: (window, options) => dialog.showSaveDialog(window, options),
    showOpenDialog: (window, options) => dialog.showOpenDialog(window, options),
    defaultSaveFolder: documentsFolder(),
    rememberedFolder: rememberedExportFolder(
      join(app.getPath('userData'), 'last-export-folder.json'),
    ),
  });

  installMenu({
    getWindow: () => {
      const focused = BrowserWindow.getFocusedWindow();
      if (focused && windows.has(focused)) return focused;
      return mainWindow && !mainWindow.isDestroyed() ? mainWindow : null;
    },
  });

  openMainWindow();
  app.on('activate', () => {
    if (windows.size === 0) openMainWindow();
  });
}

/** The last export folder, in a small file of the app's profile; a broken file is forgotten. */
function rememberedExportFolder(file: string) {
  return {
    load: () => {
      try {
        const { folder } = JSON.parse(readFileSync(file, 'utf8')) as { folder?: unknown };
        return typeof folder === 'string' && existsSync(folder) ? folder : undefined;
      } catch {
        return undefined;
      }
    },
    save: (folder: string) => {
      try {
        writeFileSync(file, JSON.stringify({ folder }));
      } catch {
        // Not remembering a folder is no reason to fail an export.
      }
    },
  };
}

/** Some Linux desktops have no Documents folder; home is the next best first stop. */
function documentsFolder(): string {
  try {
    return app.getPath('documents');
  } catch {
    return app.getPath('home');
  }
}

function openMainWindow(): void {
  const window = createMainWindow({ isPackaged: app.isPackaged });
  windows.add(window);
  mainWindow = window;
  window.on('closed', () => {
    windows.delete(window);
    if (mainWindow === window) mainWindow = null;
  });
}

/**
 * Every call from here on answers with the same sentence; the user also hears it at once, with
 * a way back (the lock of a dead notebook is taken over by the next start).
 */
async function tellNotebookStopped(message: string): Promise<void> {
  notebook = null;
  const options = {
    type: 'error' as const,
    title: 'Dossier',
    message: 'Dossier’s notebook stopped unexpectedly',
    detail: `${message}\n\nNotebook folder: ${dataDir}`,
    buttons: ['Restart Dossier', 'Keep this window open'],
    defaultId: 0,
    cancelId: 1,
  };
  const window = mainWindow && !mainWindow.isDestroyed() ? mainWindow : null;
  const { response } = await (window
    ? dialog.showMessageBox(window, options)
    : dialog.showMessageBox(options));
  if (response !== 0) return;
  app.relaunch();
  app.quit();
}

/** Never a blank window: say what went wrong and where, then leave. */
function failToStart(error: unknown): void {
  const reason = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox(
    'Dossier could not open your notebook',
    `${reason}\n\nNotebook folder: ${dataDir}`,
  );
  app.exit(1);
}
