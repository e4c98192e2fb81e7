// The import queue without a host: one source at a time, cancel, duplicates, refusals before
// reading, and the summary's words.
import { describe, expect, it } from 'vitest';
import type { ArticleDetail } from '../../../shared/model';
import { bytesToBase64 } from './file-bytes';
import { ImportEngine, type Importer } from './import-engine';
import { describeBundle, summarize } from './import-run';
import { MAX_IMPORT_BYTES, sortFolderFiles } from './supported-files';

const article = (id: string) => ({ id, title: `Article ${id}` }) as ArticleDetail;

/** A host that answers when told to, recording what it was sent and how many at once. */
function fakeHost() {
  const sent: string[] = [];
  const waiting: Array<() => void> = [];
  let inFlight = 0;
  let most = 0;
  const answer = async <T>(name: string, outcome: () => T): Promise<T> => {
    sent.push(name);
    most = Math.max(most, ++inFlight);
    await new Promise<void>((done) => waiting.push(done));
    inFlight--;
    return outcome();
  };
  const importer: Importer = {
    file: ({ fileName, data }) =>
      answer(fileName, () => {
        if (fileName === 'bad.pdf')
          throw new Error('“bad.pdf” is not a document Dossier can read.');
        return { article: article(fileName), duplicate: atob(data) === 'seen before' };
      }),
    url: (url) => answer(url, () => ({ article: article(url), duplicate: false })),
    text: (text) => answer(text, () => ({ article: article('text'), duplicate: false })),
    chosen: (path) => answer(path, () => ({ article: article(path), duplicate: false })),
    bundle: ({ fileName }) =>
      answer(`bundle:${fileName}`, () => ({
        articlesAdded: 3,
        articlesMerged: 1,
        highlightsAdded: 12,
        tagsAdded: 2,
        notesAdded: 1,
      })),
  };
  return {
    importer,
    sent,
    most: () => most,
    /** Lets the oldest call answer, and waits until the engine has moved on. */
    async next() {
      for (let i = 0; i < 50 && waiting.length === 0; i++) await tick();
      waiting.shift()?.();
      await tick();
    },
  };
}

const tick = () => new Promise((done) => setTimeout(done, 0));
const file = (name: string, text: string) => ({ file: new File([text], name), path: name });

async function finished(engine: ImportEngine) {
  for (let i = 0; i < 100 && !engine.snapshot()?.finished; i++) await tick();
  return engine.snapshot()!;
}

describe('ImportEngine', () => {
  it('imports one source at a time and summarizes imported, duplicate and failed ones', async () => {
    const host = fakeHost();
    const engine = new ImportEngine(host.importer);
    const opened: string[] = [];
    engine.setArticleListener(({ article: a }, open) => void (open && opened.push(a.id)));
    engine.addFiles([file('a.txt', 'one'), file('bad.pdf', 'x'), file('c.md', 'seen before')]);
    for (let i = 0; i < 3; i++) await host.next();
    const run = await finished(engine);

    expect(host.most()).toBe(1);
    expect(host.sent).toEqual(['a.txt', 'bad.pdf', 'c.md']);
    expect(run.items.map((i) => i.status)).toEqual(['imported', 'failed', 'duplicate']);
    expect(run.items[1]!.message).toBe('“bad.pdf” is not a document Dossier can read.');
    expect(summarize(run)).toBe('1 imported, 1 already in your library, 1 failed');
    // Only the run's first article is opened; the others are one click away.
    expect(opened).toEqual(['a.txt']);
  });

  it('refuses empty and oversized files before reading them', async () => {
    const host = fakeHost();
    const engine = new ImportEngine(host.importer);
    const big = new File([], 'huge.pdf');
    Object.defineProperty(big, 'size', { value: MAX_IMPORT_BYTES + 1 });
    engine.addFiles([file('empty.txt', ''), { file: big, path: 'huge.pdf' }]);
    const run = await finished(engine);
    expect(host.sent).toEqual([]);
    expect(run.items.map((i) => i.message)).toEqual([
      '“empty.txt” is empty.',
      '“huge.pdf” is larger than 50 MB (it is 50 MB), the most Dossier imports from one file.',
    ]);
  });

  it('cancel lets the current source finish and stops the rest', async () => {
    const host = fakeHost();
    const engine = new ImportEngine(host.importer);
    engine.addFiles([file('a.txt', '1'), file('b.txt', '2'), file('c.txt', '3')]);
    await tick();
    engine.cancel();
    expect(engine.snapshot()!.finished).toBe(false);
    await host.next();
    const run = await finished(engine);
    expect(host.sent).toEqual(['a.txt']);
    expect(run.cancelled).toBe(true);
    expect(summarize(run)).toBe('1 imported, 2 not imported (cancelled)');
  });

  it('sources added during a run join it; after it finished they start a new one', async () => {
    const host = fakeHost();
    const engine = new ImportEngine(host.importer);
    engine.addFiles([file('a.txt', '1')]);
    engine.addUrl('https://example.org/story');
    expect(engine.snapshot()!.items).toHaveLength(2);
    await host.next();
    await host.next();
    await finished(engine);
    engine.addText('Pasted words');
    expect(engine.snapshot()!.items.map((i) => i.label)).toEqual(['Pasted text: “Pasted words”']);
    await host.next();
    expect((await finished(engine)).items[0]!.status).toBe('imported');
    engine.dismiss();
    expect(engine.snapshot()).toBeNull();
  });
});

describe('folder files and bytes', () => {
  it('keeps supported kinds, skips others, ignores hidden files', () => {
    const { accepted, skipped } = sortFolderFiles([
      { file: new File(['x'], 'a.PDF'), path: 'f/a.PDF' },
      { file: new File(['x'], 'b.png'), path: 'f/b.png' },
      { file: new File(['x'], '.DS_Store'), path: 'f/.DS_Store' },
      { file: new File(['x'], 'c.txt'), path: 'f/.git/c.txt' },
    ]);
    expect(accepted.map((p) => p.path)).toEqual(['f/a.PDF']);
    expect(skipped.map((p) => p.path)).toEqual(['f/b.png']);
  });

  it('encodes any bytes as base64 in chunks, the same as Node does', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 7919) % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    expect(bytesToBase64(new Uint8Array())).toBe('');
  });

  it('merges a .dossier file as a notebook bundle and says what it added', async () => {
    const host = fakeHost();
    const engine = new ImportEngine(host.importer);
    const merged: unknown[] = [];
    engine.setBundleListener((counts) => void merged.push(counts));
    engine.addFiles([file('backup.dossier', 'zip bytes'), file('a.txt', 'words')]);
    await host.next();
    await host.next();
    const run = await finished(engine);
    expect(host.sent).toEqual(['bundle:backup.dossier', 'a.txt']);
    expect(run.items[0]).toMatchObject({ status: 'imported', bundle: { articlesAdded: 3 } });
    expect(merged).toHaveLength(1);
    expect(summarize(run)).toBe('1 imported, 1 notebook bundle merged');
    expect(describeBundle(run.items[0]!.bundle!)).toBe(
      'Bundle merged: 3 articles added, 1 merged, 12 highlights added, 2 tags added, 1 note added',
    );
  });
});
