// One writer per data folder: hosts outside Electron's single-instance lock take `notebook.lock`,
// a small JSON file naming its holder, kept fresh by touching its modification time.
import { randomUUID } from 'node:crypto';
import { readFileSync, utimesSync } from 'node:fs';
import { link, open, readdir, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { NotebookError } from '../../../shared/result';

/** A lock whose file has not been touched for this long belongs to nobody. */
export const DEFAULT_STALE_MS = 15_000;

export interface LockEvents {
  /** This process no longer holds the folder: every change must be refused until onRegained. */
  onLost(message: string): void;
  /** The folder is this process's again; what it holds in memory may be older than the files. */
  onRegained(): void;
}

export interface LockTiming {
  /** Defaults to DOSSIER_LOCK_STALE_MS when set, else DEFAULT_STALE_MS. */
  staleMs?: number;
  /** How long opening waits for a live holder to let go before answering CONFLICT. */
  waitMs?: number;
}

export interface FolderLock {
  release(): Promise<void>;
  /** Throws CONFLICT when this process may no longer write to the folder. Cheap; synchronous. */
  assertHeld(): void;
}

interface Holder {
  pid: number;
  hostname: string;
  token: string;
  acquiredAt: string;
}

interface Seen {
  holder: Holder | null;
  mtimeMs: number;
  /** A folder: the lock of an older Dossier (proper-lockfile), which names no holder. */
  directory: boolean;
}

const LOCK_NAME = 'notebook.lock';
/** Held for the few milliseconds it takes to judge and replace an abandoned lock. */
const TAKEOVER_NAME = `${LOCK_NAME}.takeover`;

/**
 * Tokens of the locks this process holds. A lock naming our own pid with a token not in here
 * was left by an earlier process that had the same pid (common in containers): its holder is gone.
 */
const liveTokens = new Set<string>();

/**
 * Takes the folder's lock at once when it is free, stale, or left by a process that is gone on
 * this machine; waits `waitMs` for a live holder, then answers CONFLICT. While held it is
 * refreshed; when lost (another process judged it stale and took it, or the file was removed)
 * `onLost` is told once, and the lock is taken back as soon as it is free again.
 */
export async function lockDataFolder(
  dataDir: string,
  events: LockEvents,
  timing: LockTiming = {},
): Promise<FolderLock> {
  const staleMs = timing.staleMs ?? staleFromEnv() ?? DEFAULT_STALE_MS;
  const waitMs = timing.waitMs ?? 1_000;
  const lock = new DataFolderLock(dataDir, events, staleMs);
  const deadline = Date.now() + waitMs;
  for (;;) {
    const attempt = await lock.tryTake();
    if (attempt.taken) break;
    if (Date.now() >= deadline) {
      throw new NotebookError('CONFLICT', busyMessage(dataDir, attempt, staleMs));
    }
    await sleep(100);
  }
  lock.start();
  return { release: () => lock.release(), assertHeld: () => lock.assertHeld() };
}

type Attempt = { taken: true } | { taken: false; seen: Seen | null };

class DataFolderLock {
  private readonly path: string;
  private readonly holder: Holder;
  private readonly content: string;
  private state: 'opening' | 'held' | 'lost' | 'released' = 'opening';
  /** When the lock file last verifiably named us (Date.now()). */
  private verifiedAt = 0;
  private lostBecause = '';
  private timer: NodeJS.Timeout | undefined;
  private ticking: Promise<void> = Promise.resolve();

  constructor(
    private readonly dataDir: string,
    private readonly events: LockEvents,
    private readonly staleMs: number,
  ) {
    this.path = join(dataDir, LOCK_NAME);
    this.holder = {
      pid: process.pid,
      hostname: hostname(),
      token: randomUUID(),
      acquiredAt: new Date().toISOString(),
    };
    this.content = JSON.stringify(this.holder);
  }

  /** One try: free, abandoned or already ours means taken; anything else is someone else's. */
  async tryTake(): Promise<Attempt> {
    liveTokens.add(this.holder.token);
    let attempt: Attempt = { taken: false, seen: null };
    try {
      attempt = await takeFile(this.path, this.content, this.holder.token, this.staleMs, () =>
        withTakeover(this.dataDir, this.staleMs, () =>
          takeFile(this.path, this.content, this.holder.token, this.staleMs, null),
        ),
      );
    } finally {
      if (!attempt.taken) liveTokens.delete(this.holder.token);
    }
    if (attempt.taken) {
      this.verifiedAt = Date.now();
      await removeLeftovers(this.dataDir, this.staleMs);
    }
    return attempt;
  }

  start(): void {
    this.state = 'held';
    this.schedule();
  }

  assertHeld(): void {
    if (this.state === 'released') {
      throw new NotebookError(
        'CONFLICT',
        `The notebook in ${this.dataDir} has been closed; nothing more can be saved to it.`,
      );
    }
    if (this.state === 'held') {
      const since = Date.now() - this.verifiedAt;
      // Refreshes come every third of the stale time; a longer gap means this process was paused
      // or blocked, and another may have judged the lock stale meanwhile: look before writing.
      if (since >= 0 && since < this.staleMs / 2) return;
      this.verifyNow();
    }
    if (this.state === 'lost') throw new NotebookError('CONFLICT', this.conflictMessage());
  }

  async release(): Promise<void> {
    if (this.state === 'released') return;
    this.state = 'released';
    clearTimeout(this.timer);
    await this.ticking;
    liveTokens.delete(this.holder.token);
    await removeIfOurs(this.path, this.holder.token);
  }

  private verifyNow(): void {
    let raw: string;
    try {
      raw = readFileSync(this.path, 'utf8');
    } catch (error) {
      if (errorCode(error) === 'ENOENT') this.lose('its lock file was removed');
      else if (errorCode(error) === 'EISDIR') this.lose(takenBy(null));
      // Unreadable proves nothing either way: safe to write only while nobody could have
      // judged the lock stale yet.
      else if (Date.now() - this.verifiedAt > this.staleMs) {
        this.lose(`its lock could not be checked (${messageOf(error)})`);
      }
      return;
    }
    const holder = parseHolder(raw);
    if (holder?.token !== this.holder.token) return this.lose(takenBy(holder));
    try {
      const now = new Date();
      utimesSync(this.path, now, now);
      this.verifiedAt = Date.now();
    } catch {
      // The file names us: writing is still safe; the timer will try the refresh again.
    }
  }

  private schedule(): void {
    this.timer = setTimeout(() => {
      this.ticking = this.tick().finally(() => {
        if (this.state !== 'released') this.schedule();
      });
    }, this.staleMs / 3);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    try {
      if (this.state === 'held') await this.refresh();
      else if (this.state === 'lost') await this.regain();
    } catch {
      // A timer must never throw; the next tick looks again.
    }
  }

  private async refresh(): Promise<void> {
    let seen: Seen | null;
    try {
      seen = await inspect(this.path);
    } catch (error) {
      if (Date.now() - this.verifiedAt > this.staleMs) {
        this.lose(
          `its lock could not be checked for ${this.staleMs / 1000} s (${messageOf(error)})`,
        );
      }
      return;
    }
    if (this.state !== 'held') return;
    if (!seen) return this.lose('its lock file was removed');
    if (seen.holder?.token !== this.holder.token) return this.lose(takenBy(seen.holder));
    const now = new Date();
    await utimes(this.path, now, now).catch(() => undefined);
    if (this.state === 'held') this.verifiedAt = Date.now();
  }

  private async regain(): Promise<void> {
    const attempt = await this.tryTake();
    if (!attempt.taken) return;
    if (this.state !== 'lost') {
      // Closed while the lock was being taken back: give it up again.
      if (this.state === 'released') await removeIfOurs(this.path, this.holder.token);
      return;
    }
    this.state = 'held';
    this.lostBecause = '';
    this.events.onRegained();
  }

  private lose(because: string): void {
    if (this.state !== 'held') return;
    this.state = 'lost';
    this.lostBecause = because;
    this.events.onLost(
      `Dossier lost its lock on the notebook folder ${this.dataDir}: ${because}. Changes are ` +
        'refused until the folder is free again (close the other Dossier window or command); ' +
        'reading still works.',
    );
  }

  private conflictMessage(): string {
    return (
      `This change was not saved: Dossier no longer holds the notebook folder ${this.dataDir} ` +
      `(${this.lostBecause}). Close the other Dossier window or command; saving resumes once ` +
      'the folder is free again.'
    );
  }
}

/**
 * Creates `path` naming us, or takes it over when abandoned. `takeover` runs the replacement
 * under the takeover lock; without it (already inside), the abandoned file is replaced here.
 */
async function takeFile(
  path: string,
  content: string,
  token: string,
  staleMs: number,
  takeover: (() => Promise<Attempt | null>) | null,
): Promise<Attempt> {
  let seen: Seen | null = null;
  // A file that vanishes between a failed create and its inspection is tried once more.
  for (let round = 0; round < 3; round++) {
    if (await createExclusive(path, content, token)) return { taken: true };
    seen = await inspect(path);
    if (!seen) continue;
    if (seen.holder?.token === token) return { taken: true };
    if (!abandoned(seen, staleMs)) return { taken: false, seen };
    if (takeover) return (await takeover()) ?? { taken: false, seen };
    if ((await removeAside(path, seen)) === 'kept') return { taken: false, seen };
  }
  return { taken: false, seen };
}

/**
 * Runs `work` while holding the takeover lock, so two processes that both found the same
 * abandoned lock cannot both replace it (the second finds the first's fresh lock). Null when
 * another process is taking over right now.
 */
async function withTakeover<T>(
  dataDir: string,
  staleMs: number,
  work: () => Promise<T>,
): Promise<T | null> {
  const path = join(dataDir, TAKEOVER_NAME);
  const token = randomUUID();
  const content = JSON.stringify({
    pid: process.pid,
    hostname: hostname(),
    token,
    acquiredAt: new Date().toISOString(),
  } satisfies Holder);
  liveTokens.add(token);
  try {
    const attempt = await takeFile(path, content, token, staleMs, null);
    if (!attempt.taken) return null;
    try {
      return await work();
    } finally {
      await removeIfOurs(path, token);
    }
  } finally {
    liveTokens.delete(token);
  }
}

/** Nobody holds it: its holder is gone from this machine, or it has not been refreshed. */
function abandoned(seen: Seen, staleMs: number): boolean {
  const { holder } = seen;
  if (holder && holder.hostname === hostname() && !processAlive(holder)) return true;
  return Date.now() - seen.mtimeMs > staleMs;
}

function processAlive({ pid, token }: Holder): boolean {
  if (pid === process.pid) return liveTokens.has(token);
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return errorCode(error) !== 'ESRCH';
  }
}

