// The import worker thread: parses one hostile source off the main thread.
import { parentPort } from 'node:worker_threads';
import { extractSource, type SourceInput } from './extract';
import { ImportError } from './import-error';

export type WorkerReply =
  | { ok: true; value: Awaited<ReturnType<typeof extractSource>> }
  | { ok: false; expected: boolean; message: string };

parentPort?.on('message', async (input: SourceInput) => {
  let reply: WorkerReply;
  try {
    reply = { ok: true, value: await extractSource(input) };
  } catch (error) {
    const expected = error instanceof ImportError;
    const message = error instanceof Error ? error.message : String(error);
    reply = { ok: false, expected, message };
  }
  parentPort?.postMessage(reply);
});
