// Parsing runs in the import pool's worker threads with a time limit and can be cancelled; a
// refusal from the parser comes back as the same readable ImportError.
import { afterAll, describe, expect, it } from 'vitest';
import { ImportError } from './import-error';
import { closeImportPool, extractInWorker } from './run-in-worker';

const page = Buffer.from(
  'Border crossing reopens today\n\nTraders lined up before dawn as the crossing opened again after weeks of closure.',
);

afterAll(() => closeImportPool());

describe('extractInWorker', () => {
  it('extracts in a worker thread', async () => {
    const result = await extractInWorker({ bytes: page, fileName: 'crossing.txt' });
    expect(result.kind).toBe('text');
    expect(result.title).toBe('Border crossing reopens today');
  });

  it('gives up on a file that takes longer than the limit, naming it', async () => {
    // A warm worker reads a short page in a millisecond or two, so this one is long.
    const long = Buffer.from(
      'Traders lined up before dawn as the crossing opened again after weeks of closure.\n\n'.repeat(
        50_000,
      ),
    );
    const slow = extractInWorker({ bytes: long, fileName: 'slow.txt' }, { timeLimitMs: 5 });
    await expect(slow).rejects.toBeInstanceOf(ImportError);
    await expect(slow).rejects.toThrow(
      '“slow.txt” took longer than 0.005 s to read and was skipped.',
    );
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    const running = extractInWorker(
      { bytes: page, fileName: 'x.txt' },
      { signal: controller.signal },
    );
    controller.abort();
    await expect(running).rejects.toThrow('The import of “x.txt” was cancelled.');
  });

  it('passes on the parser’s refusal as an ImportError', async () => {
    const binary = extractInWorker({
      bytes: Buffer.from([0, 1, 2, 3, 0, 0, 255]),
      fileName: 'blob.bin',
    });
    await expect(binary).rejects.toBeInstanceOf(ImportError);
    await expect(binary).rejects.toThrow(/“blob\.bin”/);
  });

  it('reads files one after another in the same warm worker, and again after closing', async () => {
    await extractInWorker({ bytes: page, fileName: 'warm.txt' });
    const started = performance.now();
    for (let i = 0; i < 5; i++) await extractInWorker({ bytes: page, fileName: `n${i}.txt` });
    // Five fresh workers would take seconds from source; a warm one takes milliseconds.
    expect(performance.now() - started).toBeLessThan(1500);
    await closeImportPool();
    const again = await extractInWorker({ bytes: page, fileName: 'again.txt' });
    expect(again.title).toBe('Border crossing reopens today');
  });
});
