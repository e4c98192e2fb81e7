// The desktop's own import door: the native open dialog picks files or a folder, and only the
// paths it returned may then be read and handed to the notebook as a contract import, one call
// per file so the renderer can show progress and cancel between them.
import { constants } from 'node:fs';
import { open, readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { ChosenSources } from '../../shared/contract';
import type { HostOutput } from '../../shared/host-channels';
import { fail, NotebookError, ok, type Result } from '../../shared/result';
import {
  MAX_BUNDLE_BYTES,
  MAX_FOLDER_FILES,
  MAX_IMPORT_BYTES,
  megabytes,
} from '../../shared/limits';
import { isSupported } from '../../shared/source-files';
import type { NotebookCore } from './notebook-process';

export interface OpenDialogOptionsLike {
  title: string;
  buttonLabel: string;
  properties: Array<'openFile' | 'openDirectory' | 'multiSelections'>;
}

export interface OpenDialogAnswer {
  canceled: boolean;
  filePaths: string[];
}

export function chosenSources(core: NotebookCore) {
  /** Paths the user picked in a dialog this session: the only ones `importChosen` reads. */
  const allowed = new Set<string>();

  async function choose(
    what: 'files' | 'folder',
    show: (options: OpenDialogOptionsLike) => Promise<OpenDialogAnswer>,
  ): Promise<Result<ChosenSources>> {
    const answer = await show(
      what === 'files'
        ? {
            title: 'Import files',
            buttonLabel: 'Import',
            properties: ['openFile', 'multiSelections'],
          }
        : { title: 'Import a folder', buttonLabel: 'Import folder', properties: ['openDirectory'] },
    );
    if (answer.canceled) return ok({ paths: [], skipped: [] });
    const found: ChosenSources = { paths: [], skipped: [] };
    for (const picked of answer.filePaths) {
      if (what === 'files') found.paths.push(picked);
      else await walk(picked, found);
    }
    for (const path of found.paths) allowed.add(path);
    return ok(found);
  }

  async function importChosen(path: string): Promise<Result<HostOutput<'host:importChosen'>>> {
    if (!allowed.has(path)) {
      return fail('INVALID_INPUT', `Refused: ${path} was not chosen in an import dialog.`);
    }
    const name = basename(path);
    let bytes: Buffer;
    const bundle = name.toLowerCase().endsWith('.dossier');
    try {
      bytes = await readRegularFile(path, name, bundle ? MAX_BUNDLE_BYTES : MAX_IMPORT_BYTES);
    } catch (error) {
      if (error instanceof NotebookError) return fail(error.code, error.message);
      const code = (error as NodeJS.ErrnoException).code;
      const why =
        code === 'ENOENT'
          ? 'it no longer exists'
          : code === 'EACCES' || code === 'EPERM'
            ? 'Dossier may not read it'
            : messageOf(error);
      return fail('INVALID_INPUT', `“${name}” could not be read: ${why}.`);
    }
    try {
      // A notebook bundle is merged into the notebook rather than read as an article.
      const input = { fileName: name, data: bytes.toString('base64') };
      const result = await core.call(bundle ? 'bundle.import' : 'articles.import', input);
      return result as Result<HostOutput<'host:importChosen'>>;
    } catch (error) {
      // Calls answer Results; only turning the bytes into base64 can throw (out of memory).
      return fail('INVALID_INPUT', `“${name}” could not be imported: ${messageOf(error)}`);
    } finally {
      allowed.delete(path);
    }
  }

  return { choose, importChosen };
}

/**
 * Reads a regular file of at most the import limit from one open handle, so neither a FIFO,
 * a device nor a file that grows after the check can push more into the main process.
 */
async function readRegularFile(path: string, name: string, limit: number): Promise<Buffer> {
  // Non-blocking: opening a FIFO for reading would otherwise wait for a writer forever.
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = await handle.stat();
    if (!info.isFile()) {
      throw new NotebookError('INVALID_INPUT', `“${name}” is not a regular file.`);
    }
    const buffer = Buffer.alloc(Math.min(info.size, limit) + 1);
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    // Said here, by name: the contract would refuse empty data without naming the file.
    if (filled === 0) throw new NotebookError('INVALID_INPUT', `“${name}” is empty.`);
    if (filled > limit) {
      throw new NotebookError(
        'INVALID_INPUT',
        `“${name}” is larger than ${megabytes(limit)}, the most Dossier imports of it.`,
      );
    }
    return buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Every file below `folder` (hidden ones left out), sorted into what Dossier reads and the rest. */
async function walk(folder: string, found: ChosenSources): Promise<void> {
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    if (found.paths.length + found.skipped.length >= MAX_FOLDER_FILES) return;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) await walk(path, found);
    else if (entry.isFile()) (isSupported(entry.name) ? found.paths : found.skipped).push(path);
  }
}
