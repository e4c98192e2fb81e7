// Opens one JSON file through lowdb, refusing to trust it until it validates against its schema.
// A damaged file is moved aside and the newest good backup restored; the caller is told how.
import { copyFile, readFile, rename } from 'node:fs/promises';
import { basename } from 'node:path';
import { Low } from 'lowdb';
import type { z } from 'zod';
import { newestGoodBackup, stampOf } from './backups';
import { DurableJsonFile } from './durable-file';

export type Opened<T> =
  | { status: 'new' | 'good'; db: Low<T> }
  | { status: 'restored'; db: Low<T>; damage: Damage; backupTakenAt: Date }
  | { status: 'unrecoverable'; damage: Damage };

export interface Damage {
  file: string;
  reason: string;
  movedTo: string;
}

export async function openValidated<T>(
  path: string,
  schema: z.ZodType<T>,
  defaults: () => T,
  backupsDir: string,
): Promise<Opened<T>> {
  const adapter = new DurableJsonFile<T>(path);
  const checked = await check(path, schema);
  if (checked.ok) {
    const db = new Low<T>(adapter, checked.data ?? defaults());
    return { status: checked.data === undefined ? 'new' : 'good', db };
  }

  const movedTo = `${path}.damaged-${stampOf(new Date())}`;
  await rename(path, movedTo);
  const damage = { file: path, reason: checked.reason, movedTo };
  const backup = await newestGoodBackup(basename(path), backupsDir, schema);
  if (!backup) return { status: 'unrecoverable', damage };
  await copyFile(backup.path, path);
  const restored = await check(path, schema);
  if (!restored.ok || restored.data === undefined) return { status: 'unrecoverable', damage };
  return {
    status: 'restored',
    db: new Low<T>(adapter, restored.data),
    damage,
    backupTakenAt: backup.takenAt,
  };
}

type Checked<T> = { ok: true; data: T | undefined } | { ok: false; reason: string };

async function check<T>(path: string, schema: z.ZodType<T>): Promise<Checked<T>> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ok: true, data: undefined };
    throw error;
  }
  if (raw.trim() === '' || /^\0+$/.test(raw)) return { ok: false, reason: 'the file is empty' };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'the file is not complete JSON (it may have been cut off)' };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.length ? ` at ${first.path.join('.')}` : '';
    return { ok: false, reason: `its content does not match the notebook format${where}` };
  }
  return { ok: true, data: parsed.data };
}
