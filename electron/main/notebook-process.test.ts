// The relay to the notebook's utility process, with a fake process: requests and answers by id,
// events, a clean shutdown that releases the folder, and a crash that answers what was pending.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../shared/result';
import { dispatch } from '../notebook/dispatch';
import { openNotebook } from '../notebook/notebook';
import { fakeUtility, type FakeUtility } from './fake-utility.test-support';
import { startNotebookProcess, type NotebookProcess } from './notebook-process';

const TEXT = 'Talks stalled.\n\nThe committee has not met since it was formed.';

function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

function failureOf(result: Result<unknown>, code: string): string {
  if (result.ok) throw new Error('expected a failure');
  expect(result.error.code).toBe(code);
  return result.error.message;
}

/** Replies to the main process as a utility process would, message by message. */
const reply = (utility: FakeUtility, message: Parameters<FakeUtility['port']['postMessage']>[0]) =>
  utility.port.postMessage(message);

/** Waits until the main process has sent `count` requests. */
const requestsSent = (utility: FakeUtility, count: number) =>
  vi.waitFor(() => expect(utility.sent.filter((m) => m.type === 'request')).toHaveLength(count));

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'dossier-relay-'));
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

describe('the notebook in its utility process, served by the real entry', () => {
  let utility: FakeUtility;
  let core: NotebookProcess;
  beforeEach(() => {
    utility = fakeUtility();
    core = startNotebookProcess({ fork: () => utility.child, dataDir, seedsDir: undefined });
  });
  afterEach(() => core.shutdown(5_000));

  it('opens the notebook in the given folder, then runs each call through dispatch', async () => {
    expect(utility.sent[0]).toEqual({ type: 'open', dataDir, seedsDir: undefined });
    await core.ready;
    const article = valueOf(await core.call('articles.importText', { text: TEXT }));
    const [listed] = valueOf(await core.call('articles.list', {})) as Array<{ id: string }>;
    expect(listed?.id).toBe((article as { id: string }).id);
  });

  it('answers invalid input and unknown operations as dispatch does', async () => {
    const bad = await core.call('highlights.create', { articleId: 'a', start: 5, end: 2 });
    expect(failureOf(bad, 'INVALID_INPUT')).toMatch(/end must be after start/);
    expect(failureOf(await core.call('articles.frobnicate', {}), 'NOT_FOUND')).toMatch(
      /no operation called "articles\.frobnicate"/,
    );
    expect(valueOf(await core.call('articles.list', {}))).toEqual([]);
  });

  it('takes calls made before the notebook is open and answers them once it is', async () => {
    const early = core.call('articles.importText', { text: TEXT });
    expect((await early).ok).toBe(true);
  });

  it('closes the notebook on shutdown, releasing its folder, and refuses calls after', async () => {
    await core.ready;
    valueOf(await core.call('articles.importText', { text: TEXT }));
    expect(await core.shutdown(5_000)).toBe(true);
    expect(utility.sent.at(-1)).toEqual({ type: 'shutdown' });
    expect(utility.child.killed).toBe(true);
    expect(failureOf(await core.call('articles.list', {}), 'INTERNAL')).toMatch(
      /Dossier (is closing|has closed) the notebook/,
    );
    // Another host can open the folder at once: the lock went with the clean close.
    const again = await openNotebook({ dataDir });
    try {
      expect(valueOf(await dispatch(again, 'articles.list', {}))).toHaveLength(1);
    } finally {
      await again.close();
    }
  });

  it('lets a call already sent finish before the notebook closes', async () => {
    await core.ready;
    const importing = core.call('articles.importText', { text: TEXT });
    const closing = core.shutdown(5_000);
    expect((await importing).ok).toBe(true);
    expect(await closing).toBe(true);
  });
});

