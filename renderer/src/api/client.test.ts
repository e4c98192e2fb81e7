// The renderer's door checks each answer against the contract; a long list on its first items.
import { afterEach, describe, expect, it } from 'vitest';
import { call } from './client';

const summary = (i: number) => ({
  id: `a${i}`,
  title: `Report ${i}`,
  sha256: 'a'.repeat(64),
  capturedAt: '2024-06-25T10:00:00.000Z',
  highlightCount: 0,
});

/** A desktop bridge whose every call answers `value`. */
function answering(value: unknown) {
  const call = new Proxy({}, { get: () => async () => ({ ok: true, value }) });
  (globalThis as { window?: unknown }).window = { dossier: { call } };
}

afterEach(() => {
  delete (globalThis as { window?: unknown }).window;
});

describe('call', () => {
  it('answers a long list whole', async () => {
    const list = Array.from({ length: 5000 }, (_, i) => summary(i));
    answering(list);
    const answer = await call('articles.list', {});
    expect(answer).toHaveLength(5000);
    expect(answer[4999]!.title).toBe('Report 4999');
  });

  it('still refuses a host whose answers drift from the contract, short list or long', async () => {
    answering([{ ...summary(0), highlightCount: 'none' }]);
    await expect(call('articles.list', {})).rejects.toThrow(/did not match the contract/);
    answering([{ id: 'a0' }, ...Array.from({ length: 5000 }, (_, i) => summary(i))]);
    await expect(call('articles.list', {})).rejects.toThrow(/did not match the contract/);
  });
});
