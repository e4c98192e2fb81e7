// IPC end to end without Electron: the preload's bridge and registerIpc joined by a fake
// ipcRenderer/ipcMain pair (with structured cloning, as real IPC does), relayed to a real
// Notebook served by the utility-process entry over a fake utility process.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { events, operations } from '../../shared/contract';
import { channels, type DossierBridge } from '../../shared/bridge';
import type { Result } from '../../shared/result';
import { createBridge, type IpcRendererLike } from '../preload/index';
import { fakeUtility } from './fake-utility.test-support';
import {
  REFUSED_MESSAGE,
  registerIpc,
  safeFileName,
  sendEvent,
  type FrameLike,
  type InvokeEventLike,
  type IpcMainLike,
  type SaveDialogAnswer,
  type SaveDialogOptionsLike,
} from './ipc';
import { startNotebookProcess, type NotebookProcess } from './notebook-process';

// The preload exposes itself on import; here only its createBridge is wanted.
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: {},
}));

type Listener = (event: unknown, ...args: unknown[]) => void;

interface FakeContents {
  readonly id: number;
  readonly mainFrame: FrameLike;
  send(channel: string, ...args: unknown[]): void;
}
interface FakeWindow {
  readonly webContents: FakeContents;
  isDestroyed(): boolean;
}

/** One fake IPC world: a main process, and renderers whose calls carry their own sender. */
function fakeIpc() {
  const handlers = new Map<
    string,
    (event: InvokeEventLike<FakeContents>, ...args: unknown[]) => unknown
  >();
  const ipcMain: IpcMainLike<FakeContents> = {
    handle(channel, listener) {
      // Electron throws on a second handler for one channel; so does the fake.
      if (handlers.has(channel))
        throw new Error(`Attempted to register a second handler for '${channel}'`);
      handlers.set(channel, listener);
    },
    removeHandler: (channel) => void handlers.delete(channel),
  };

  function renderer(id: number, frame: FrameLike = { parent: null }) {
    const listeners = new Map<string, Set<Listener>>();
    const contents: FakeContents = {
      id,
      mainFrame: { parent: null },
      send(channel, ...args) {
        for (const listener of listeners.get(channel) ?? []) {
          listener({ sender: 'the ipcRenderer object' }, ...structuredClone(args));
        }
      },
    };
    const ipcRenderer: IpcRendererLike & { listenerCount(channel: string): number } = {
      async invoke(channel, ...args) {
        const handler = handlers.get(channel);
        if (!handler)
          throw new Error(`Error invoking remote method '${channel}': No handler registered`);
        const event = { sender: contents, senderFrame: frame };
        return structuredClone(await handler(event, ...structuredClone(args)));
      },
      on(channel, listener) {
        listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener));
      },
      removeListener(channel, listener) {
        listeners.get(channel)?.delete(listener);
      },
      listenerCount: (channel) => listeners.get(channel)?.size ?? 0,
    };
    const window: FakeWindow = { webContents: contents, isDestroyed: () => false };
    return { contents, ipcRenderer, window };
  }

  return { ipcMain, handlers, renderer };
}

function expectFailure(result: Result<unknown>, code: string): string {
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error('unreachable');
  expect(result.error.code).toBe(code);
  return result.error.message;
}

function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

