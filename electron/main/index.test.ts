// The app's lifecycle with a fake Electron: lock, start the notebook's utility process, wire,
// close it on quit, tell the user when it dies, and fail loudly when it cannot open.
import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ToNotebook } from '../notebook/utility-entry';
import { fakeUtility, type FakeUtility } from './fake-utility.test-support';

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
    relaunch: vi.fn(),
    whenReady: vi.fn(() => state.ready),
    on: vi.fn((name: string, listener: (...args: unknown[]) => void) =>
      state.events.on(name, listener),
    ),
  };
  return {
    state,
    app,
    dialog: {
      showErrorBox: vi.fn(),
      showSaveDialog: vi.fn(),
      showMessageBox: vi.fn(async () => ({ response: 1 })),
    },
    ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
    fork: vi.fn(),
    createMainWindow: vi.fn(),
    installMenu: vi.fn(),
  };
});

vi.mock('electron', () => ({
  app: fake.app,
  dialog: fake.dialog,
  ipcMain: fake.ipcMain,
  utilityProcess: { fork: fake.fork },
  BrowserWindow: { fromWebContents: vi.fn(), getFocusedWindow: vi.fn(() => null) },
}));
vi.mock('./window', () => ({ createMainWindow: fake.createMainWindow }));
vi.mock('./menu', () => ({ installMenu: fake.installMenu }));

function fakeWindow() {
  const window = Object.assign(new EventEmitter(), {
    isDestroyed: () => false,
    isMinimized: vi.fn(() => true),
    restore: vi.fn(),
    show: vi.fn(),
    focus: vi.fn(),
    webContents: { send: vi.fn() },
  });
  return window;
}

/** How the fake notebook process answers: opens (or not), and closes when asked (or not). */
const behaviour = { openFailure: '', closes: true, holdOpen: false };
let utility: FakeUtility;

