// The data folder's lock against real processes in real temporary folders: a dead holder is
// replaced at once, a live one refused, a paused one loses the folder and gets it back.
import { mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NotebookError } from '../../../shared/result';
import { Child } from '../faults/child';
import { lockDataFolder, type FolderLock, type LockEvents } from './lock';

const HOLDER = join(import.meta.dirname, '../faults/lock-holder.ts');

let dataDir: string;
const children: Child[] = [];
const locks: FolderLock[] = [];

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'dossier-lock-'));
});
afterEach(async () => {
  await Promise.all(children.splice(0).map((child) => (child.resume(), child.kill())));
  await Promise.all(locks.splice(0).map((lock) => lock.release()));
  await rm(dataDir, { recursive: true, force: true });
});

function recorder() {
  const events: string[] = [];
  const handlers: LockEvents = {
    onLost: (message) => events.push(`lost: ${message}`),
    onRegained: () => events.push('regained'),
  };
  return { events, handlers };
}

async function lock(timing?: Parameters<typeof lockDataFolder>[2], handlers?: LockEvents) {
  const taken = await lockDataFolder(dataDir, handlers ?? recorder().handlers, timing);
  locks.push(taken);
  return taken;
}

function holder(env: NodeJS.ProcessEnv = {}): Child {
  const child = new Child(HOLDER, [dataDir], env);
  children.push(child);
  return child;
}

const locked = (child: Child) => child.waitFor((l) => l.event === 'locked', 'the lock');

async function conflictOf(promise: Promise<unknown>): Promise<NotebookError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(NotebookError);
  expect((error as NotebookError).code).toBe('CONFLICT');
  return error as NotebookError;
}

