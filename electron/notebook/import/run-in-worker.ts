// Runs an extraction in the import pool's worker threads with a time and memory limit, so a
// hostile or huge file can neither freeze the app nor take the process down.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExtractedSource, SourceInput } from './extract';
import { ImportError } from './import-error';
import { PoolJobError, WorkerPool, type JobFailure } from './pool';

export const IMPORT_TIME_LIMIT_MS = 60_000;

export interface ExtractOptions {
  timeLimitMs?: number;
  signal?: AbortSignal;
}

let pool: WorkerPool<SourceInput, ExtractedSource> | null = null;

/**
 * The built app ships the worker as `import-worker.js` beside the main bundle; from source
 * (tests, tsx) the TypeScript worker is loaded through tsx, which is only there in development.
 */
function workerFile(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  // A bundler may place this code in a chunk one folder below the entry points.
  for (const folder of [here, dirname(here)]) {
    const built = join(folder, 'import-worker.js');
    if (existsSync(built)) return built;
  }
  return join(here, 'worker.ts');
}

export function extractInWorker(
  input: SourceInput,
  { timeLimitMs = IMPORT_TIME_LIMIT_MS, signal }: ExtractOptions = {},
): Promise<ExtractedSource> {
  pool ??= new WorkerPool({ workerFile: workerFile() });
  // Copied, not transferred, into the worker: the caller may still hold the bytes (e.g. to
  // store the original).
  return pool.run(input, { timeLimitMs, signal }).catch((error: unknown) => {
    if (!(error instanceof PoolJobError)) throw error;
    throw new ImportError(input.fileName, explain(input.fileName, timeLimitMs, error.failure));
  });
}

/** Stops the import workers (cancelling any import still running), so a CLI or test can exit. */
export async function closeImportPool(): Promise<void> {
  const closing = pool;
  pool = null;
  await closing?.close();
}

function explain(fileName: string, timeLimitMs: number, failure: JobFailure): string {
  switch (failure.kind) {
    case 'timeout':
      return `“${fileName}” took longer than ${timeLimitMs / 1000} s to read and was skipped.`;
    case 'cancelled':
      return `The import of “${fileName}” was cancelled.`;
    case 'out-of-memory':
      return `“${fileName}” could not be read: it needs more memory than an import may use`;
    case 'crashed':
      return `“${fileName}” could not be read: ${failure.message}`;
    case 'exited':
      return `“${fileName}” stopped the reader (exit ${failure.code}).`;
    case 'threw':
      // The parser's own refusal is already a sentence naming the file.
      return failure.name === 'ImportError'
        ? failure.message
        : `“${fileName}” could not be read: ${failure.message}`;
  }
}
