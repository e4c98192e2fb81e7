// Rotating, verified backups of the notebook's JSON files under `backups/`.
import { copyFile, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { z } from 'zod';

const KEEP = 10;
const STAMP = /^(.*)\.(\d{8}T\d{6}\d{3}Z)\.bak$/;

/** `2024-06-25T10:11:12.345Z` -> `20240625T101112345Z`: sortable and safe in file names. */
export const stampOf = (date: Date) => date.toISOString().replace(/[-:.]/g, '');

export const dateOfStamp = (stamp: string) =>
  new Date(
    `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}T${stamp.slice(9, 11)}:` +
      `${stamp.slice(11, 13)}:${stamp.slice(13, 15)}.${stamp.slice(15, 18)}Z`,
  );

export interface Backup {
  path: string;
  takenAt: Date;
}

/**
 * Copies `file` into `folder` and keeps it only if it parses against `schema`;
 * a copy that does not verify is removed and does not count as a backup.
 */
export async function takeBackup(
  file: string,
  folder: string,
  schema: z.ZodType,
  keep = KEEP,
): Promise<Backup | null> {
  await mkdir(folder, { recursive: true });
  const takenAt = new Date();
  const target = join(folder, `${basename(file)}.${stampOf(takenAt)}.bak`);
  await copyFile(file, target);
  if (!(await isGood(target, schema))) {
    await rm(target, { force: true });
    return null;
  }
  const all = await listBackups(basename(file), folder);
  for (const old of all.slice(keep)) await rm(old.path, { force: true });
  return { path: target, takenAt };
}

/** Backups of the file called `name`, newest first. */
export async function listBackups(name: string, folder: string): Promise<Backup[]> {
  const entries = await readdir(folder).catch(() => [] as string[]);
  return entries
    .map((entry) => STAMP.exec(entry))
    .filter((m): m is RegExpExecArray => m !== null && m[1] === name)
    .map((m) => ({ path: join(folder, m[0]), takenAt: dateOfStamp(m[2]!), stamp: m[2]! }))
    .sort((a, b) => (a.stamp < b.stamp ? 1 : -1))
    .map(({ path, takenAt }) => ({ path, takenAt }));
}

export async function newestGoodBackup(
  name: string,
  folder: string,
  schema: z.ZodType,
): Promise<Backup | null> {
  for (const backup of await listBackups(name, folder)) {
    if (await isGood(backup.path, schema)) return backup;
  }
  return null;
}

async function isGood(path: string, schema: z.ZodType): Promise<boolean> {
  try {
    return schema.safeParse(JSON.parse(await readFile(path, 'utf8'))).success;
  } catch {
    return false;
  }
}