/** Creates `path` with `content` only if nothing is there; never shows a half-written file. */
async function createExclusive(path: string, content: string, token: string): Promise<boolean> {
  const temp = `${path}.${token}.${randomUUID().slice(0, 8)}.tmp`;
  await writeFile(temp, content);
  try {
    await link(temp, path);
    return true;
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    if (!['EPERM', 'ENOTSUP', 'ENOSYS', 'EOPNOTSUPP'].includes(errorCode(error) ?? '')) throw error;
    // Some file systems (FAT, some network shares) have no hard links: create in place.
    try {
      await writeFile(path, content, { flag: 'wx' });
      return true;
    } catch (fallback) {
      if (errorCode(fallback) === 'EEXIST') return false;
      throw fallback;
    }
  } finally {
    await rm(temp, { force: true });
  }
}

/**
 * Moves the abandoned lock aside and deletes it, unless what was moved is not the lock that was
 * judged (another process replaced it in between): that one is put back.
 */
async function removeAside(path: string, judged: Seen): Promise<'removed' | 'kept'> {
  const aside = `${path}.${randomUUID()}.aside`;
  try {
    await rename(path, aside);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return 'removed';
    throw error;
  }
  const moved = await inspect(aside);
  if (moved && sameLock(moved, judged)) {
    await rm(aside, { recursive: true, force: true });
    return 'removed';
  }
  if (moved && !moved.directory) await link(aside, path).catch(() => undefined);
  else if (moved) await rename(aside, path).catch(() => undefined);
  await rm(aside, { recursive: true, force: true });
  return 'kept';
}

