// The preload in isolation: what it exposes, and that it loads in Electron's sandbox (where
// require() cannot find package dependencies such as zod).
import { describe, expect, it, vi } from 'vitest';

const exposeInMainWorld = vi.hoisted(() => vi.fn());
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld },
  ipcRenderer: {
    invoke: vi.fn(async () => ({ ok: true, value: [] })),
    on: vi.fn(),
    removeListener: vi.fn(),
    send: vi.fn(),
    sendSync: vi.fn(),
  },
}));
// A sandboxed preload gets `require('zod')` wrong at runtime, so importing it here must fail.
vi.mock('zod', () => {
  throw new Error(
    'the preload must not load zod: it is not bundled and the sandbox cannot require it',
  );
});

const { createBridge, exposedEvents, exposedOperations } = await import('./index');

describe('preload', () => {
  it('loads without zod and exposes exactly one object, window.dossier', () => {
    expect(exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [key, api] = exposeInMainWorld.mock.calls[0]!;
    expect(key).toBe('dossier');
    expect(Object.keys(api).sort()).toEqual([
      'call',
      'chooseSources',
      'importChosen',
      'saveExport',
      'saveFile',
      'subscribe',
    ]);
  });

  it('exposes no ipcRenderer, process or generic send, only named calls', () => {
    const api = exposeInMainWorld.mock.calls[0]![1] as Record<string, unknown>;
    const seen = JSON.stringify(Object.keys(api.call as object));
    for (const name of ['ipcRenderer', 'process', 'send', 'sendSync', 'invoke', 'on', 'require']) {
      expect(api).not.toHaveProperty(name);
      expect(api.call).not.toHaveProperty(name);
    }
    expect(seen).not.toMatch(/op:|event:|host:/);
    for (const value of Object.values(api.call as object)) expect(typeof value).toBe('function');
  });

  it('names the same operations and events as the bridge type (checked against the contract in ipc.test.ts)', () => {
    expect(exposedOperations).toContain('highlights.create');
    expect(exposedEvents).toEqual(['notebook.changed', 'menu.import', 'menu.export']);
  });

  it('invokes the operation channel with the input only', async () => {
    const invoke = vi.fn(async () => ({ ok: true, value: { id: 'h1' } }));
    const bridge = createBridge({ invoke, on: vi.fn(), removeListener: vi.fn() });
    await bridge.call['highlights.delete']({ id: 'h1' });
    expect(invoke).toHaveBeenCalledWith('op:highlights.delete', { id: 'h1' });
    await bridge.saveFile({ fileName: 'a.md', mimeType: 'text/markdown', data: '' });
    expect(invoke).toHaveBeenLastCalledWith('host:saveFile', {
      fileName: 'a.md',
      mimeType: 'text/markdown',
      data: '',
    });
  });

  it('passes the listener the payload alone, never the IpcRendererEvent', () => {
    let registered: ((event: unknown, ...args: unknown[]) => void) | undefined;
    const on = vi.fn((_channel: string, listener: (event: unknown, ...args: unknown[]) => void) => {
      registered = listener;
    });
    const removeListener = vi.fn();
    const bridge = createBridge({ invoke: vi.fn(), on, removeListener });
    const listener = vi.fn();
    const stop = bridge.subscribe('menu.export', listener);
    expect(on).toHaveBeenCalledWith('event:menu.export', expect.any(Function));

    registered!({ sender: 'ipcRenderer', ports: [] }, {}, 'extra');
    expect(listener.mock.calls).toEqual([[{}]]);

    stop();
    expect(removeListener).toHaveBeenCalledWith('event:menu.export', registered);
  });
});
