// The renderer's one door to the notebook: Electron's bridge when present, else the browser host.
import {
  ChosenSources,
  ImportOutcome,
  contract,
  type ExportResult,
  type SkippedArticle,
  type EventName,
  type EventPayload,
  type Input,
  type Operation,
  type Output,
} from '../../../shared/contract';
import { ErrorCode, type Result } from '../../../shared/result';
import { ApiError } from './api-error';
import { clickDownload, downloadExport, httpCall, type CallOptions } from './http-host';

export type { CallOptions };

const bridge = () => window.dossier;

/** Runs one operation and returns its value, or throws an ApiError carrying the host's code and message. */
export async function call<K extends Operation>(
  op: K,
  input: Input<K>,
  options?: CallOptions,
): Promise<Output<K>> {
  const desktop = bridge();
  let result: Result<unknown>;
  try {
    result = desktop ? await desktop.call[op](input) : await httpCall(op, input, options);
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw new ApiError('UNREACHABLE', `${op} could not reach Dossier: ${String(error)}`);
  }
  if (!result.ok) {
    const code = ErrorCode.safeParse(result.error.code);
    throw new ApiError(code.success ? code.data : 'INTERNAL', result.error.message);
  }
  // Checked against the contract so a host that drifts fails loudly here, not deep in a component.
  // A long list is checked on its first items: they come from the same code as the rest, and
  // checking 10,000 article summaries (without eval, as the CSP requires) holds the list back a second.
  const long = Array.isArray(result.value) && result.value.length > CHECKED_ITEMS;
  const checked = long ? (result.value as unknown[]).slice(0, CHECKED_ITEMS) : result.value;
  const parsed = contract[op].output.safeParse(checked);
  if (!parsed.success) {
    throw new ApiError(
      'INTERNAL',
      `The host's answer to ${op} did not match the contract: ${parsed.error.message}`,
    );
  }
  return (long ? result.value : parsed.data) as Output<K>;
}

/** How many items of a list answer are checked against the contract. */
const CHECKED_ITEMS = 200;

/** Listens to a host event. The browser host pushes none, so there it is a no-op. */
export function subscribe<E extends EventName>(
  name: E,
  listener: (payload: EventPayload<E>) => void,
): () => void {
  const desktop = bridge();
  if (!desktop) return () => {};
  return desktop.subscribe(name, listener);
}

/**
 * Renders and saves an export without carrying the file through JSON: on desktop the main
 * process renders and writes it; in the browser the host sends the file's bytes to download.
 */
export async function saveExport(
  input: Input<'export.render'>,
): Promise<{ saved: boolean; path?: string; fileName?: string; skipped?: SkippedArticle[] }> {
  const desktop = bridge();
  if (desktop) {
    const result = await desktop.saveExport(input);
    if (!result.ok) throw new ApiError(result.error.code, result.error.message);
    return result.value;
  }
  const { fileName, skipped } = await downloadExport(input);
  return { saved: true, fileName, skipped };
}

/** Saves a file the host made (a chart): the native dialog on desktop, a download in the browser. */
export async function saveFile(file: ExportResult): Promise<{ saved: boolean; path?: string }> {
  const desktop = bridge();
  if (desktop) {
    const result = await desktop.saveFile(file);
    if (!result.ok) throw new ApiError(result.error.code, result.error.message);
    return result.value;
  }
  const bytes =
    file.encoding === 'base64'
      ? Uint8Array.from(atob(file.data), (ch) => ch.charCodeAt(0))
      : new TextEncoder().encode(file.data);
  clickDownload(URL.createObjectURL(new Blob([bytes], { type: file.mimeType })), file.fileName);
  return { saved: true };
}

/** Desktop only: the native open dialog for files or a folder; null in the browser host. */
export async function chooseSources(what: 'files' | 'folder'): Promise<ChosenSources | null> {
  const desktop = bridge();
  if (!desktop) return null;
  return unwrap(await desktop.chooseSources(what), ChosenSources);
}

/** Desktop only: imports a file chosen in that dialog. */
export async function importChosen(path: string): Promise<ImportOutcome | Output<'bundle.import'>> {
  const desktop = bridge();
  if (!desktop)
    throw new ApiError('INTERNAL', 'Chosen files can only be imported in the desktop app.');
  // A chosen `.dossier` bundle comes back as the merge's counts, anything else as an import.
  const result = await desktop.importChosen(path);
  return path.toLowerCase().endsWith('.dossier')
    ? unwrap(result, contract['bundle.import'].output)
    : unwrap(result, ImportOutcome);
}

function unwrap<T>(result: Result<unknown>, schema: { parse(value: unknown): T }): T {
  if (!result.ok) throw new ApiError(result.error.code, result.error.message);
  return schema.parse(result.value);
}

/** True inside the desktop app, where the host can push events and show native dialogs. */
export const isDesktop = (): boolean => bridge() !== undefined;