// Without a token only the kind can be compared: moving a folder may change its time.
const sameLock = (a: Seen, b: Seen) =>
  a.holder || b.holder ? a.holder?.token === b.holder?.token : a.directory === b.directory;

async function removeIfOurs(path: string, token: string): Promise<void> {
  const seen = await inspect(path).catch(() => null);
  if (seen?.holder?.token === token) await rm(path, { force: true });
}

/** The lock file's holder and age, read through one handle so both describe the same file. */
async function inspect(path: string): Promise<Seen | null> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    if (errorCode(error) !== 'EISDIR') throw error;
    // Windows cannot open a folder as a file.
    const folder = await stat(path).catch(() => null);
    return folder && { holder: null, mtimeMs: folder.mtimeMs, directory: true };
  }
  try {
    const stats = await handle.stat();
    if (stats.isDirectory()) return { holder: null, mtimeMs: stats.mtimeMs, directory: true };
    const raw = await handle.readFile('utf8');
    return { holder: parseHolder(raw), mtimeMs: stats.mtimeMs, directory: false };
  } finally {
    await handle.close();
  }
}

/** Temporary and moved-aside files a process left when it was killed mid-way. */
async function removeLeftovers(dataDir: string, staleMs: number): Promise<void> {
  const names = await readdir(dataDir).catch(() => [] as string[]);
  for (const name of names) {
    if (!/^notebook\.lock\..+\.(tmp|aside)$/.test(name)) continue;
    const path = join(dataDir, name);
    const stats = await stat(path).catch(() => null);
    if (stats && Date.now() - stats.mtimeMs > 2 * staleMs) {
      await rm(path, { recursive: true, force: true });
    }
  }
}