describe('the relay, with a scripted utility process', () => {
  let utility: FakeUtility;
  let core: NotebookProcess;
  beforeEach(() => {
    utility = fakeUtility({ serve: false });
    core = startNotebookProcess({ fork: () => utility.child, dataDir });
  });

  it('matches answers to requests by id, in whatever order they come', async () => {
    reply(utility, { type: 'opened' });
    await core.ready;
    const first = core.call('articles.list', {});
    const second = core.call('tags.list', {});
    await requestsSent(utility, 2);
    const [a, b] = utility.sent.filter((m) => m.type === 'request');
    reply(utility, { type: 'response', id: b!.id, result: { ok: true, value: 'second' } });
    reply(utility, { type: 'response', id: a!.id, result: { ok: true, value: 'first' } });
    expect(await first).toEqual({ ok: true, value: 'first' });
    expect(await second).toEqual({ ok: true, value: 'second' });
  });

  it('says why the notebook could not be opened', async () => {
    reply(utility, {
      type: 'open-failed',
      message: 'library.json is damaged and no backup parses.',
    });
    await expect(core.ready).rejects.toThrow('library.json is damaged and no backup parses.');
  });

  it('relays the events the notebook raises, and drops what the contract does not define', async () => {
    const seen = vi.fn();
    core.onEvent(seen);
    reply(utility, { type: 'event', name: 'notebook.changed', payload: { articleId: 'a1' } });
    reply(utility, { type: 'event', name: 'no.such.event' as never, payload: {} });
    reply(utility, { type: 'event', name: 'menu.import', payload: { what: 'everything' } });
    await vi.waitFor(() => expect(seen).toHaveBeenCalled());
    await new Promise((done) => setImmediate(done));
    expect(seen.mock.calls).toEqual([['notebook.changed', { articleId: 'a1' }]]);
  });

  it('answers every pending call with INTERNAL when the process dies, and every later one', async () => {
    const crashed = vi.fn();
    core.onCrash(crashed);
    reply(utility, { type: 'opened' });
    await core.ready;
    const pending = [core.call('articles.importText', { text: TEXT }), core.call('tags.list', {})];
    await requestsSent(utility, 2);
    utility.crash(139);

    for (const result of await Promise.all(pending)) {
      expect(failureOf(result, 'INTERNAL')).toMatch(
        /notebook stopped unexpectedly \(exit code 139\) before this request was finished/,
      );
    }
    expect(crashed).toHaveBeenCalledTimes(1);
    expect(crashed.mock.calls[0]![0]).toMatch(/Restart Dossier/);
    expect(failureOf(await core.call('articles.list', {}), 'INTERNAL')).toMatch(
      /stopped unexpectedly \(exit code 139\).*Restart Dossier/,
    );
    // Nothing left to wait for when quitting.
    expect(await core.shutdown(5_000)).toBe(true);
  });

  it('fails to start when the process dies while opening', async () => {
    utility.crash(1);
    await expect(core.ready).rejects.toThrow(/stopped while opening \(exit code 1\)/);
  });

  it('stops a notebook that does not close in time, and says it had to', async () => {
    reply(utility, { type: 'opened' });
    await core.ready;
    const pending = core.call('articles.list', {});
    await requestsSent(utility, 1);
    expect(await core.shutdown(20)).toBe(false);
    expect(utility.child.killed).toBe(true);
    expect(failureOf(await pending, 'INTERNAL')).toMatch(/closed the notebook before/);
  });

  it('answers INTERNAL when a request cannot be sent at all', async () => {
    reply(utility, { type: 'opened' });
    await core.ready;
    const result = await core.call('articles.importText', { text: TEXT, extra: () => {} });
    expect(failureOf(result, 'INTERNAL')).toMatch(/articles\.importText could not be sent/);
  });
});

describe('opening fails in the utility process', () => {
  it('reports the reason from openNotebook', async () => {
    const file = join(dataDir, 'not-a-folder');
    await writeFile(file, 'x');
    const utility = fakeUtility();
    const core = startNotebookProcess({ fork: () => utility.child, dataDir: file });
    await expect(core.ready).rejects.toThrow(/not-a-folder/);
    expect(await core.shutdown(5_000)).toBe(true);
  });
});
