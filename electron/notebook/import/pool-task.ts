// The worker-thread side of the import pool: wraps a job function so that every answer,
// success or failure, reaches the pool as data together with this worker's job count.
import { isMainThread, threadId } from 'node:worker_threads';

/** What a pool worker answers for one job. */
export type TaskReply<O> =
  | { ok: true; value: O; jobs: number; threadId: number }
  | {
      ok: false;
      /** The thrown error's name, e.g. `ImportError` for a refusal the parser meant. */
      name: string;
      message: string;
      /** Set when the job tried to end the worker thread with `process.exit(code)`. */
      exitCode?: number;
      jobs: number;
      threadId: number;
    };

class WorkerExit extends Error {
  constructor(readonly code: number) {
    super(`the reader was stopped (exit ${code})`);
  }
}

// A worker that ends itself would leave the pool waiting on an answer that never comes, so a
// parser calling process.exit throws instead and its job fails alone.
if (!isMainThread) {
  const exit = process.exit.bind(process);
  process.exit = ((code?: number | string | null) => {
    // Node ends the thread this way itself after an uncaught error, once it has told the pool.
    if ((process as { _exiting?: boolean })._exiting) return exit(code);
    throw new WorkerExit(Number(code ?? process.exitCode ?? 0));
  }) as typeof process.exit;
}

let jobs = 0;

export function poolTask<I, O>(job: (input: I) => Promise<O>): (input: I) => Promise<TaskReply<O>> {
  return async (input) => {
    jobs++;
    try {
      return { ok: true, value: await job(input), jobs, threadId };
    } catch (error) {
      const failure = error instanceof Error ? error : new Error(String(error));
      return {
        ok: false,
        name: failure.name,
        message: failure.message,
        ...(failure instanceof WorkerExit ? { exitCode: failure.code } : {}),
        jobs,
        threadId,
      };
    }
  };
}