describe('IPC through the preload bridge to a real notebook', () => {
  let dataDir: string;
  let core: NotebookProcess;
  let ipc: ReturnType<typeof fakeIpc>;
  let ours: ReturnType<ReturnType<typeof fakeIpc>['renderer']>;
  let bridge: DossierBridge;
  let showSaveDialog: ReturnType<
    typeof vi.fn<(window: FakeWindow, options: SaveDialogOptionsLike) => Promise<SaveDialogAnswer>>
  >;
  let unregister: () => void;
  /** Every window the fake Electron knows, ours or not (BrowserWindow.fromWebContents). */
  let windows: Map<FakeContents, FakeWindow>;

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'dossier-ipc-'));
    const utility = fakeUtility();
    core = startNotebookProcess({ fork: () => utility.child, dataDir });
    await core.ready;
    ipc = fakeIpc();
    ours = ipc.renderer(1);
    windows = new Map<FakeContents, FakeWindow>([[ours.contents, ours.window]]);
    showSaveDialog = vi.fn(async () => ({ canceled: true }));
    unregister = registerIpc({
      ipcMain: ipc.ipcMain,
      core,
      windowFromSender: (sender) => windows.get(sender) ?? null,
      isOurWindow: (window) => window === ours.window,
      showSaveDialog,
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      defaultSaveFolder: join(dataDir, 'Documents'),
    });
    bridge = createBridge(ours.ipcRenderer);
  });

  afterEach(async () => {
    unregister();
    await core.shutdown(5_000);
    await rm(dataDir, { recursive: true, force: true });
  });

  it('registers every contract operation plus the host doors, and exposes every operation', () => {
    const expected = [
      ...operations.map((op) => channels.operation(op)),
      channels.saveFile,
      channels.saveExport,
      channels.chooseSources,
      channels.importChosen,
    ];
    expect([...ipc.handlers.keys()].sort()).toEqual(expected.sort());
    expect(Object.keys(bridge.call).sort()).toEqual([...operations].sort());
    for (const op of operations) expect(typeof bridge.call[op]).toBe('function');
  });

  it('runs a call from our window through dispatch to the notebook and back as a Result', async () => {
    expect(valueOf(await bridge.call['articles.list']({}))).toEqual([]);

    const text = 'Talks stalled.\n\nThe committee has not met since it was formed.';
    const article = valueOf(
      await bridge.call['articles.importText']({ text, fileName: 'committee.txt' }),
    );
    expect(article.fileName).toBe('committee.txt');

    const start = article.text.indexOf('committee');
    const highlight = valueOf(
      await bridge.call['highlights.create']({ articleId: article.id, start, end: start + 9 }),
    );
    expect(highlight.quote.exact).toBe('committee');
    valueOf(await bridge.call['highlights.update']({ id: highlight.id, note: 'Who sits on it?' }));

    const again = valueOf(await bridge.call['articles.get']({ id: article.id }));
    expect(again.highlights.map((h) => h.note)).toEqual(['Who sits on it?']);
    const list = valueOf(await bridge.call['articles.list']({}));
    expect(list.map((a) => [a.id, a.highlightCount])).toEqual([[article.id, 1]]);
  });

  it('answers a notebook error with its code (NOT_FOUND), not a rejected promise', async () => {
    const message = expectFailure(
      await bridge.call['articles.get']({ id: 'no-such-article' }),
      'NOT_FOUND',
    );
    expect(message).toMatch(/no-such-article/);
  });

  it('answers invalid input with INVALID_INPUT without reaching the notebook', async () => {
    const bad = await bridge.call['highlights.create']({ articleId: 'a', start: 5, end: 2 });
    expect(expectFailure(bad, 'INVALID_INPUT')).toMatch(/end must be after start/);
    expectFailure(await bridge.call['articles.importText']({ text: '' }), 'INVALID_INPUT');
    // A renderer is untrusted: a payload outside the types must be refused the same way.
    const raw = await ours.ipcRenderer.invoke(channels.operation('highlights.create'), {
      articleId: 'a',
      start: 0,
      end: 3,
      extra: 'not in the schema',
    });
    expectFailure(raw as Result<unknown>, 'INVALID_INPUT');
    expect(valueOf(await bridge.call['articles.list']({}))).toEqual([]);
  });

  it('refuses a call from a window that is not ours, before touching the notebook', async () => {
    const relayed = vi.spyOn(core, 'call');
    // A window Electron knows (say, one a stray window.open made) but Dossier did not create.
    const stranger = ipc.renderer(2);
    windows.set(stranger.contents, stranger.window);
    // And a sender with no window at all.
    const orphan = ipc.renderer(3);
    for (const foreign of [createBridge(stranger.ipcRenderer), createBridge(orphan.ipcRenderer)]) {
      const message = expectFailure(await foreign.call['articles.list']({}), 'INVALID_INPUT');
      expect(message).toBe(REFUSED_MESSAGE);
      expectFailure(
        await foreign.saveFile({ fileName: 'a.md', mimeType: 'text/markdown', data: 'x' }),
        'INVALID_INPUT',
      );
    }
    expect(relayed).not.toHaveBeenCalled();
    expect(showSaveDialog).not.toHaveBeenCalled();
  });

  it('refuses a call from a frame inside our window (an iframe is never the app)', async () => {
    const relayed = vi.spyOn(core, 'call');
    // Our window's webContents, so windowFromSender finds our window; only the frame differs.
    const handler = ipc.handlers.get(channels.operation('articles.list'))!;
    const fromChildFrame = {
      sender: ours.contents,
      senderFrame: { parent: ours.contents.mainFrame },
    };
    expectFailure((await handler(fromChildFrame, {})) as Result<unknown>, 'INVALID_INPUT');
    const fromGoneFrame = { sender: ours.contents, senderFrame: null };
    expectFailure((await handler(fromGoneFrame, {})) as Result<unknown>, 'INVALID_INPUT');
    expect(relayed).not.toHaveBeenCalled();
  });

  it('checks every host channel against its schema before anything runs', async () => {
    const relayed = vi.spyOn(core, 'call');
    const invoke = (channel: string, input: unknown) =>
      ours.ipcRenderer.invoke(channel, input) as Promise<Result<unknown>>;
    expect(
      expectFailure(await invoke(channels.chooseSources, 'everything'), 'INVALID_INPUT'),
    ).toMatch(/What to import \("files" or "folder"\) is not valid/);
    expect(expectFailure(await invoke(channels.importChosen, 42), 'INVALID_INPUT')).toMatch(
      /The chosen file is not valid \(input: /,
    );
    expect(
      expectFailure(await invoke(channels.saveExport, { format: 'rtf' }), 'INVALID_INPUT'),
    ).toMatch(/The export to save is not valid \(format: /);
    expect(
      expectFailure(await invoke(channels.saveFile, { fileName: 'a.md' }), 'INVALID_INPUT'),
    ).toMatch(/The file to save is not valid \(mimeType: .*data: /);
    expect(relayed).not.toHaveBeenCalled();
    expect(showSaveDialog).not.toHaveBeenCalled();
  });

  it('refuses to import a path the open dialog did not return', async () => {
    const message = expectFailure(await bridge.importChosen('/etc/passwd'), 'INVALID_INPUT');
    expect(message).toBe('Refused: /etc/passwd was not chosen in an import dialog.');
  });

  it('turns a rejected invoke (no handler) into an INTERNAL Result', async () => {
    unregister();
    const message = expectFailure(await bridge.call['articles.list']({}), 'INTERNAL');
    expect(message).toMatch(/No handler registered/);
  });

  it('delivers pushed events to subscribers without the IPC event, until unsubscribed', () => {
    const changed = vi.fn();
    const exported = vi.fn();
    const stopChanged = bridge.subscribe('notebook.changed', changed);
    bridge.subscribe('menu.export', exported);

    sendEvent(ours.window, 'notebook.changed', { articleId: 'a1' });
    expect(changed).toHaveBeenCalledTimes(1);
    expect(changed.mock.calls[0]).toEqual([{ articleId: 'a1' }]);
    expect(exported).not.toHaveBeenCalled();

    stopChanged();
    stopChanged(); // twice is harmless
    sendEvent(ours.window, 'notebook.changed', {});
    sendEvent(ours.window, 'menu.export', {});
    expect(changed).toHaveBeenCalledTimes(1);
    expect(exported).toHaveBeenCalledTimes(1);
    expect(ours.ipcRenderer.listenerCount(channels.event('notebook.changed'))).toBe(0);
    expect(ours.ipcRenderer.listenerCount(channels.event('menu.export'))).toBe(1);
  });

  it('unsubscribes exactly the listener it was given, even when one function subscribed twice', () => {
    const listener = vi.fn();
    const first = bridge.subscribe('notebook.changed', listener);
    bridge.subscribe('notebook.changed', listener);
    first();
    sendEvent(ours.window, 'notebook.changed', {});
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('refuses to subscribe to an event the contract does not define', () => {
    const subscribe = bridge.subscribe as (name: string, listener: () => void) => () => void;
    expect(() => subscribe('ipc:anything', () => {})).toThrow(/no event called/);
    expect(Object.keys(events)).toEqual(['notebook.changed', 'menu.import', 'menu.export']);
  });

  it('does not send to a destroyed window', () => {
    const send = vi.fn();
    sendEvent({ isDestroyed: () => true, webContents: { send } }, 'menu.export', {});
    sendEvent(null, 'menu.export', {});
    expect(send).not.toHaveBeenCalled();
  });

  describe('saveFile', () => {
    const file = {
      fileName: 'notes.md',
      mimeType: 'text/markdown',
      data: '# Notes\n\nUrdu: اردو\n',
    };

    it('writes the file where the user chose and remembers that folder for next time', async () => {
      const target = join(dataDir, 'exports', 'chosen.md');
      await import('node:fs/promises').then((fs) => fs.mkdir(join(dataDir, 'exports')));
      showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });

      expect(valueOf(await bridge.saveFile(file))).toEqual({ saved: true, path: target });
      expect(await readFile(target, 'utf8')).toBe(file.data);
      const [window, options] = showSaveDialog.mock.calls[0]!;
      expect(window).toBe(ours.window);
      expect(options.defaultPath).toBe(join(dataDir, 'Documents', 'notes.md'));
      expect(options.filters[0]).toEqual({ name: 'Markdown', extensions: ['md'] });

      await bridge.saveFile({ ...file, fileName: 'second.md' });
      expect(showSaveDialog.mock.calls[1]![1].defaultPath).toBe(
        join(dataDir, 'exports', 'second.md'),
      );
    });

    it('starts from the folder remembered from an earlier run, and remembers the new one', async () => {
      const saved: string[] = [];
      unregister();
      unregister = registerIpc({
        ipcMain: ipc.ipcMain,
        core,
        windowFromSender: (sender) => windows.get(sender) ?? null,
        isOurWindow: (window) => window === ours.window,
        showSaveDialog,
        showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
        defaultSaveFolder: join(dataDir, 'Documents'),
        rememberedFolder: { load: () => join(dataDir, 'earlier'), save: (f) => void saved.push(f) },
      });
      showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(dataDir, 'x.md') });
      await bridge.saveFile(file);
      expect(showSaveDialog.mock.calls[0]![1].defaultPath).toBe(
        join(dataDir, 'earlier', 'notes.md'),
      );
      expect(saved).toEqual([dataDir]);
    });

    it('reports a cancelled dialog as not saved', async () => {
      expect(valueOf(await bridge.saveFile(file))).toEqual({ saved: false });
    });

    it('refuses an invalid payload without showing a dialog', async () => {
      const bad = { fileName: '', mimeType: 'text/markdown', data: 'x' };
      expect(expectFailure(await bridge.saveFile(bad), 'INVALID_INPUT')).toMatch(/fileName/);
      expectFailure(
        (await ours.ipcRenderer.invoke(channels.saveFile, { fileName: 'a.md' })) as Result<unknown>,
        'INVALID_INPUT',
      );
      expect(showSaveDialog).not.toHaveBeenCalled();
    });

    it('reports a failed write with the path and the reason', async () => {
      const target = join(dataDir, 'missing-folder', 'x.md');
      showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
      const message = expectFailure(await bridge.saveFile(file), 'INTERNAL');
      expect(message).toContain(target);
      expect(message).toMatch(/ENOENT/);
    });

    it('has the notebook render an export and writes it where the user chose', async () => {
      valueOf(
        await bridge.call['articles.importText']({
          text: 'Talks stalled in Doha\n\nThe committee has not met since it was formed last year.',
        }),
      );
      const target = join(dataDir, 'notes.docx');
      showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
      expect(valueOf(await bridge.saveExport({ format: 'docx' }))).toEqual({
        saved: true,
        path: target,
      });
      expect((await readFile(target)).subarray(0, 2).toString()).toBe('PK');
      expect(showSaveDialog.mock.calls[0]![1].defaultPath).toMatch(
        /dossier-notebook-\d{4}-\d{2}-\d{2}\.docx$/,
      );
      expectFailure(await bridge.saveExport({ format: 'rtf' } as never), 'INVALID_INPUT');
    });

    it('writes a base64 result as its bytes, offering a filter for its kind', async () => {
      const target = join(dataDir, 'brief.docx');
      const bytes = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0xfe, 0x80]);
      showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
      const docx = {
        fileName: 'brief.docx',
        mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        data: bytes.toString('base64'),
        encoding: 'base64' as const,
      };
      expect(valueOf(await bridge.saveFile(docx))).toEqual({ saved: true, path: target });
      expect(Buffer.compare(await readFile(target), bytes)).toBe(0);
      expect(showSaveDialog.mock.calls[0]![1].filters).toEqual([
        { name: 'Word document', extensions: ['docx'] },
        { name: 'All files', extensions: ['*'] },
      ]);
    });

    it('names each export kind in the dialog filter', async () => {
      for (const [name, label] of [
        ['a.pdf', 'PDF'],
        ['a.csv', 'CSV spreadsheet'],
        ['a.html', 'HTML page'],
        ['a.jsonld', 'W3C annotations (JSON-LD)'],
        ['a.dossier', 'Dossier notebook bundle'],
        ['a.xyz', 'XYZ'],
      ] as const) {
        showSaveDialog.mockClear();
        await bridge.saveFile({ ...file, fileName: name });
        expect(showSaveDialog.mock.calls[0]![1].filters[0]).toEqual({
          name: label,
          extensions: [name.slice(2)],
        });
      }
    });

    it('keeps UTF-8 text as text when the encoding says utf8', async () => {
      const target = join(dataDir, 'notes.csv');
      showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
      await bridge.saveFile({ ...file, fileName: 'notes.csv', encoding: 'utf8' });
      expect(await readFile(target, 'utf8')).toBe(file.data);
    });

    it('refuses base64 data that is not base64 without showing a dialog', async () => {
      const bad = { ...file, fileName: 'x.pdf', data: 'not base64!', encoding: 'base64' as const };
      expect(expectFailure(await bridge.saveFile(bad), 'INVALID_INPUT')).toMatch(/base64/);
      expect(showSaveDialog).not.toHaveBeenCalled();
    });

    it('keeps a proposed name from steering the dialog into another folder', async () => {
      await bridge.saveFile({ ...file, fileName: '../../etc/passwd' });
      expect(showSaveDialog.mock.calls[0]![1].defaultPath).toBe(
        join(dataDir, 'Documents', 'passwd'),
      );
    });
  });
});

