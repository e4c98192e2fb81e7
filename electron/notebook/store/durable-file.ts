// A lowdb adapter that survives power cuts: temp file, fsync, rename, fsync of the folder.
// (steno, lowdb's default writer, renames without fsync, which can leave an empty file.)
import { open, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';

export async function writeFileDurably(path: string, content: string | Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.tmp`);
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncFolder(dirname(path));
}

async function syncFolder(folder: string): Promise<void> {
  // Some platforms (Windows) cannot open a folder for fsync; the rename is still atomic there.
  const handle = await open(folder, 'r').catch(() => null);
  if (!handle) return;
  try {
    await handle.sync().catch(() => undefined);
  } finally {
    await handle.close();
  }
}

/** JSON file adapter; serialises writes so two saves never interleave on the same temp file. */
export class DurableJsonFile<T> implements Adapter<T> {
  private queue: Promise<void> = Promise.resolve();

  /** `arrange` may reorder the top-level keys as they are written (see article-store.ts). */
  constructor(
    readonly path: string,
    private readonly arrange: (data: T) => unknown = (data) => data,
  ) {}

  async read(): Promise<T | null> {
    let raw: string;
    try {
      raw = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    return JSON.parse(raw) as T;
  }

  write(data: T): Promise<void> {
    const content = JSON.stringify(this.arrange(data), null, 2);
    const next = this.queue.then(() => writeFileDurably(this.path, content));
    this.queue = next.catch(() => undefined);
    return next;
  }
}