/** A utility process that answers open and shutdown as the real entry does, without a notebook. */
function scriptedUtility(): FakeUtility['child'] {
  utility = fakeUtility({ serve: false });
  utility.port.on('message', ({ data }) => {
    const message = data as ToNotebook;
    if (message.type === 'open' && !behaviour.holdOpen) {
      utility.port.postMessage(
        behaviour.openFailure
          ? { type: 'open-failed', message: behaviour.openFailure }
          : { type: 'opened' },
      );
    }
    if (message.type === 'shutdown' && behaviour.closes)
      utility.port.postMessage({ type: 'closed' });
  });
  return utility.child;
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

const windowOf = (n = 0) =>
  fake.createMainWindow.mock.results[n]!.value as ReturnType<typeof fakeWindow>;

describe('main process lifecycle', () => {
  beforeEach(() => {
    vi.clearAllMocks();
    fake.state.lock = true;
    fake.state.events = new EventEmitter();
    behaviour.openFailure = '';
    behaviour.closes = true;
    behaviour.holdOpen = false;
    delete process.env.DOSSIER_DATA_DIR;
    fake.createMainWindow.mockImplementation(() => fakeWindow());
    fake.fork.mockImplementation(scriptedUtility);
  });
  afterEach(() => {
    vi.useRealTimers();
    delete process.env.DOSSIER_DATA_DIR;
  });

  it('opens the notebook in a utility process, in userData with the project seeds, then IPC, menu and window', async () => {
    await startApp();

    expect(fake.app.enableSandbox).toHaveBeenCalled();
    expect(fake.fork).toHaveBeenCalledTimes(1);
    const [entry, args, options] = fake.fork.mock.calls[0]!;
    expect(entry).toMatch(/[\\/]notebook-process\.js$/);
    expect(args).toEqual([]);
    expect(options).toEqual({ serviceName: 'Dossier notebook' });
    expect(utility.sent[0]).toEqual({
      type: 'open',
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
    await startApp();
    fake.state.events.emit('second-instance');
    expect(windowOf().restore).toHaveBeenCalled();
    expect(windowOf().focus).toHaveBeenCalled();
  });

  it('closes the notebook once the windows have closed, before quitting, once', async () => {
    await startApp();

    const event = { preventDefault: vi.fn() };
    fake.state.events.emit('will-quit', event);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(utility.sent.at(-1)).toEqual({ type: 'shutdown' });
    await vi.waitFor(() => expect(fake.app.quit).toHaveBeenCalledTimes(1));
    expect(utility.child.killed).toBe(true);

    const again = { preventDefault: vi.fn() };
    fake.state.events.emit('will-quit', again);
    expect(again.preventDefault).not.toHaveBeenCalled();
    expect(utility.sent.filter((m) => m.type === 'shutdown')).toHaveLength(1);
  });

  it('quits anyway, and says so, when the notebook does not close in time', async () => {
    behaviour.closes = false;
    await startApp();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });

    fake.state.events.emit('will-quit', { preventDefault: vi.fn() });
    await vi.advanceTimersByTimeAsync(9_000);
    expect(fake.app.quit).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1_000);
    await vi.waitFor(() => expect(fake.app.quit).toHaveBeenCalledTimes(1));
    expect(utility.child.killed).toBe(true);
    expect(logged).toHaveBeenCalledWith(expect.stringMatching(/did not close within 10 s/));
    logged.mockRestore();
  });

  it('opens no window when Dossier is quit while the notebook is still opening', async () => {
    behaviour.holdOpen = true;
    vi.resetModules();
    await import('./index');
    await vi.waitFor(() => expect(utility.sent[0]?.type).toBe('open'));
    fake.state.events.emit('will-quit', { preventDefault: vi.fn() });
    utility.port.postMessage({ type: 'opened' });
    await vi.waitFor(() => expect(fake.app.quit).toHaveBeenCalledTimes(1));
    await new Promise((done) => setImmediate(done));
    expect(fake.createMainWindow).not.toHaveBeenCalled();
    expect(fake.ipcMain.handle).not.toHaveBeenCalled();
  });

  it('passes the events the notebook raises on to the window', async () => {
    await startApp();
    utility.port.postMessage({
      type: 'event',
      name: 'notebook.changed',
      payload: { articleId: 'a1' },
    });
    await vi.waitFor(() =>
      expect(windowOf().webContents.send).toHaveBeenCalledWith('event:notebook.changed', {
        articleId: 'a1',
      }),
    );
  });

  it('tells the user at once when the notebook process dies, and can restart Dossier', async () => {
    await startApp();
    fake.dialog.showMessageBox.mockResolvedValueOnce({ response: 0 });
    utility.crash(139);
    await vi.waitFor(() => expect(fake.app.relaunch).toHaveBeenCalled());
    const [window, options] = fake.dialog.showMessageBox.mock.calls[0] as unknown as [
      unknown,
      { message: string; detail: string; buttons: string[] },
    ];
    expect(window).toBe(windowOf());
    expect(options.message).toBe('Dossier’s notebook stopped unexpectedly');
    expect(options.detail).toMatch(/exit code 139/);
    expect(options.buttons).toEqual(['Restart Dossier', 'Keep this window open']);
    expect(fake.app.quit).toHaveBeenCalled();

    // Nothing is left to close on the way out.
    const event = { preventDefault: vi.fn() };
    fake.state.events.emit('will-quit', event);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it('keeps the window open after a crash when the user asks to', async () => {
    await startApp();
    utility.crash(1);
    await vi.waitFor(() => expect(fake.dialog.showMessageBox).toHaveBeenCalled());
    await new Promise((done) => setImmediate(done));
    expect(fake.app.relaunch).not.toHaveBeenCalled();
    expect(fake.app.quit).not.toHaveBeenCalled();
  });

  it('quits without starting anything when another Dossier holds the lock', async () => {
    fake.state.lock = false;
    await startApp();
    expect(fake.app.quit).toHaveBeenCalled();
    expect(fake.fork).not.toHaveBeenCalled();
    expect(fake.createMainWindow).not.toHaveBeenCalled();
  });

  it('shows why the notebook could not open, and exits instead of showing a blank window', async () => {
    behaviour.openFailure = 'library.json is damaged and no backup parses.';
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
    try {
      await startApp();
      expect(fake.app.setPath).toHaveBeenCalledWith('userData', join(dataDir, '.electron-profile'));
      expect(utility.sent[0]).toMatchObject({ type: 'open', dataDir });
      // The profile is set before the lock is taken, so the lock is per notebook.
      expect(fake.app.setPath.mock.invocationCallOrder[0]).toBeLessThan(
        fake.app.requestSingleInstanceLock.mock.invocationCallOrder[0]!,
      );
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
