// The desktop notebook's own process (an Electron utility process): opens the notebook, answers
// every request from the main process through dispatch, and closes it cleanly when told to.
import type { EventName } from '../../shared/contract';
import { fail, type Result } from '../../shared/result';
import { dispatch } from './dispatch';
import { openNotebook, type Notebook, type OpenOptions } from './notebook';

/** What the main process sends. Requests carry an id so answers may come back in any order. */
export type ToNotebook =
  | ({ type: 'open' } & OpenOptions)
  | { type: 'request'; id: number; op: string; input: unknown }
  | { type: 'shutdown' };

/** What this process sends back. */
export type FromNotebook =
  | { type: 'opened' }
  | { type: 'open-failed'; message: string }
  | { type: 'response'; id: number; result: Result<unknown> }
  | { type: 'event'; name: EventName; payload: unknown }
  | { type: 'closed'; error?: string };

/** The part of Electron's `process.parentPort` this module uses (a fake one in tests). */
export interface ParentPortLike {
  on(event: 'message', listener: (event: { data: unknown }) => void): unknown;
  postMessage(message: FromNotebook): void;
}

/** Serves one notebook over `port` until a shutdown message has closed it. */
export function serveNotebook(port: ParentPortLike): void {
  let opening: Promise<Notebook> | null = null;
  let closing: Promise<void> | null = null;

  const post = (message: FromNotebook) => {
    try {
      port.postMessage(message);
    } catch (error) {
      // An answer that cannot be cloned must still settle the caller's request.
      if (message.type !== 'response') throw error;
      port.postMessage({
        type: 'response',
        id: message.id,
        result: fail('INTERNAL', `The notebook's answer could not be sent: ${messageOf(error)}`),
      });
    }
  };

  const open = (options: OpenOptions) => {
    if (opening) return;
    opening = openNotebook({ dataDir: options.dataDir, seedsDir: options.seedsDir });
    opening.then(
      (notebook) => {
        // Searches as the user types should not wait for the index: load or build it now.
        notebook.search.warm();
        post({ type: 'opened' });
      },
      (error: unknown) => post({ type: 'open-failed', message: messageOf(error) }),
    );
  };

  const answer = async (id: number, op: string, input: unknown) => {
    let result: Result<unknown>;
    if (!opening) {
      result = fail('INTERNAL', `${op} arrived before the notebook was opened.`);
    } else if (closing) {
      result = fail('INTERNAL', `${op} was not run: the notebook is closing.`);
    } else {
      try {
        result = await dispatch(await opening, op, input);
      } catch (error) {
        result = fail('INTERNAL', `The notebook could not be opened: ${messageOf(error)}`);
      }
    }
    post({ type: 'response', id, result });
  };

  const shutdown = async () => {
    // A notebook still opening is closed once it is open, so its lock is never left behind.
    closing ??= (opening ?? Promise.resolve(null)).then(
      (notebook) => notebook?.close(),
      () => undefined,
    );
    try {
      await closing;
      post({ type: 'closed' });
    } catch (error) {
      post({ type: 'closed', error: messageOf(error) });
    }
  };

  port.on('message', ({ data }) => {
    const message = data as ToNotebook | null;
    switch (message?.type) {
      case 'open':
        return open(message);
      case 'request':
        return void answer(message.id, message.op, message.input);
      case 'shutdown':
        return void shutdown();
    }
  });
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

// Electron gives `process.parentPort` only to a utility process; imported anywhere else (tests),
// this module just offers serveNotebook.
const parentPort = (process as unknown as { parentPort?: ParentPortLike }).parentPort;
if (parentPort) serveNotebook(parentPort);