function parseHolder(raw: string): Holder | null {
  try {
    const value = JSON.parse(raw) as Partial<Holder> | null;
    if (
      value &&
      Number.isSafeInteger(value.pid) &&
      value.pid! > 0 &&
      typeof value.hostname === 'string' &&
      typeof value.token === 'string' &&
      value.token !== ''
    ) {
      return {
        pid: value.pid!,
        hostname: value.hostname,
        token: value.token,
        acquiredAt: String(value.acquiredAt ?? ''),
      };
    }
  } catch {
    // Not ours to read: judged by its age alone.
  }
  return null;
}

function describeHolder(holder: Holder | null): string {
  if (!holder) return 'another Dossier window or command';
  const where = holder.hostname === hostname() ? 'on this computer' : `on ${holder.hostname}`;
  return `another Dossier window or command (process ${holder.pid} ${where})`;
}

const takenBy = (holder: Holder | null) =>
  `${describeHolder(holder)} took it over while this one was not responding`;

function busyMessage(dataDir: string, attempt: Attempt, staleMs: number): string {
  const holder = attempt.taken ? null : (attempt.seen?.holder ?? null);
  const elsewhere = holder && holder.hostname !== hostname();
  return (
    `The notebook in ${dataDir} is already open in ${describeHolder(holder)}; close it first.` +
    (elsewhere
      ? ` If that computer stopped without closing it, the folder is free ` +
        `${staleMs / 1000} seconds after its last sign of life.`
      : '')
  );
}

function staleFromEnv(): number | undefined {
  const raw = process.env.DOSSIER_LOCK_STALE_MS?.trim();
  if (!raw) return undefined;
  const value = Number(raw);
  return Number.isSafeInteger(value) && value >= 100 ? value : undefined;
}

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException | null)?.code;
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
