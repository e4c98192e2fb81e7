// The main process's handle on the notebook, which runs in a utility process so no import or
// export can freeze a window: requests go out with ids, answers and events come back.
import { events, type EventName, type EventPayload } from '../../shared/contract';
import { fail, type Result } from '../../shared/result';
import type { FromNotebook, ToNotebook } from '../notebook/utility-entry';

/** What every host of the contract needs from the notebook: one call per operation. */
export interface NotebookCore {
  call(op: string, input: unknown): Promise<Result<unknown>>;
}

/** The part of Electron's UtilityProcess this module uses. */
export interface UtilityProcessLike {
  postMessage(message: ToNotebook): void;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  on(event: 'error', listener: (type: string, location: string, report: string) => void): unknown;
  kill(): boolean;
}

export interface NotebookProcessOptions {
  /** `utilityProcess.fork` of the built utility-entry. */
  fork(): UtilityProcessLike;
  dataDir: string;
  seedsDir?: string;
}

export interface NotebookProcess extends NotebookCore {
  /** Settles when the notebook is open, or with the reason it could not be opened. */
  readonly ready: Promise<void>;
  /** Events the notebook raises (progress, changes), checked against the contract. */
  onEvent(listener: <E extends EventName>(name: E, payload: EventPayload<E>) => void): void;
  /** The process died without being asked to; `message` says so in a sentence for the user. */
  onCrash(listener: (message: string) => void): void;
  /** Asks the notebook to close and waits for it, at most `timeoutMs`; false if it had to be killed. */
  shutdown(timeoutMs: number): Promise<boolean>;
}

type State = 'running' | 'closing' | 'stopped';

export function startNotebookProcess(options: NotebookProcessOptions): NotebookProcess {
  const child = options.fork();
  const pending = new Map<number, (result: Result<unknown>) => void>();
  const eventListeners: Array<(name: EventName, payload: unknown) => void> = [];
  const crashListeners: Array<(message: string) => void> = [];
  let nextId = 1;
  let state: State = 'running';
  let exited = false;
  /** Why calls are refused once the process is gone or going. */
  let refusal = '';
  let markClosed: () => void = () => {};
  const closed = new Promise<void>((resolve) => (markClosed = resolve));

  let settleReady: (error?: Error) => void = () => {};
  const ready = new Promise<void>((resolve, reject) => {
    settleReady = (error) => (error ? reject(error) : resolve());
  });
  // Nobody may be waiting on it (a quit during startup); its rejection is then no error.
  ready.catch(() => {});

  const answerAllPending = (message: string) => {
    for (const resolve of pending.values()) resolve(fail('INTERNAL', message));
    pending.clear();
  };

  child.on('message', (raw) => {
    const message = raw as FromNotebook | null;
    switch (message?.type) {
      case 'opened':
        return settleReady();
      case 'open-failed':
        return settleReady(new Error(message.message));
      case 'response': {
        const resolve = pending.get(message.id);
        pending.delete(message.id);
        return resolve?.(message.result);
      }
      case 'event': {
        if (!Object.hasOwn(events, message.name)) return;
        const payload = events[message.name].safeParse(message.payload);
        if (!payload.success) return;
        for (const listener of eventListeners) listener(message.name, payload.data);
        return;
      }
      case 'closed':
        if (message.error)
          console.error(`Dossier's notebook did not close cleanly: ${message.error}`);
        return markClosed();
    }
  });

  child.on('error', (type, location) => {
    console.error(`Dossier's notebook process failed (${type} at ${location}).`);
  });

  child.on('exit', (code) => {
    const expected = state === 'closing';
    state = 'stopped';
    exited = true;
    markClosed();
    if (expected) {
      refusal = 'Dossier has closed the notebook.';
      answerAllPending('Dossier closed the notebook before this request was finished.');
      settleReady(new Error('Dossier was closed before the notebook had opened.'));
      return;
    }
    refusal =
      `Dossier's notebook stopped unexpectedly (exit code ${code}), so nothing more can be ` +
      `saved in this window. Restart Dossier: what was saved before is kept.`;
    answerAllPending(
      `Dossier's notebook stopped unexpectedly (exit code ${code}) before this request was ` +
        `finished, so it may not have been saved. Restart Dossier and check it.`,
    );
    settleReady(new Error(`The notebook process stopped while opening (exit code ${code}).`));
    for (const listener of crashListeners) listener(refusal);
  });

  child.postMessage({ type: 'open', dataDir: options.dataDir, seedsDir: options.seedsDir });

  return {
    ready,
    call(op, input) {
      if (state !== 'running') return Promise.resolve(fail('INTERNAL', refusal));
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        try {
          child.postMessage({ type: 'request', id, op, input });
        } catch (error) {
          pending.delete(id);
          const reason = error instanceof Error ? error.message : String(error);
          resolve(fail('INTERNAL', `${op} could not be sent to Dossier's notebook: ${reason}`));
        }
      });
    },
    onEvent(listener) {
      eventListeners.push(listener as (name: EventName, payload: unknown) => void);
    },
    onCrash(listener) {
      crashListeners.push(listener);
    },
    async shutdown(timeoutMs) {
      if (state === 'stopped') return true;
      if (state === 'running') {
        state = 'closing';
        refusal = 'Dossier is closing the notebook.';
        child.postMessage({ type: 'shutdown' });
      }
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timedOut = new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(true), timeoutMs);
      });
      const late = await Promise.race([closed.then(() => false), timedOut]);
      clearTimeout(timer);
      // Closed means its files are safe; what is left of the process is not needed.
      if (!exited) child.kill();
      return !late;
    },
  };
}