describe('when the notebook process dies', () => {
  it('answers the call in flight, and every later one, with a sentence the window shows', async () => {
    const utility = fakeUtility({ serve: false });
    const core = startNotebookProcess({ fork: () => utility.child, dataDir: tmpdir() });
    utility.port.postMessage({ type: 'opened' });
    await core.ready;
    const ipc = fakeIpc();
    const ours = ipc.renderer(1);
    registerIpc({
      ipcMain: ipc.ipcMain,
      core,
      windowFromSender: () => ours.window,
      isOurWindow: (window) => window === ours.window,
      showSaveDialog: async () => ({ canceled: true }),
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      defaultSaveFolder: tmpdir(),
    });
    const bridge = createBridge(ours.ipcRenderer);

    const inFlight = bridge.call['notes.update']({ id: 'n1', body: 'Who sits on it?' });
    await vi.waitFor(() => expect(utility.sent.some((m) => m.type === 'request')).toBe(true));
    utility.crash(134);
    expect(expectFailure(await inFlight, 'INTERNAL')).toMatch(
      /notebook stopped unexpectedly \(exit code 134\) before this request was finished/,
    );
    expect(expectFailure(await bridge.saveExport({ format: 'markdown' }), 'INTERNAL')).toMatch(
      /Restart Dossier/,
    );
  });
});

describe('safeFileName', () => {
  it('keeps an ordinary name and strips folders and characters Windows refuses', () => {
    expect(safeFileName('Pakistan rejects TTP’s offer.md')).toBe('Pakistan rejects TTP’s offer.md');
    expect(safeFileName('C:\\Users\\x\\notes.md')).toBe('notes.md');
    expect(safeFileName('a<b>:c?.md')).toBe('a_b__c_.md');
    expect(safeFileName('..')).toBe('dossier-export.md');
    expect(safeFileName('.hidden.md')).toBe('hidden.md');
    expect(safeFileName('line\nbreak\u0000.md')).toBe('line_break_.md');
    const long = safeFileName('😀'.repeat(300));
    expect(Array.from(long)).toHaveLength(200);
    expect(long.endsWith('😀')).toBe(true);
  });
});
