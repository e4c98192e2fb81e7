// A pool of long-lived worker threads for parsing hostile sources: each job has a time limit
// and can be cancelled, a worker that fails takes only its own job down, and workers are
// replaced after a number of jobs or once their heap grows past a bound.
//
// Built on tinypool rather than piscina: both support Node 20 and terminate (and replace) the
// worker running a task whose AbortSignal fires, but only tinypool replaces workers by heap size
// (`maxMemoryLimitBeforeRecycle`) and on request (`recycleWorkers`), unrefs idle workers, and
// needs no native module in the app. Neither has a per-task time limit, so here it is an abort.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Tinypool from 'tinypool';
import type { TaskReply } from './pool-task';

export interface PoolOptions {
  /**
   * The worker module, whose default export is a `poolTask`: built `.js`, or `.ts` loaded
   * through tsx (development, tests).
   */
  workerFile: string;
  /** Worker threads at most; jobs beyond that wait their turn. */
  size?: number;
  /**
   * A worker is replaced after this many jobs, so what a parser leaks cannot pile up. A new
   * worker costs its start and a cold JIT, about a second of one core over its first jobs:
   * 100 jobs keep that near 10 ms a file (measured: 50 cost 25 ms a file), and the heap bound
   * replaces a worker that grows sooner.
   */
  maxJobsPerWorker?: number;
  /**
   * A worker whose heap is larger than this after a job is replaced: the workers live in the
   * notebook's process, which should not keep a large PDF's memory after reading it.
   */
  maxHeapBytes?: number;
  /** The hard ceiling: a job that needs more is stopped and fails alone. */
  maxOldGenerationSizeMb?: number;
}

export interface JobLimits {
  /** Counted from when the job reaches a worker, not while it waits in the queue. */
  timeLimitMs: number;
  signal?: AbortSignal;
}

export type JobFailure =
  | { kind: 'timeout' }
  | { kind: 'cancelled' }
  | { kind: 'out-of-memory' }
  /** The worker thread died under the job (an uncaught error in a parser's callback). */
  | { kind: 'crashed'; message: string }
  | { kind: 'exited'; code: number }
  /** The job function threw; `name` tells a refusal it meant (ImportError) from a bug. */
  | { kind: 'threw'; name: string; message: string };

export class PoolJobError extends Error {
  constructor(readonly failure: JobFailure) {
    super(`import worker job failed: ${failure.kind}`);
  }
}

export class WorkerPool<I, O> {
  private readonly size: number;
  private readonly maxJobs: number;
  private readonly tinypool: Tinypool;
  private readonly waiting: Array<() => void> = [];
  /** Every job not yet settled, by the function that cancels it. */
  private readonly unsettled = new Set<() => void>();
  private running = 0;
  private closed = false;
  private readonly threads = new Set<number>();

  constructor(options: PoolOptions) {
    this.size = Math.max(1, options.size ?? Math.min(2, availableParallelism()));
    this.maxJobs = options.maxJobsPerWorker ?? 100;
    this.tinypool = new Tinypool({
      filename: workerEntry(options.workerFile),
      // One warm worker stays; a second starts when two files are read at once and leaves
      // again after a minute idle, so an idle app holds one parser's memory, not two.
      minThreads: 1,
      maxThreads: this.size,
      idleTimeout: 60_000,
      maxMemoryLimitBeforeRecycle: options.maxHeapBytes ?? 256 * 1024 * 1024,
      resourceLimits: { maxOldGenerationSizeMb: options.maxOldGenerationSizeMb ?? 1536 },
      // With atomics an idle worker blocks in Atomics.wait, which would stall what it loads
      // in the background; a job takes milliseconds at least, so a message port is quick enough.
      useAtomics: false,
    });
    // tinypool reports a worker that dies with no job on it as a pool error, which unheard
    // would end this process; the worker is gone from the pool already and is replaced on demand.
    this.tinypool.on('error', () => undefined);
  }

