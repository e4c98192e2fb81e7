// The import pool keeps its workers between jobs, replaces them after a number of jobs or
// past a heap bound, and a job that hangs, crashes, runs out of memory or exits fails alone.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { PoolTestJob } from './fixtures/pool-worker';
import { PoolJobError, WorkerPool, type JobFailure, type PoolOptions } from './pool';

const workerFile = join(import.meta.dirname, 'fixtures', 'pool-worker.ts');
const pools: WorkerPool<PoolTestJob, { threadId: number }>[] = [];

function pool(options: Partial<PoolOptions> = {}) {
  const created = new WorkerPool<PoolTestJob, { threadId: number }>({
    workerFile,
    size: 1,
    ...options,
  });
  pools.push(created);
  return created;
}

const limits = { timeLimitMs: 20_000 };

async function failure(running: Promise<unknown>): Promise<JobFailure> {
  const error = await running.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PoolJobError);
  return (error as PoolJobError).failure;
}

afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

describe('WorkerPool', () => {
  it('keeps a worker for the next job', async () => {
    const p = pool();
    const first = await p.run({ do: 'answer' }, limits);
    const second = await p.run({ do: 'answer' }, limits);
    expect(second.threadId).toBe(first.threadId);
  });

  it('replaces a worker after its number of jobs', async () => {
    const p = pool({ maxJobsPerWorker: 2 });
    const threads: number[] = [];
    for (let i = 0; i < 5; i++) threads.push((await p.run({ do: 'answer' }, limits)).threadId);
    expect(threads[1]).toBe(threads[0]);
    expect(threads[2]).not.toBe(threads[1]);
    expect(threads[3]).toBe(threads[2]);
    expect(threads[4]).not.toBe(threads[3]);
    expect(p.stats.workerThreads).toBe(3);
  });

  it('replaces a worker whose heap passed the bound', async () => {
    const p = pool({ maxHeapBytes: 48 * 1024 * 1024 });
    const small = await p.run({ do: 'answer' }, limits);
    expect((await p.run({ do: 'answer' }, limits)).threadId).toBe(small.threadId);
    const big = await p.run({ do: 'hold', mb: 64 }, limits);
    expect(big.threadId).toBe(small.threadId);
    expect((await p.run({ do: 'answer' }, limits)).threadId).not.toBe(big.threadId);
  });

  it('stops a job past its time limit and goes on with a fresh worker', async () => {
    const p = pool();
    const before = await p.run({ do: 'answer' }, limits);
    expect(await failure(p.run({ do: 'hang' }, { timeLimitMs: 300 }))).toEqual({
      kind: 'timeout',
    });
    const after = await p.run({ do: 'answer' }, limits);
    expect(after.threadId).not.toBe(before.threadId);
  });

  it('counts the time limit from when a job starts, not while it waits', async () => {
    const p = pool();
    const first = p.run({ do: 'sleep', ms: 400 }, limits);
    const second = p.run({ do: 'sleep', ms: 50 }, { timeLimitMs: 300 });
    await expect(first).resolves.toBeDefined();
    await expect(second).resolves.toBeDefined();
  });

  it('fails only the job whose worker crashed', async () => {
    const p = pool({ size: 2 });
    const bystander = p.run({ do: 'sleep', ms: 300 }, limits);
    expect(await failure(p.run({ do: 'crash' }, limits))).toEqual({
      kind: 'crashed',
      message: 'the parser fell over',
    });
    await expect(bystander).resolves.toBeDefined();
    await expect(p.run({ do: 'answer' }, limits)).resolves.toBeDefined();
  });

  it('fails a job that runs out of memory and goes on', async () => {
    const p = pool({ maxOldGenerationSizeMb: 96 });
    expect(await failure(p.run({ do: 'exhaust-memory' }, limits))).toEqual({
      kind: 'out-of-memory',
    });
    await expect(p.run({ do: 'answer' }, limits)).resolves.toBeDefined();
  });

  it('fails a job whose parser tries to end the worker', async () => {
    const p = pool();
    expect(await failure(p.run({ do: 'exit', code: 3 }, limits))).toEqual({
      kind: 'exited',
      code: 3,
    });
    await expect(p.run({ do: 'answer' }, limits)).resolves.toBeDefined();
  });

  it('passes on what the job threw, by name', async () => {
    expect(await failure(pool().run({ do: 'refuse' }, limits))).toEqual({
      kind: 'threw',
      name: 'ImportError',
      message: '“x” is not a document Dossier can read: test.',
    });
  });

  it('cancels a running job and a waiting one', async () => {
    const p = pool();
    const controller = new AbortController();
    const running = p.run({ do: 'hang' }, { ...limits, signal: controller.signal });
    const waiting = p.run({ do: 'answer' }, { ...limits, signal: controller.signal });
    const next = p.run({ do: 'answer' }, limits);
    await new Promise((resolve) => setTimeout(resolve, 50));
    controller.abort();
    expect(await failure(running)).toEqual({ kind: 'cancelled' });
    expect(await failure(waiting)).toEqual({ kind: 'cancelled' });
    await expect(next).resolves.toBeDefined();
    const already = p.run({ do: 'answer' }, { ...limits, signal: AbortSignal.abort() });
    expect(await failure(already)).toEqual({ kind: 'cancelled' });
  });

  it('runs as many jobs at once as it has workers', async () => {
    const p = pool({ size: 2 });
    const order: string[] = [];
    const long = p.run({ do: 'sleep', ms: 4000 }, limits).then((r) => (order.push('long'), r));
    const short = p.run({ do: 'answer' }, limits).then((r) => (order.push('short'), r));
    const [a, b] = await Promise.all([long, short]);
    expect(order).toEqual(['short', 'long']);
    expect(a.threadId).not.toBe(b.threadId);
  });

  it('cancels what is left when closed', async () => {
    const p = pool();
    const running = failure(p.run({ do: 'hang' }, limits));
    const waiting = failure(p.run({ do: 'answer' }, limits));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await p.close();
    expect(await running).toEqual({ kind: 'cancelled' });
    expect(await waiting).toEqual({ kind: 'cancelled' });
    expect(await failure(p.run({ do: 'answer' }, limits))).toEqual({ kind: 'cancelled' });
  });
});
