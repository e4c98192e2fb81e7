// The main-process end of IPC: relays every contract operation to the notebook and serves the
// four host channels (save and open dialogs), each behind a sender check. Electron is injected,
// so tests run this with fakes in plain Node.
import { writeFile as writeFileToDisk } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import {
  ExportResult,
  operations,
  RenderedExport,
  type EventName,
  type EventPayload,
} from '../../shared/contract';
import { channels } from '../../shared/bridge';
import { parseHostInput, type SaveOutcome } from '../../shared/host-channels';
import { fail, ok, type Result } from '../../shared/result';
import { chosenSources, type OpenDialogAnswer, type OpenDialogOptionsLike } from './chosen-sources';
import type { NotebookCore } from './notebook-process';

/** The part of an IPC frame the sender check needs: only a top-level document has no parent. */
export interface FrameLike {
  readonly parent: unknown;
}

/** The part of Electron's IpcMainInvokeEvent this module reads. */
export interface InvokeEventLike<Sender> {
  readonly sender: Sender;
  readonly senderFrame: FrameLike | null;
}

/** The part of Electron's ipcMain this module uses. */
export interface IpcMainLike<Sender> {
  handle(
    channel: string,
    listener: (event: InvokeEventLike<Sender>, ...args: unknown[]) => unknown,
  ): void;
  removeHandler(channel: string): void;
}

/** The part of a BrowserWindow needed to push events to it. */
export interface WindowLike {
  isDestroyed(): boolean;
  readonly webContents: { send(channel: string, ...args: unknown[]): void };
}

export interface SaveDialogOptionsLike {
  title: string;
  defaultPath: string;
  buttonLabel: string;
  filters: Array<{ name: string; extensions: string[] }>;
}

export interface SaveDialogAnswer {
  canceled: boolean;
  filePath?: string;
}

export interface IpcDeps<Sender, Window> {
  ipcMain: IpcMainLike<Sender>;
  /** The notebook's door: on the desktop, the relay to its utility process. */
  core: NotebookCore;
  /** `BrowserWindow.fromWebContents`. */
  windowFromSender(sender: Sender): Window | null;
  /** Whether the window is one Dossier created (not a devtools or stray window). */
  isOurWindow(window: Window): boolean;
  /** `dialog.showSaveDialog`. */
  showSaveDialog(window: Window, options: SaveDialogOptionsLike): Promise<SaveDialogAnswer>;
  /** `dialog.showOpenDialog`. */
  showOpenDialog(window: Window, options: OpenDialogOptionsLike): Promise<OpenDialogAnswer>;
  /** Folder the first save dialog opens in (e.g. the user's Documents). */
  defaultSaveFolder: string;
  /** Keeps the folder of the last export across restarts (a file in the app's profile). */
  rememberedFolder?: { load(): string | undefined; save(folder: string): void };
  /** Injected so tests can fail a write; defaults to node:fs. Text comes as UTF-8 string, binaries as bytes. */
  writeFile?(path: string, data: string | Uint8Array): Promise<void>;
}

export const REFUSED_MESSAGE = 'Refused: the request did not come from a Dossier window.';

/**
 * Registers a handler for every contract operation and every host channel. Returns a function
 * that removes them again (used by tests and when the app shuts down).
 */
