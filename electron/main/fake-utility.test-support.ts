// For the shell's tests: a fake Electron utility process and its `process.parentPort`, joined
// as the real pair is (asynchronous, structured-cloned, queued until a listener is there).
import { EventEmitter } from 'node:events';
import type { FromNotebook, ParentPortLike, ToNotebook } from '../notebook/utility-entry';
import { serveNotebook } from '../notebook/utility-entry';
import type { UtilityProcessLike } from './notebook-process';

export interface FakeUtility {
  /** The main process's end (what `utilityProcess.fork` returns). */
  readonly child: UtilityProcessLike & { readonly killed: boolean };
  /** The utility process's end. */
  readonly port: ParentPortLike;
  /** Everything the main process sent, in order. */
  readonly sent: ToNotebook[];
  /** The process dies on its own, as a crash would. */
  crash(code?: number): void;
}

/** A fake utility process; `serve` runs the real notebook entry on its port. */
export function fakeUtility({ serve = true } = {}): FakeUtility {
  const toMain = new EventEmitter();
  const toUtility: Array<(event: { data: unknown }) => void> = [];
  const queued: unknown[] = [];
  const sent: ToNotebook[] = [];
  let exited = false;
  let killed = false;

  const exit = (code: number) => {
    if (exited) return;
    exited = true;
    setImmediate(() => toMain.emit('exit', code));
  };
  const deliverToUtility = (data: unknown) => {
    for (const listener of toUtility) listener({ data });
  };

  const port: ParentPortLike = {
    on(_event, listener) {
      toUtility.push(listener);
      for (const data of queued.splice(0)) setImmediate(() => deliverToUtility(data));
      return port;
    },
    postMessage(message: FromNotebook) {
      const copy = structuredClone(message);
      setImmediate(() => {
        if (!exited) toMain.emit('message', copy);
      });
    },
  };

  const child = {
    get killed() {
      return killed;
    },
    postMessage(message: ToNotebook) {
      if (exited) throw new Error('The utility process has exited.');
      sent.push(message);
      const copy = structuredClone(message);
      if (toUtility.length === 0) queued.push(copy);
      else setImmediate(() => deliverToUtility(copy));
    },
    on(event: string, listener: (...args: never[]) => void) {
      toMain.on(event, listener as (...args: unknown[]) => void);
      return child;
    },
    kill() {
      if (exited) return false;
      killed = true;
      // A SIGTERM'd process reports no exit code of its own.
      exit(0);
      return true;
    },
  } as FakeUtility['child'];

  if (serve) serveNotebook(port);
  return { child, port, sent, crash: (code = 1) => exit(code) };
}
