// What the analysis read from each text (entity names, dated sentences), kept on disk beside the
// notebook so the next session does not read every text again: one small file per article under
// `analysis/<kind>/`, valid for the key it was written with (the text's version, the readers'
// own version). Derived and rebuildable: a missing, stale or damaged file is read again from the
// text, and a file that cannot be written is simply not kept.
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArticleSummary } from '../../shared/model';
import type { NotebookInternals } from './internals';

/** Raised when what the readers produce changes, so files written by older readers go unused. */
const READERS_VERSION = 1;

export class AnalysisCache<T> {
  /** What this session holds, by article: the key it was read under and the value. */
  private readonly memory = new Map<string, { key: string; value: T }>();
  private readonly pending = new Set<Promise<void>>();
  private made = false;

  constructor(private readonly dir: () => string) {}

  private path(id: string): string {
    return join(this.dir(), `${id}.json`);
  }

  /** Whether this session holds the article's value under `key` already. */
  holds(id: string, key: string): boolean {
    return this.memory.get(id)?.key === key;
  }

  /**
   * The article's value under `key`: held in memory, else kept on disk, else made by `make`
   * (and then kept on disk for the next session).
   */
  async get(id: string, key: string, make: () => Promise<T>): Promise<T> {
    const held = this.memory.get(id);
    if (held?.key === key) return held.value;
    let value = await this.read(id, key);
    if (value === undefined) {
      value = await make();
      this.write(id, key, value);
    }
    this.memory.set(id, { key, value });
    return value;
  }

  /** The value kept on disk for the article under `key`, or undefined. */
  private async read(id: string, key: string): Promise<T | undefined> {
    try {
      const kept = JSON.parse(await readFile(this.path(id), 'utf8')) as {
        readers?: number;
        key?: string;
        value?: T;
      };
      return kept.readers === READERS_VERSION && kept.key === key ? kept.value : undefined;
    } catch {
      return undefined;
    }
  }

  /** Keeps the value for the article under `key`, in the background; `flush` waits for it. */
  private write(id: string, key: string, value: T): void {
    const job = (async () => {
      if (!this.made) {
        await mkdir(this.dir(), { recursive: true });
        this.made = true;
      }
      const path = this.path(id);
      const temporary = `${path}.${randomUUID()}.tmp`;
      try {
        await writeFile(temporary, JSON.stringify({ readers: READERS_VERSION, key, value }));
        await rename(temporary, path);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
    })()
      .catch(() => undefined)
      .finally(() => this.pending.delete(job));
    this.pending.add(job);
  }

  /** Drops what is kept for an article (deleted), in memory and on disk. */
  async forget(id: string): Promise<void> {
    this.memory.delete(id);
    await this.flush();
    await rm(this.path(id), { force: true }).catch(() => undefined);
  }

  /** Waits for every write begun. */
  async flush(): Promise<void> {
    while (this.pending.size) await Promise.all([...this.pending]);
  }
}

/**
 * Reads every article that `needs` it, each in a turn of its own in the notebook's queue, so a
 * first reading of a large notebook never holds a change back longer than one article takes.
 */
export async function readInTurns(
  nb: NotebookInternals,
  needs: (summary: ArticleSummary) => boolean,
  read: (summary: ArticleSummary) => Promise<unknown>,
): Promise<void> {
  const pending = await nb.serial.run(async () =>
    nb.library.articles.filter(needs).map((a) => a.id),
  );
  for (const id of pending) {
    await nb.serial.run(async () => {
      const summary = nb.library.summary(id);
      if (summary) await read(summary);
    });
  }
}