export function registerIpc<Sender, Window>(deps: IpcDeps<Sender, Window>): () => void {
  const writeFile =
    deps.writeFile ??
    ((path: string, data: string | Uint8Array) =>
      typeof data === 'string' ? writeFileToDisk(path, data, 'utf8') : writeFileToDisk(path, data));
  let lastSaveFolder: string | undefined = deps.rememberedFolder?.load();

  /** Our window and its top-level document, or null: an iframe is never the app, even if ours. */
  const trustedWindow = (event: InvokeEventLike<Sender>): Window | null => {
    const window = deps.windowFromSender(event.sender);
    if (window === null || !deps.isOurWindow(window)) return null;
    if (event.senderFrame === null || event.senderFrame.parent !== null) return null;
    return window;
  };

  const registered: string[] = [];
  const handle = (channel: string, listener: Parameters<IpcMainLike<Sender>['handle']>[1]) => {
    deps.ipcMain.handle(channel, listener);
    registered.push(channel);
  };

  for (const op of operations) {
    handle(channels.operation(op), async (event, input): Promise<Result<unknown>> => {
      if (trustedWindow(event) === null) return fail('INVALID_INPUT', REFUSED_MESSAGE);
      // The notebook's dispatch checks the input against the contract, as for every host.
      return deps.core.call(op, input);
    });
  }

  /** Asks where to save, then writes the file; remembers the folder for the next save. */
  const saveToDisk = async (window: Window, file: ExportResult): Promise<Result<SaveOutcome>> => {
    const fileName = safeFileName(file.fileName);
    const content = contentOf(file);
    if (content === null) {
      return fail('INVALID_INPUT', `The file to save is not valid (data: not base64).`);
    }
    let answer: SaveDialogAnswer;
    try {
      answer = await deps.showSaveDialog(window, {
        title: 'Export',
        defaultPath: join(lastSaveFolder ?? deps.defaultSaveFolder, fileName),
        buttonLabel: 'Export',
        filters: saveFilters(fileName),
      });
    } catch (error) {
      return fail('INTERNAL', `The save dialog could not be shown: ${messageOf(error)}`);
    }
    // Electron reports a cancelled dialog with canceled: true and an empty path.
    if (answer.canceled || !answer.filePath) return ok({ saved: false });
    try {
      await writeFile(answer.filePath, content);
    } catch (error) {
      return fail('INTERNAL', `Could not save ${answer.filePath}: ${messageOf(error)}`);
    }
    lastSaveFolder = dirname(answer.filePath);
    deps.rememberedFolder?.save(lastSaveFolder);
    return ok({ saved: true, path: answer.filePath });
  };

  handle(channels.saveFile, async (event, raw): Promise<Result<SaveOutcome>> => {
    const window = trustedWindow(event);
    if (window === null) return fail('INVALID_INPUT', REFUSED_MESSAGE);
    const file = parseHostInput(channels.saveFile, raw);
    if (!file.ok) return file;
    return saveToDisk(window, file.value);
  });

  // The notebook renders the export and the main process writes it: a Word file, a PDF or a
  // whole notebook bundle never travels to the renderer and back.
  handle(channels.saveExport, async (event, raw): Promise<Result<SaveOutcome>> => {
    const window = trustedWindow(event);
    if (window === null) return fail('INVALID_INPUT', REFUSED_MESSAGE);
    const scope = parseHostInput(channels.saveExport, raw);
    if (!scope.ok) return scope;
    const rendered = await deps.core.call('export.render', scope.value);
    if (!rendered.ok) return rendered;
    const file = RenderedExport.safeParse(rendered.value);
    if (!file.success) {
      return fail('INTERNAL', 'The notebook rendered an export that cannot be saved.');
    }
    const saved = await saveToDisk(window, file.data);
    // What the export left out is the analyst's to know, whether or not they saved it.
    return saved.ok && file.data.skipped.length
      ? ok({ ...saved.value, skipped: file.data.skipped })
      : saved;
  });

  const sources = chosenSources(deps.core);
  handle(channels.chooseSources, async (event, raw) => {
    const window = trustedWindow(event);
    if (window === null) return fail('INVALID_INPUT', REFUSED_MESSAGE);
    const what = parseHostInput(channels.chooseSources, raw);
    if (!what.ok) return what;
    try {
      return await sources.choose(what.value, (options) => deps.showOpenDialog(window, options));
    } catch (error) {
      return fail('INTERNAL', `The open dialog could not be shown: ${messageOf(error)}`);
    }
  });
  handle(channels.importChosen, async (event, raw) => {
    if (trustedWindow(event) === null) return fail('INVALID_INPUT', REFUSED_MESSAGE);
    const path = parseHostInput(channels.importChosen, raw);
    if (!path.ok) return path;
    return sources.importChosen(path.value);
  });

  return () => {
    for (const channel of registered.splice(0)) deps.ipcMain.removeHandler(channel);
  };
}

/** Pushes an event to a window's renderer, if the window is still there. */
export function sendEvent<E extends EventName>(
  window: WindowLike | null | undefined,
  name: E,
  payload: EventPayload<E>,
): void {
  if (!window || window.isDestroyed()) return;
  window.webContents.send(channels.event(name), payload);
}

/**
 * The renderer proposes a name; it only ever seeds the dialog, but a name carrying folders or
 * characters Windows forbids would make the dialog open somewhere odd or refuse it.
 */
export function safeFileName(proposed: string): string {
  const base = proposed.split(/[\\/]/).pop() ?? '';
  const replaced = Array.from(base, (ch) => (isForbiddenInFileName(ch) ? '_' : ch));
  // Cut by code point, so a long Urdu or emoji title never ends in half a surrogate pair.
  const cleaned = replaced
    .slice(0, 200)
    .join('')
    .replace(/^[.\s]+/, '')
    .trim();
  return cleaned || 'dossier-export.md';
}

function isForbiddenInFileName(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return code < 0x20 || code === 0x7f || '<>:"|?*'.includes(ch);
}

/** What goes on disk: the text as UTF-8, or the bytes a base64 result carries (null if it is not base64). */
function contentOf(file: ExportResult): string | Uint8Array | null {
  if (file.encoding !== 'base64') return file.data;
  const compact = file.data.replace(/\s+/g, '');
  if (compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) return null;
  return new Uint8Array(Buffer.from(compact, 'base64'));
}

/** The names a save dialog gives each export's kind of file. */
const KIND_NAMES: Record<string, string> = {
  md: 'Markdown',
  markdown: 'Markdown',
  docx: 'Word document',
  pdf: 'PDF',
  html: 'HTML page',
  htm: 'HTML page',
  csv: 'CSV spreadsheet',
  jsonld: 'W3C annotations (JSON-LD)',
  json: 'JSON',
  dossier: 'Dossier notebook bundle',
};

function saveFilters(fileName: string): SaveDialogOptionsLike['filters'] {
  const extension = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase();
  const all = { name: 'All files', extensions: ['*'] };
  if (!extension) return [all];
  return [{ name: KIND_NAMES[extension] ?? extension.toUpperCase(), extensions: [extension] }, all];
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