  /** How many distinct worker threads have answered jobs so far. */
  get stats(): { workerThreads: number } {
    return { workerThreads: this.threads.size };
  }

  run(input: I, { timeLimitMs, signal }: JobLimits): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      let controller: AbortController | null = null;
      let timer: NodeJS.Timeout | undefined;
      let settled = false;
      const finish = (outcome: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        this.unsettled.delete(onAbort);
        const queued = this.waiting.indexOf(start);
        if (queued >= 0) this.waiting.splice(queued, 1);
        if (controller) this.running--;
        outcome();
        this.pump();
      };
      const fail = (failure: JobFailure) => finish(() => reject(new PoolJobError(failure)));
      // Aborting the task's signal makes tinypool terminate the worker running it and start
      // another, which is the only way to stop a parser stuck in a loop.
      const onAbort = () => {
        controller?.abort();
        fail({ kind: 'cancelled' });
      };
      const start = () => {
        controller = new AbortController();
        this.running++;
        timer = setTimeout(() => {
          controller!.abort();
          fail({ kind: 'timeout' });
        }, timeLimitMs);
        (this.tinypool.run(input, { signal: controller.signal }) as Promise<TaskReply<O>>).then(
          (reply) => {
            this.noteWorker(reply);
            if (reply.ok) finish(() => resolve(reply.value));
            else if (reply.exitCode !== undefined) fail({ kind: 'exited', code: reply.exitCode });
            else fail({ kind: 'threw', name: reply.name, message: reply.message });
          },
          (error: unknown) => fail(workerFailure(error)),
        );
      };
      if (this.closed || signal?.aborted) return fail({ kind: 'cancelled' });
      signal?.addEventListener('abort', onAbort);
      this.unsettled.add(onAbort);
      this.waiting.push(start);
      this.pump();
    });
  }

  /** Cancels every job, waiting or running, and stops the workers. */
  async close(): Promise<void> {
    this.closed = true;
    for (const cancel of [...this.unsettled]) cancel();
    await this.tinypool.destroy();
  }

  private pump(): void {
    if (this.closed) return;
    while (this.running < this.size && this.waiting.length > 0) this.waiting.shift()!();
  }

  private noteWorker(reply: TaskReply<O>): void {
    this.threads.add(reply.threadId);
    // tinypool recycles by heap size itself, but by job count only on request, and then
    // every worker: one that is busy is replaced when its job ends. So no worker runs more
    // than maxJobs, and some are replaced a little early.
    if (reply.jobs >= this.maxJobs) void this.tinypool.recycleWorkers().catch(() => undefined);
  }
}

function workerFailure(error: unknown): JobFailure {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  const text = typeof message === 'string' ? message : String(error);
  if (code === 'ERR_WORKER_OUT_OF_MEMORY' || text.includes('memory'))
    return { kind: 'out-of-memory' };
  return { kind: 'crashed', message: text };
}

/**
 * What tinypool imports in each worker. A TypeScript worker is loaded through tsx, which is
 * only there in development; the built app ships plain JavaScript.
 */
function workerEntry(file: string): string {
  if (!file.endsWith('.ts')) return file;
  const source = pathToFileURL(file).href;
  const boot =
    `const api = await import(${JSON.stringify(tsxEsmApi())});\n` +
    `const mod = await api.tsImport(${JSON.stringify(source)}, ${JSON.stringify(source)});\n` +
    `export default mod.default;\n`;
  return `data:text/javascript,${encodeURIComponent(boot)}`;
}

/** The ESM entry of tsx's API (its CommonJS entry cannot load ES modules such as pdf.js). */
function tsxEsmApi(): string {
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
  const { exports } = JSON.parse(readFileSync(manifest, 'utf8')) as {
    exports: Record<string, { import: { default: string } }>;
  };
  return pathToFileURL(join(dirname(manifest), exports['./esm/api']!.import.default)).href;
}
