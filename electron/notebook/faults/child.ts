// Runs a TypeScript script from source in its own process (through tsx) and reads the JSON lines
// it prints, so tests can pause, kill and question another Dossier process.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Result } from '../../../shared/result';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface Line {
  event?: string;
  [key: string]: unknown;
}

export class Child {
  readonly process: ChildProcess;
  readonly lines: Line[] = [];
  readonly stderr: string[] = [];
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private waiters: { test: (line: Line) => boolean; resolve: (line: Line) => void }[] = [];
  private partial = '';

  constructor(script: string, args: string[], env: NodeJS.ProcessEnv = {}) {
    this.process = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.process.stdout!.setEncoding('utf8').on('data', (chunk: string) => this.read(chunk));
    this.process.stderr!.setEncoding('utf8').on('data', (chunk: string) => this.stderr.push(chunk));
    // 'close', not 'exit': every line the process printed before it died has been read by then.
    this.exited = new Promise((resolve) =>
      this.process.on('close', (code, signal) => resolve({ code, signal })),
    );
  }

  get pid(): number {
    return this.process.pid!;
  }

  send(line: string): void {
    this.process.stdin!.write(`${line}\n`);
  }

  /** The first line (already read or still to come) that passes `test`. */
  async waitFor(test: (line: Line) => boolean, what: string, timeoutMs = 20_000): Promise<Line> {
    const found = this.lines.find(test);
    if (found) return found;
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<Line>((resolve, reject) => {
      this.waiters.push({ test, resolve });
      timer = setTimeout(
        () =>
          reject(new Error(`no ${what} within ${timeoutMs} ms; stderr: ${this.stderr.join('')}`)),
        timeoutMs,
      );
      void this.exited.then(({ code, signal }) =>
        setTimeout(
          () =>
            reject(
              new Error(
                `the child exited (${signal ?? code}) before ${what}; stderr: ${this.stderr.join('')}`,
              ),
            ),
          50,
        ),
      );
    });
    try {
      return await waited;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Waits for the next line after those already read that passes `test`. */
  next(test: (line: Line) => boolean, what: string, timeoutMs?: number): Promise<Line> {
    const seen = this.lines.length;
    return this.waitFor((line) => this.lines.indexOf(line) >= seen && test(line), what, timeoutMs);
  }

  /** Ends the process the way a crash or power cut would, and waits until it is gone. */
  async kill(): Promise<void> {
    if (this.process.exitCode === null && this.process.signalCode === null) {
      this.process.kill('SIGKILL');
    }
    await this.exited;
  }

  pause(): void {
    this.process.kill('SIGSTOP');
  }

  resume(): void {
    this.process.kill('SIGCONT');
  }

  private read(chunk: string): void {
    this.partial += chunk;
    const parts = this.partial.split('\n');
    this.partial = parts.pop() ?? '';
    for (const part of parts) {
      if (!part.trim()) continue;
      let line: Line;
      try {
        line = JSON.parse(part) as Line;
      } catch {
        this.stderr.push(`(not JSON on stdout) ${part}\n`);
        continue;
      }
      this.lines.push(line);
      this.waiters = this.waiters.filter((w) => {
        if (!w.test(line)) return true;
        w.resolve(line);
        return false;
      });
    }
  }
}

/** A notebook open in another process (host.ts), driven through dispatch. */
export class HostChild extends Child {
  private nextId = 1;

  constructor(script: string, dataDir: string, env: NodeJS.ProcessEnv = {}) {
    super(script, [dataDir], env);
  }

  /** Sends the call now; the answer comes once the process runs (it may be paused). */
  call(op: string, input: unknown): Promise<Result<unknown>> {
    const id = this.nextId++;
    this.send(JSON.stringify({ id, op, input }));
    return this.waitFor((l) => l.event === 'result' && l.id === id, `the answer to ${op}`).then(
      (line) => line.result as Result<unknown>,
    );
  }

  async close(): Promise<void> {
    this.send('close');
    await this.waitFor((l) => l.event === 'closed', 'the notebook closed');
    let timer: NodeJS.Timeout | undefined;
    const stuck = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error('the host closed its notebook but did not exit: a handle is left')),
        5_000,
      );
    });
    try {
      await Promise.race([this.exited, stuck]);
    } finally {
      clearTimeout(timer);
    }
  }
}
