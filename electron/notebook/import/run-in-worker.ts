// Runs an extraction in a fresh worker thread with a time and memory limit, so a hostile or
// huge file can neither freeze the app nor take the process down.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ExtractedSource, SourceInput } from './extract';
import { ImportError } from './import-error';
import type { WorkerReply } from './worker';

export const IMPORT_TIME_LIMIT_MS = 60_000;

/**
 * The built app ships the worker as `import-worker.js` beside the main bundle; from source
 * (tests, tsx) the TypeScript worker is loaded through tsx, which is only there in development.
 */
function startWorker(): Worker {
  const here = dirname(fileURLToPath(import.meta.url));
  const options = { resourceLimits: { maxOldGenerationSizeMb: 1536 } };
  // A bundler may place this code in a chunk one folder below the entry points.
  for (const folder of [here, dirname(here)]) {
    const built = join(folder, 'import-worker.js');
    if (existsSync(built)) return new Worker(built, options);
  }
  const tsx = tsxEsmApi();
  const source = pathToFileURL(join(here, 'worker.ts')).href;
  const boot = `import(${JSON.stringify(tsx)}).then((api) => api.tsImport(${JSON.stringify(source)}, ${JSON.stringify(source)}))`;
  return new Worker(boot, { ...options, eval: true });
}

/** The ESM entry of tsx's API (its CommonJS entry cannot load ES modules such as pdf.js). */
function tsxEsmApi(): string {
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
  const { exports } = JSON.parse(readFileSync(manifest, 'utf8')) as {
    exports: Record<string, { import: { default: string } }>;
  };
  return pathToFileURL(join(dirname(manifest), exports['./esm/api']!.import.default)).href;
}

export interface ExtractOptions {
  timeLimitMs?: number;
  signal?: AbortSignal;
}

export function extractInWorker(
  input: SourceInput,
  { timeLimitMs = IMPORT_TIME_LIMIT_MS, signal }: ExtractOptions = {},
): Promise<ExtractedSource> {
  const worker = startWorker();
  return new Promise<ExtractedSource>((resolve, reject) => {
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      fn();
    };
    const timer = setTimeout(
      () =>
        finish(() =>
          reject(
            new ImportError(
              input.fileName,
              `“${input.fileName}” took longer than ${timeLimitMs / 1000} s to read and was skipped.`,
            ),
          ),
        ),
      timeLimitMs,
    );
    const onAbort = () =>
      finish(() =>
        reject(new ImportError(input.fileName, `The import of “${input.fileName}” was cancelled.`)),
      );
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort);

    worker.once('message', (reply: WorkerReply) =>
      finish(() => {
        if (reply.ok) resolve(reply.value);
        else if (reply.expected) reject(new ImportError(input.fileName, reply.message));
        else
          reject(
            new ImportError(
              input.fileName,
              `“${input.fileName}” could not be read: ${reply.message}`,
            ),
          );
      }),
    );
    worker.once('error', (error) =>
      finish(() =>
        reject(
          new ImportError(
            input.fileName,
            `“${input.fileName}” could not be read: ${error.message.includes('memory') ? 'it needs more memory than an import may use' : error.message}`,
          ),
        ),
      ),
    );
    worker.once('exit', (code) =>
      finish(() =>
        reject(
          new ImportError(input.fileName, `“${input.fileName}” stopped the reader (exit ${code}).`),
        ),
      ),
    );
    // Copy, not transfer: the caller may still hold the bytes (e.g. to store the original).
    worker.postMessage(input);
  });
}
