// The preload: exposes `window.dossier` (named contract calls, event subscription, save file) and
// nothing else: no ipcRenderer, no process, no "send any channel".
//
// It runs sandboxed, where require() knows only 'electron' and a few Node built-ins, and
// electron-vite leaves package dependencies (zod) external. So this file imports only types from
// the contract and keeps its own name lists, which the type checker holds exhaustive.
import { contextBridge, ipcRenderer } from 'electron';
import { channels, type DossierBridge, type OperationCalls } from '../../shared/bridge';
import type { EventName, EventPayload, Operation } from '../../shared/contract';
import type { Result } from '../../shared/result';

/** Every operation of the contract; a missing or extra name is a type error. */
const operationNames: Record<Operation, true> = {
  'articles.list': true,
  'ach.list': true,
  'ach.get': true,
  'ach.create': true,
  'ach.update': true,
  'ach.rate': true,
  'ach.delete': true,
  'timeline.list': true,
  'entities.list': true,
  'entities.get': true,
  'entities.setAliases': true,
  'entities.network': true,
  'charts.data': true,
  'charts.render': true,
  'search.query': true,
  'search.matches': true,
  'quotations.list': true,
  'highlights.bulkUpdate': true,
  'highlights.corroborate': true,
  'highlights.uncorroborate': true,
  'highlights.corroborations': true,
  'articles.get': true,
  'articles.importText': true,
  'articles.import': true,
  'articles.importUrl': true,
  'articles.setBlockRemoved': true,
  'articles.delete': true,
  'articles.update': true,
  'articles.setNote': true,
  'highlights.create': true,
  'highlights.update': true,
  'highlights.delete': true,
  'export.render': true,
  'bundle.import': true,
  'articles.revise': true,
  'articles.versions': true,
  'articles.version': true,
  'highlights.restore': true,
  'highlights.reattach': true,
  'highlights.get': true,
  'settings.get': true,
  'settings.update': true,
  'tags.list': true,
  'tags.create': true,
  'tags.update': true,
  'tags.impact': true,
  'tags.merge': true,
  'tags.delete': true,
  'notes.list': true,
  'notes.create': true,
  'notes.update': true,
  'notes.delete': true,
  'notices.list': true,
  'notices.dismiss': true,
};

/** Every event the hosts push; a missing or extra name is a type error. */
const eventNames: Record<EventName, true> = {
  'notebook.changed': true,
  'menu.import': true,
  'menu.export': true,
};

export const exposedOperations = Object.keys(operationNames) as Operation[];
export const exposedEvents = Object.keys(eventNames) as EventName[];

/** The part of Electron's ipcRenderer the bridge uses. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

/**
 * A rejected invoke (no handler, a handler that threw, a payload that cannot be cloned) still
 * answers with a Result, so the renderer has a single error path.
 */
async function invokeForResult<T>(
  ipc: IpcRendererLike,
  channel: string,
  input: unknown,
): Promise<Result<T>> {
  try {
    return (await ipc.invoke(channel, input)) as Result<T>;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: { code: 'INTERNAL', message: `Dossier's desktop shell did not answer: ${reason}` },
    };
  }
}

export function createBridge(ipc: IpcRendererLike): DossierBridge {
  const call = Object.fromEntries(
    exposedOperations.map((op) => [
      op,
      (input: unknown) => invokeForResult(ipc, channels.operation(op), input),
    ]),
  ) as OperationCalls;

  const bridge = {
    call,
    subscribe<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void) {
      if (!Object.hasOwn(eventNames, name)) throw new Error(`There is no event called "${name}".`);
      if (typeof listener !== 'function')
        throw new TypeError('subscribe needs a listener function.');
      const channel = channels.event(name);
      // The IpcRendererEvent stays here: it carries `sender`, i.e. ipcRenderer itself.
      const wrapped = (_event: unknown, payload: unknown) => listener(payload as EventPayload<E>);
      ipc.on(channel, wrapped);
      let subscribed = true;
      return () => {
        if (!subscribed) return;
        subscribed = false;
        ipc.removeListener(channel, wrapped);
      };
    },
    saveFile: (file) => invokeForResult(ipc, channels.saveFile, file),
    saveExport: (input) => invokeForResult(ipc, channels.saveExport, input),
    chooseSources: (what) => invokeForResult(ipc, channels.chooseSources, what),
    importChosen: (path) => invokeForResult(ipc, channels.importChosen, path),
  } satisfies DossierBridge;

  return bridge;
}

contextBridge.exposeInMainWorld('dossier', createBridge(ipcRenderer));
