// The utility process's side on its own: the order of open, requests and shutdown, and an answer
// that cannot cross the process boundary.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from './dispatch';
import { openNotebook } from './notebook';
import {
  serveNotebook,
  type FromNotebook,
  type ParentPortLike,
  type ToNotebook,
} from './utility-entry';

/** A port driven directly: `send` is the main process, `received` what came back. */
function port({ failFirstResponse = false } = {}) {
  let listener: ((event: { data: unknown }) => void) | undefined;
  const received: FromNotebook[] = [];
  let failing = failFirstResponse;
  const fake: ParentPortLike = {
    on(_event, l) {
      listener = l;
      return fake;
    },
    postMessage(message) {
      if (failing && message.type === 'response') {
        failing = false;
        throw new DOMException('could not be cloned', 'DataCloneError');
      }
      received.push(structuredClone(message));
    },
  };
  serveNotebook(fake);
  return { received, send: (message: ToNotebook) => listener!({ data: message }) };
}

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'dossier-utility-'));
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

describe('serveNotebook', () => {
  it('refuses a request that comes before the open message', async () => {
    const { received, send } = port();
    send({ type: 'request', id: 1, op: 'articles.list', input: {} });
    await vi.waitFor(() => expect(received).toHaveLength(1));
    expect(received[0]).toMatchObject({
      type: 'response',
      id: 1,
      result: { ok: false, error: { code: 'INTERNAL', message: expect.stringMatching(/before/) } },
    });
  });

  it('closes a notebook that was still opening when told to shut down', async () => {
    const { received, send } = port();
    send({ type: 'open', dataDir });
    send({ type: 'shutdown' });
    send({ type: 'request', id: 1, op: 'articles.list', input: {} });
    await vi.waitFor(() => expect(received.map((m) => m.type)).toContain('closed'));
    expect(received.find((m) => m.type === 'response')).toMatchObject({
      result: {
        ok: false,
        error: { message: 'articles.list was not run: the notebook is closing.' },
      },
    });
    // Closed means released: the folder opens again at once.
    const again = await openNotebook({ dataDir });
    await again.close();
  });

  it('opens one notebook per process, whatever is asked later', async () => {
    const { received, send } = port();
    send({ type: 'open', dataDir });
    send({ type: 'open', dataDir: join(dataDir, 'elsewhere') });
    await vi.waitFor(() => expect(received).toEqual([{ type: 'opened' }]));
    send({ type: 'shutdown' });
    await vi.waitFor(() => expect(received.at(-1)).toEqual({ type: 'closed' }));
  });

  it('still answers when an answer cannot be sent as it is', async () => {
    const { received, send } = port({ failFirstResponse: true });
    send({ type: 'open', dataDir });
    send({ type: 'request', id: 7, op: 'articles.list', input: {} });
    await vi.waitFor(() => expect(received.some((m) => m.type === 'response')).toBe(true));
    expect(received.find((m) => m.type === 'response')).toMatchObject({
      id: 7,
      result: {
        ok: false,
        error: { code: 'INTERNAL', message: expect.stringMatching(/could not be sent/) },
      },
    });
    send({ type: 'shutdown' });
    await vi.waitFor(() => expect(received.at(-1)).toEqual({ type: 'closed' }));
    const again = await openNotebook({ dataDir });
    expect(await dispatch(again, 'articles.list', {})).toEqual({ ok: true, value: [] });
    await again.close();
  });
});
