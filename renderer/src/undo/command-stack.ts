// The session's undo history: commands that know how to undo and redo themselves, run one at a time.

export interface Command {
  /** What the user would call it, e.g. "colour change"; shown on the Undo/Redo buttons. */
  label: string;
  undo(): Promise<void>;
  redo(): Promise<void>;
  /**
   * Commands with the same key pushed close together merge into one step (a typing burst in a
   * note): the merged step undoes to the first one's state and redoes to the last one's.
   */
  coalesceKey?: string;
  /**
   * Set for a change that cannot be undone (e.g. a tag merge, which retags highlights), saying
   * why. Recorded, it ends the history: undo stops at it and says so, and never reaches past it
   * to undo an earlier step on a notebook that has changed under it.
   */
  irreversible?: string;
}

/** Undo reached a change that cannot be undone; nothing was changed. */
export class CannotUndo extends Error {
  constructor(
    readonly label: string,
    readonly why: string,
  ) {
    super(`The ${label} cannot be undone`);
    this.name = 'CannotUndo';
  }
}

/** An undo or redo that the notebook refused; the step is still on its stack. */
export class StepFailed extends Error {
  constructor(
    readonly how: 'undo' | 'redo',
    readonly label: string,
    override readonly cause: unknown,
  ) {
    super(`Could not ${how} the ${label}`);
    this.name = 'StepFailed';
  }
}

interface Entry {
  command: Command;
  at: number;
}

export interface StackState {
  undoLabel: string | null;
  redoLabel: string | null;
  busy: boolean;
}

export class CommandStack {
  private done: Entry[] = [];
  private undone: Entry[] = [];
  private running: Promise<void> = Promise.resolve();
  private busy = false;
  private listeners = new Set<() => void>();
  private snapshot: StackState = { undoLabel: null, redoLabel: null, busy: false };

  constructor(
    private readonly coalesceMs = 2500,
    private readonly limit = 200,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** Records a change the user already made. A new change forgets what was undone. */
  push(command: Command): void {
    const at = this.now();
    const top = this.done.at(-1);
    if (
      top &&
      command.coalesceKey !== undefined &&
      top.command.coalesceKey === command.coalesceKey &&
      at - top.at <= this.coalesceMs
    ) {
      const first = top.command;
      top.command = { ...command, undo: first.undo };
      top.at = at;
    } else {
      // Nothing before a change that cannot be undone can be undone after it.
      if (command.irreversible !== undefined) this.done = [];
      this.done.push({ command, at });
      if (this.done.length > this.limit) this.done.shift();
    }
    this.undone = [];
    this.emit();
  }

  undo(): Promise<boolean> {
    return this.step(this.done, this.undone, 'undo');
  }

  redo(): Promise<boolean> {
    return this.step(this.undone, this.done, 'redo');
  }

  /**
   * Resolves true when a step ran. A failed step stays where it was (the user can try again) and
   * the promise rejects with a StepFailed naming the step and carrying the host's error.
   */
  private step(from: Entry[], to: Entry[], how: 'undo' | 'redo'): Promise<boolean> {
    const run = this.running.then(async () => {
      const entry = from.pop();
      if (!entry) return false;
      if (how === 'undo' && entry.command.irreversible !== undefined) {
        from.push(entry);
        throw new CannotUndo(entry.command.label, entry.command.irreversible);
      }
      this.busy = true;
      this.emit();
      try {
        await entry.command[how]();
        // Never merge a redone step with a later edit.
        to.push({ command: entry.command, at: -Infinity });
        return true;
      } catch (error) {
        // Keep the step, but never merge a later edit into it.
        from.push({ command: entry.command, at: -Infinity });
        throw new StepFailed(how, entry.command.label, error);
      } finally {
        this.busy = false;
        this.emit();
      }
    });
    this.running = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  clear(): void {
    this.done = [];
    this.undone = [];
    this.emit();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): StackState => this.snapshot;

  private emit(): void {
    this.snapshot = {
      undoLabel: this.done.at(-1)?.command.label ?? null,
      redoLabel: this.undone.at(-1)?.command.label ?? null,
      busy: this.busy,
    };
    for (const listener of this.listeners) listener();
  }
}
