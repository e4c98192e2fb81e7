// The app's lifecycle with a fake Electron: lock, open, wire, close on quit, and fail loudly.
import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => {
  const state = {
    lock: true,
    ready: Promise.resolve() as Promise<void>,
    events: null as unknown as import('node:events').EventEmitter,
  };
  const app = {
    isPackaged: false,
    enableSandbox: vi.fn(),
    getPath: vi.fn(
      (name: string) => `/home/analyst/.config/Dossier${name === 'userData' ? '' : `/${name}`}`,
    ),
    setPath: vi.fn(),
    getAppPath: vi.fn(() => '/work/dossier'),
    requestSingleInstanceLock: vi.fn(() => state.lock),
    quit: vi.fn(),
    exit: vi.fn(),
    whenReady: vi.fn(() => state.ready),
    on: vi.fn((name: string, listener: (...args: unknown[]) => void) =>
      state.events.on(name, listener),
    ),
  };
  return {
    state,
    app,
    dialog: { showErrorBox: vi.fn(), showSaveDialog: vi.fn() },
    ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
    openNotebook: vi.fn(),
    createMainWindow: vi.fn(),
    installMenu: vi.fn(),
  };
});

vi.mock('electron', () => ({
  app: fake.app,
  dialog: fake.dialog,
  ipcMain: fake.ipcMain,
  BrowserWindow: { fromWebContents: vi.fn(), getFocusedWindow: vi.fn(() => null) },
}));
vi.mock('../notebook/notebook', () => ({ openNotebook: fake.openNotebook }));
vi.mock('./window', () => ({ createMainWindow: fake.createMainWindow }));
vi.mock('./menu', () => ({ installMenu: fake.installMenu }));

function fakeWindow() {
  const window = Object.assign(new EventEmitter(), {
    isDestroyed: () => false,
    isMinimized: vi.fn(() => true),
    restore: vi.fn(),
    show: vi.fn(),
    focus: vi.fn(),
  });
  return window;
}

/** Loads index.ts afresh (it acts on import) and lets its startup promise chain settle. */
async function startApp(): Promise<void> {
  vi.resetModules();
  await import('./index');
  await vi.waitFor(() => {
    if (fake.state.lock) {
      expect(fake.createMainWindow.mock.calls.length + fake.app.exit.mock.calls.length).toBe(1);
    }
  });
}

describe('main process lifecycle', () => {
  beforeEach(() => {
    vi.clearAllMocks();
    fake.state.lock = true;
    fake.state.events = new EventEmitter();
    delete process.env.DOSSIER_DATA_DIR;
    fake.createMainWindow.mockImplementation(() => fakeWindow());
  });
  afterEach(() => {
    delete process.env.DOSSIER_DATA_DIR;
  });

  it('opens the notebook in userData with the project seeds, then IPC, menu and window', async () => {
    const notebook = { close: vi.fn(async () => {}) };
    fake.openNotebook.mockResolvedValue(notebook);
    await startApp();

    expect(fake.app.enableSandbox).toHaveBeenCalled();
    expect(fake.openNotebook).toHaveBeenCalledWith({
      dataDir: join('/home/analyst/.config/Dossier', 'notebook'),
      seedsDir: join('/work/dossier', 'seeds'),
    });
    expect(fake.app.setPath).not.toHaveBeenCalled();
    expect(fake.ipcMain.handle).toHaveBeenCalledWith('op:articles.list', expect.any(Function));
    expect(fake.ipcMain.handle).toHaveBeenCalledWith('host:saveFile', expect.any(Function));
    expect(fake.installMenu).toHaveBeenCalledWith(
      expect.objectContaining({ getWindow: expect.any(Function) }),
    );
    expect(fake.createMainWindow).toHaveBeenCalledWith({ isPackaged: false });
    expect(fake.dialog.showErrorBox).not.toHaveBeenCalled();
  });

  it('brings the window forward when a second instance starts', async () => {
    fake.openNotebook.mockResolvedValue({ close: vi.fn(async () => {}) });
    await startApp();
    const window = fake.createMainWindow.mock.results[0]!.value as ReturnType<typeof fakeWindow>;
    fake.state.events.emit('second-instance');
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });

  it('closes the notebook before quitting, once', async () => {
    const notebook = { close: vi.fn(async () => {}) };
    fake.openNotebook.mockResolvedValue(notebook);
    await startApp();

    const event = { preventDefault: vi.fn() };
    fake.state.events.emit('will-quit', event);
    expect(event.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(fake.app.quit).toHaveBeenCalledTimes(1));
    expect(notebook.close).toHaveBeenCalledTimes(1);

    const again = { preventDefault: vi.fn() };
    fake.state.events.emit('will-quit', again);
    expect(again.preventDefault).not.toHaveBeenCalled();
    expect(notebook.close).toHaveBeenCalledTimes(1);
  });

  it('quits without opening anything when another Dossier holds the lock', async () => {
    fake.state.lock = false;
    await startApp();
    expect(fake.app.quit).toHaveBeenCalled();
    expect(fake.openNotebook).not.toHaveBeenCalled();
    expect(fake.createMainWindow).not.toHaveBeenCalled();
  });

  it('shows why the notebook could not open, and exits instead of showing a blank window', async () => {
    fake.openNotebook.mockRejectedValue(new Error('library.json is damaged and no backup parses.'));
    await startApp();
    expect(fake.dialog.showErrorBox).toHaveBeenCalledWith(
      'Dossier could not open your notebook',
      expect.stringContaining('library.json is damaged and no backup parses.'),
    );
    expect(fake.app.exit).toHaveBeenCalledWith(1);
    expect(fake.createMainWindow).not.toHaveBeenCalled();
  });

  it('with DOSSIER_DATA_DIR, uses that folder and a Chromium profile of its own inside it', async () => {
    const { mkdtemp, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const dataDir = await mkdtemp(join(tmpdir(), 'dossier-main-'));
    process.env.DOSSIER_DATA_DIR = dataDir;
    fake.openNotebook.mockResolvedValue({ close: vi.fn(async () => {}) });
    try {
      await startApp();
      expect(fake.app.setPath).toHaveBeenCalledWith('userData', join(dataDir, '.electron-profile'));
      expect(fake.openNotebook).toHaveBeenCalledWith(expect.objectContaining({ dataDir }));
      // The profile is set before the lock is taken, so the lock is per notebook.
      expect(fake.app.setPath.mock.invocationCallOrder[0]).toBeLessThan(
        fake.app.requestSingleInstanceLock.mock.invocationCallOrder[0]!,
      );
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
