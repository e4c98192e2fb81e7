// Rotating, verified backups of the notebook's JSON files under `backups/`.
import { copyFile, link, mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { writeFileDurably } from './durable-file';
import { decodeText, MAX_NOTEBOOK_FILE_BYTES, type FileFormat } from './file-format';

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
 * Copies `file` into `folder` and keeps it only if it reads as `format`;
 * a copy that does not verify is removed and does not count as a backup.
 */
export async function takeBackup<T>(
  file: string,
  folder: string,
  format: FileFormat<T>,
  keep = KEEP,
): Promise<Backup | null> {
  await mkdir(folder, { recursive: true });
  const takenAt = new Date();
  const target = join(folder, `${basename(file)}.${stampOf(takenAt)}.bak`);
  await copyFile(file, target);
  if (!(await isGood(target, format))) {
    await rm(target, { force: true });
    return null;
  }
  await rotate(basename(file), folder, keep);
  return { path: target, takenAt };
}

/** Keeps `content`, already known to be good, as the newest backup of the file called `name`. */
export async function writeBackup(
  name: string,
  content: string,
  folder: string,
  keep = KEEP,
): Promise<Backup> {
  await mkdir(folder, { recursive: true });
  const takenAt = new Date();
  const target = join(folder, `${name}.${stampOf(takenAt)}.bak`);
  await writeFileDurably(target, content);
  await rotate(name, folder, keep);
  return { path: target, takenAt };
}

/**
 * Keeps the file as it is now as its newest backup by a second name for the same bytes: no
 * copy, no fsync. Safe for files that are only ever replaced by rename (the notebook's JSON
 * files): the next save gives the file a new inode and leaves these bytes to the backup.
 * `expected` is what the caller validated (inode and size); anything else is not kept.
 */
export async function linkBackup(
  file: string,
  folder: string,
  expected: { ino: number; size: number },
  keep = KEEP,
): Promise<Backup | null> {
  await mkdir(folder, { recursive: true });
  const takenAt = new Date();
  const target = join(folder, `${basename(file)}.${stampOf(takenAt)}.bak`);
  try {
    await link(file, target);
  } catch {
    return null; // a file system without hard links: the caller copies instead
  }
  const linked = await stat(target);
  if (linked.ino !== expected.ino || linked.size !== expected.size) {
    await rm(target, { force: true });
    return null;
  }
  await rotate(basename(file), folder, keep);
  return { path: target, takenAt };
}

/** Copies a file just written and known good as its first backup (no verification needed). */
export async function copyBackup(file: string, folder: string, keep = KEEP): Promise<Backup> {
  await mkdir(folder, { recursive: true });
  const takenAt = new Date();
  const target = join(folder, `${basename(file)}.${stampOf(takenAt)}.bak`);
  await copyFile(file, target);
  await rotate(basename(file), folder, keep);
  return { path: target, takenAt };
}

async function rotate(name: string, folder: string, keep: number): Promise<void> {
  const all = await listBackups(name, folder);
  for (const old of all.slice(keep)) await rm(old.path, { force: true });
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

/** The newest backup that reads as `format`, looking in each folder (newest first overall). */
export async function newestGoodBackup<T>(
  name: string,
  folders: readonly string[],
  format: FileFormat<T>,
): Promise<Backup | null> {
  const all = (await Promise.all(folders.map((f) => listBackups(name, f))))
    .flat()
    .sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
  for (const backup of all) {
    if (await isGood(backup.path, format)) return backup;
  }
  return null;
}

async function isGood<T>(path: string, format: FileFormat<T>): Promise<boolean> {
  try {
    if ((await stat(path)).size > MAX_NOTEBOOK_FILE_BYTES) return false;
    return decodeText(await readFile(path, 'utf8'), format).ok === true;
  } catch {
    return false;
  }
}
