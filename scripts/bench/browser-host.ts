// The browser host the UI benchmarks drive: started on a data folder with a token of its own,
// called through its HTTP API, stopped.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { Input, Operation, Output } from '../../shared/contract';

export interface Host {
  url: string;
  origin: string;
  token: string;
  child: ChildProcess;
}

/** `timeoutMs`: how long to wait for the address (opening a large notebook migrates it first). */
export async function startHost(
  dataDir: string,
  server: string,
  timeoutMs = 20_000,
): Promise<Host> {
  if (!existsSync(server)) {
    throw new Error(`${server} is missing: build Dossier first (npx electron-vite build).`);
  }
  const token = randomBytes(16).toString('hex');
  const child = spawn(process.execPath, [server], {
    env: { ...process.env, DOSSIER_DATA_DIR: dataDir, DOSSIER_PORT: '0', DOSSIER_TOKEN: token },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((done, fail) => {
    const timer = setTimeout(
      () => fail(new Error(`the host did not start:\n${output}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Dossier is at (\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        done(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => fail(new Error(`the host exited (${code}):\n${output}`)));
  });
  return { url, origin: new URL(url).origin, token, child };
}

export async function stopHost(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  await exited;
}

export async function api<K extends Operation>(
  host: Host,
  op: K,
  input: Input<K>,
): Promise<Output<K>> {
  const response = await fetch(`${host.origin}/api/${op}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as
    { ok: true; value: Output<K> } | { ok: false; error: { message: string } };
  if (!result.ok) throw new Error(`${op} failed: ${result.error.message}`);
  return result.value;
}
