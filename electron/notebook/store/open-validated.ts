// Reads one notebook JSON file, refusing to trust it until it decodes as its format. A damaged
// file is moved aside and the newest good backup restored; a file from a newer Dossier is
// refused with a sentence and left exactly where it is.
import { copyFile, readFile, rename, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { newestGoodBackup, stampOf } from './backups';
import { versionOf } from './migrations';
import {
  decodeText,
  MAX_NOTEBOOK_FILE_BYTES,
  newerFileError,
  type Decoded,
  type FileFormat,
} from './file-format';

export type Opened<T> =
  | { status: 'new' }
  | { status: 'good'; data: T; migratedFrom?: number }
  | { status: 'restored'; data: T; damage: Damage; backupTakenAt: Date; migratedFrom?: number }
  | { status: 'unrecoverable'; damage: Damage };

export interface Damage {
  file: string;
  reason: string;
  movedTo: string;
}

/**
 * `known`: whether these exact bytes are ones this notebook wrote after validating them (see
 * library-store's checksum); such a file skips the schema check, which at 10,000 articles is
 * most of the cost of opening.
 */
export async function openValidated<T>(
  path: string,
  format: FileFormat<T>,
  backupFolders: readonly string[],
  known?: (raw: string) => boolean,
): Promise<Opened<T>> {
  const checked = await check(path, format, known);
  if (checked === 'missing') return { status: 'new' };
  if (checked.ok === 'newer') throw newerFileError(path, checked.version, format.version);
  if (checked.ok) return { status: 'good', data: checked.data, migratedFrom: checked.migratedFrom };

  const movedTo = `${path}.damaged-${stampOf(new Date())}`;
  await rename(path, movedTo);
  const damage = { file: path, reason: checked.reason, movedTo };
  const backup = await newestGoodBackup(basename(path), backupFolders, format);
  if (!backup) return { status: 'unrecoverable', damage };
  await copyFile(backup.path, path);
  const restored = await check(path, format);
  if (restored === 'missing' || restored.ok !== true) return { status: 'unrecoverable', damage };
  return {
    status: 'restored',
    data: restored.data,
    damage,
    backupTakenAt: backup.takenAt,
    migratedFrom: restored.migratedFrom,
  };
}

async function check<T>(
  path: string,
  format: FileFormat<T>,
  known?: (raw: string) => boolean,
): Promise<Decoded<T> | 'missing'> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw error;
  }
  if (size > MAX_NOTEBOOK_FILE_BYTES) {
    const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
    return {
      ok: false,
      reason: `the file is ${mb(size)}, more than any notebook file can hold (${mb(MAX_NOTEBOOK_FILE_BYTES)})`,
    };
  }
  const raw = await readFile(path, 'utf8');
  if (known?.(raw)) {
    const json: unknown = JSON.parse(raw);
    if (versionOf(json) === format.version) return { ok: true, data: json as T };
  }
  return decodeText(raw, format);
}