async function writeForeignLock(holderFields: object, ageMs: number) {
  const path = join(dataDir, 'notebook.lock');
  await writeFile(path, JSON.stringify({ acquiredAt: new Date().toISOString(), ...holderFields }));
  const then = new Date(Date.now() - ageMs);
  await utimes(path, then, then);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('taking the lock', () => {
  it('names its holder in notebook.lock and removes it on release', async () => {
    const taken = await lock();
    const content = JSON.parse(await readFile(join(dataDir, 'notebook.lock'), 'utf8'));
    expect(content).toMatchObject({ pid: process.pid, hostname: hostname() });
    expect(content.token).toMatch(/^[0-9a-f-]{36}$/);
    expect(Date.parse(content.acquiredAt)).not.toBeNaN();
    taken.assertHeld();
    await taken.release();
    await expect(readFile(join(dataDir, 'notebook.lock'))).rejects.toMatchObject({
      code: 'ENOENT',
    });
    expect(() => taken.assertHeld()).toThrow(/closed/);
  });

  it('takes over at once the lock of a holder killed with SIGKILL', async () => {
    const child = holder();
    await locked(child);
    await child.kill();
    const started = performance.now();
    await lock();
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('refuses a live holder with CONFLICT, naming the folder', async () => {
    const child = holder();
    await locked(child);
    const error = await conflictOf(lock({ waitMs: 300 }));
    expect(error.message).toContain(dataDir);
    expect(error.message).toContain(`process ${child.pid} on this computer`);
    expect(error.message).toMatch(/close it first/);
  });

  it('refuses a second lock in the same process', async () => {
    await lock();
    await conflictOf(lock({ waitMs: 0 }));
  });

  it('takes a lock not refreshed for the stale time, even with a live holder', async () => {
    // The parent of this test runner is alive; so is a holder on another computer.
    await writeForeignLock({ pid: process.ppid, hostname: hostname(), token: 'old' }, 16_000);
    const first = await lock({ waitMs: 0 });
    await first.release();
    await writeForeignLock({ pid: 4242, hostname: 'elsewhere.example', token: 'far' }, 16_000);
    await lock({ waitMs: 0 });
  });

  it('waits for a fresh lock on another computer, saying so', async () => {
    await writeForeignLock({ pid: 4242, hostname: 'elsewhere.example', token: 'far' }, 0);
    const error = await conflictOf(lock({ waitMs: 200 }));
    expect(error.message).toContain('process 4242 on elsewhere.example');
    expect(error.message).toMatch(/15 seconds after its last sign of life/);
  });

  it('takes over a lock a previous process with our own pid left', async () => {
    await writeForeignLock({ pid: process.pid, hostname: hostname(), token: 'previous' }, 0);
    await lock({ waitMs: 0 });
  });

  it('takes the folder lock an older Dossier left, once it is stale', async () => {
    const { mkdir } = await import('node:fs/promises');
    const legacy = join(dataDir, 'notebook.lock');
    await mkdir(legacy);
    await conflictOf(lock({ waitMs: 0 }));
    const then = new Date(Date.now() - 16_000);
    await utimes(legacy, then, then);
    await lock({ waitMs: 0 });
  });

  it('lets exactly one of many racing takeovers of a dead lock win', async () => {
    for (let round = 0; round < 30; round++) {
      await writeForeignLock({ pid: process.pid, hostname: hostname(), token: `dead-${round}` }, 0);
      // Staggered starts, so some racers judge the dead lock while others are replacing it.
      const attempts = await Promise.allSettled(
        Array.from({ length: 6 }, (_, i) =>
          sleep((i * round) % 4).then(() =>
            lockDataFolder(dataDir, recorder().handlers, { waitMs: 0 }),
          ),
        ),
      );
      const won = attempts.filter((a) => a.status === 'fulfilled');
      expect(won).toHaveLength(1);
      for (const a of attempts) {
        if (a.status === 'rejected') expect(a.reason).toMatchObject({ code: 'CONFLICT' });
      }
      await (won[0] as PromiseFulfilledResult<FolderLock>).value.release();
    }
  });

  it('lets exactly one of several processes racing for a dead lock win', async () => {
    const dead = holder();
    await locked(dead);
    await dead.kill();
    const racers = [holder(), holder(), holder()];
    const outcomes = await Promise.all(
      racers.map((r) => r.waitFor((l) => l.event === 'locked' || l.event === 'refused', 'outcome')),
    );
    expect(outcomes.filter((o) => o.event === 'locked')).toHaveLength(1);
    expect(outcomes.filter((o) => o.event === 'refused')).toHaveLength(2);
  });
});

describe('losing and regaining the lock', () => {
  it('notices within a refresh that another holder replaced the file', async () => {
    const { events, handlers } = recorder();
    const taken = await lock({ staleMs: 300 }, handlers);
    await writeForeignLock({ pid: process.ppid, hostname: hostname(), token: 'intruder' }, 0);
    await sleep(250);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatch(/^lost: Dossier lost its lock on the notebook folder /);
    expect(events[0]).toContain(dataDir);
    const error = (() => {
      try {
        taken.assertHeld();
      } catch (e) {
        return e;
      }
    })();
    expect(error).toMatchObject({ code: 'CONFLICT' });
    expect((error as Error).message).toContain(dataDir);
    expect((error as Error).message).toMatch(/was not saved/);
  });

  it('stops a paused holder from writing once another process took over, then gives it back', async () => {
    const env = { DOSSIER_LOCK_STALE_MS: '600' };
    const child = holder(env);
    await locked(child);
    child.pause();
    await sleep(900);
    const { events, handlers } = recorder();
    const ours = await lock({ staleMs: 600, waitMs: 0 }, handlers);
    const owner = JSON.parse(await readFile(join(dataDir, 'notebook.lock'), 'utf8'));
    expect(owner.pid).toBe(process.pid);

    // Resumed, the child's first act is a write: it must be refused, before any timer ran.
    child.send('assert');
    child.resume();
    const refused = await child.next((l) => l.event === 'assert', 'an answer');
    expect(refused).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(refused.message).toContain(dataDir);
    expect(refused.message).toContain(`process ${process.pid}`);
    await child.waitFor((l) => l.event === 'lost', 'the loss');

    // Still ours while we hold it, however long the child retries.
    await sleep(700);
    ours.assertHeld();
    expect(events).toEqual([]);

    await ours.release();
    await child.waitFor((l) => l.event === 'regained', 'the lock back', 3_000);
    child.send('assert');
    expect(await child.next((l) => l.event === 'assert', 'an answer')).toMatchObject({ ok: true });
  });

  it('checks the file before a write when its own refresh is overdue', async () => {
    const taken = await lock({ staleMs: 400 });
    const path = join(dataDir, 'notebook.lock');
    // Blocks the event loop past the stale time, as a long synchronous job would, while the
    // file is replaced: no timer can run, so only assertHeld's own look can see it.
    await writeForeignLock({ pid: process.ppid, hostname: hostname(), token: 'intruder' }, 0);
    const until = Date.now() + 450;
    while (Date.now() < until) {
      // busy
    }
    expect(() => taken.assertHeld()).toThrow(/no longer holds the notebook folder/);
    expect(JSON.parse(await readFile(path, 'utf8')).token).toBe('intruder');
  });
});
