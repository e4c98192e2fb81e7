// The library journal: replay over the snapshot, a torn last line, folding, and a crash
// between an article's write and its journal line.
import { appendFile, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArticleFile, LibraryFile } from '../../../shared/model';
import { dispatch } from '../dispatch';
import { openNotebook, type Notebook } from '../notebook';
import { Journal, readJournal } from './journal';

const TEXT =
  'Talks resume in Doha\n\nDelegations met on Tuesday to discuss the border and trade.\n\nA second round is planned.';

let dataDir: string;
let notebook: Notebook | null;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'dossier-journal-'));
  notebook = await openNotebook({ dataDir });
});
afterEach(async () => {
  await notebook?.close();
  await rm(dataDir, { recursive: true, force: true });
});

async function call<T>(op: string, input: unknown): Promise<T> {
  const result = await dispatch(notebook!, op, input);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

/** Leaves the folder as a crash would: nothing folded, the open marker still there. */
async function crash(): Promise<void> {
  // The process is gone without closing: drop the notebook without folding or releasing.
  const nb = notebook!;
  notebook = null;
  await (nb as unknown as { lock: { release(): Promise<void> } }).lock.release();
}

const journalPath = () => join(dataDir, 'library.journal');
const libraryPath = () => join(dataDir, 'library.json');

describe('library journal', () => {
  it('a change writes one journal line and leaves library.json alone', async () => {
    const article = await call<{ id: string }>('articles.importText', { text: TEXT });
    const before = await stat(libraryPath());
    const lines = (await readFile(journalPath(), 'utf8')).split('\n').length;
    await call('highlights.create', { articleId: article.id, start: 0, end: 5 });
    await call('notes.create', { title: 'Assessment', body: 'x' });
    expect((await readFile(journalPath(), 'utf8')).split('\n').length).toBe(lines + 2);
    expect((await stat(libraryPath())).mtimeMs).toBe(before.mtimeMs);
  });

  it('replays the journal over the snapshot after a crash', async () => {
    const article = await call<{ id: string }>('articles.importText', { text: TEXT });
    const h = await call<{ id: string }>('highlights.create', {
      articleId: article.id,
      start: 0,
      end: 5,
    });
    const tag = await call<{ id: string }>('tags.create', { name: 'Places/Doha' });
    await call('highlights.update', { id: h.id, tagIds: [tag.id] });
    const note = await call<{ id: string }>('notes.create', { title: 'A', body: 'first' });
    await call('notes.update', { id: note.id, body: 'second' });
    await crash();
    expect(LibraryFile.parse(JSON.parse(await readFile(libraryPath(), 'utf8'))).articles).toEqual(
      [],
    );

    notebook = await openNotebook({ dataDir });
    const [summary] = await call<Array<{ highlightCount: number; tagCounts: object }>>(
      'articles.list',
      {},
    );
    expect(summary).toMatchObject({ highlightCount: 1, tagCounts: { [tag.id]: 1 } });
    expect(await call('notes.list', {})).toMatchObject([{ id: note.id, body: 'second' }]);
    await call('highlights.update', { id: h.id, note: 'found through the rebuilt lookup' });
  });

  it('replays corroborating links and ACH matrices after a crash', async () => {
    const quote = async (text: string) => {
      const a = await call<{ id: string }>('articles.importText', { text });
      return call<{ id: string }>('highlights.create', { articleId: a.id, start: 0, end: 5 });
    };
    const dawn = await quote('Talks resumed on Tuesday in Doha.');
    const tribune = await quote('Talks resumed, officials said.');
    await call('highlights.corroborate', { id: dawn.id, otherId: tribune.id });
    const matrix = await call<{ id: string; hypotheses: Array<{ id: string }> }>('ach.create', {
      question: 'Why did talks resume?',
      hypotheses: ['Pressure from Kabul'],
    });
    const withRow = await call<{ evidence: Array<{ id: string }> }>('ach.update', {
      id: matrix.id,
      addEvidence: { highlightId: dawn.id },
    });
    await call('ach.rate', {
      id: matrix.id,
      evidenceId: withRow.evidence[0]!.id,
      hypothesisId: matrix.hypotheses[0]!.id,
      rating: 'II',
    });
    const gone = await call<{ id: string }>('ach.create', { question: 'Deleted before the crash' });
    await call('ach.delete', { id: gone.id });
    await crash();

    notebook = await openNotebook({ dataDir });
    expect(await call('highlights.corroborations', { id: tribune.id })).toMatchObject([
      { highlight: { id: dawn.id } },
    ]);
    const matrices = await call<
      Array<{ id: string; hypotheses: Array<{ inconsistency: number }> }>
    >('ach.list', {});
    expect(matrices.map((m) => m.id)).toEqual([matrix.id]);
    expect(matrices[0]!.hypotheses[0]!.inconsistency).toBe(2);
  });

  it('ignores a torn last line, keeping every complete change before it', async () => {
    const note = await call<{ id: string }>('notes.create', { title: 'A', body: 'kept' });
    await crash();
    await appendFile(journalPath(), '{"at":"2026-01-01T00:00:00.000Z","records":[{"t":"note","id');
    notebook = await openNotebook({ dataDir });
    expect(await call('notes.list', {})).toMatchObject([{ id: note.id, body: 'kept' }]);
    // The next change is not glued to the torn line.
    await call('notes.update', { id: note.id, body: 'after the tear' });
    await crash();
    notebook = await openNotebook({ dataDir });
    expect(await call('notes.list', {})).toMatchObject([{ body: 'after the tear' }]);
    expect(notebook.listNotices()).toEqual([]);
  });

  it('folds the journal into library.json on close', async () => {
    const article = await call<{ id: string }>('articles.importText', { text: TEXT });
    await call('highlights.create', { articleId: article.id, start: 0, end: 5 });
    await notebook!.close();
    notebook = null;
    expect(await readFile(journalPath(), 'utf8')).toBe('');
    const library = LibraryFile.parse(JSON.parse(await readFile(libraryPath(), 'utf8')));
    expect(library.articles[0]).toMatchObject({ id: article.id, highlightCount: 1 });
    notebook = await openNotebook({ dataDir });
    expect(await call('articles.list', {})).toHaveLength(1);
  });

  it('trusts library.json without re-validating only while its bytes match the checksum', async () => {
    await call('articles.importText', { text: TEXT });
    await notebook!.close();
    notebook = null;
    const { createHash } = await import('node:crypto');
    const raw = await readFile(libraryPath(), 'utf8');
    const sum = (await readFile(join(dataDir, 'library.json.sha256'), 'utf8')).trim();
    expect(sum).toBe(createHash('sha256').update(raw).digest('hex'));
    // Valid JSON of the right version, wrong shape: changed bytes are validated in full.
    await writeFile(libraryPath(), JSON.stringify({ ...JSON.parse(raw), articles: 'none' }));
    notebook = await openNotebook({ dataDir });
    expect(notebook.listNotices()[0]?.message).toMatch(
      /library\.json was damaged \(its content does not match the notebook format at articles\)/,
    );
    expect(await call('articles.list', {})).toHaveLength(1);
  });

  it('folds when the journal passes its bound, without waiting for close', async () => {
    const note = await call<{ id: string }>('notes.create', { title: 'Long', body: '' });
    const body = 'x'.repeat(100_000);
    for (let i = 0; i < 45; i++) await call('notes.update', { id: note.id, body: `${i}${body}` });
    await call('notes.list', {}); // the fold runs in the queue after the change that passed the bound
    expect((await stat(journalPath())).size).toBeLessThan(4 * 1024 * 1024);
    const library = LibraryFile.parse(JSON.parse(await readFile(libraryPath(), 'utf8')));
    expect(library.notes[0]?.body.startsWith('4')).toBe(true);
  });

  it('repairs the index from an article written just before a crash, before its journal line', async () => {
    const article = await call<{ id: string }>('articles.importText', { text: TEXT });
    await crash();
    // The article file got its highlight; the process died before the journal line.
    const path = join(dataDir, 'articles', `${article.id}.json`);
    const file = ArticleFile.parse(JSON.parse(await readFile(path, 'utf8')));
    const now = new Date().toISOString();
    file.highlights.push({
      id: 'written-before-the-crash',
      articleId: article.id,
      quote: { type: 'TextQuoteSelector', exact: 'Talks', prefix: '', suffix: ' resume' },
      position: { type: 'TextPositionSelector', start: 0, end: 5 },
      color: 'yellow',
      note: '',
      tagIds: [],
      createdAt: now,
      updatedAt: now,
    });
    await writeFile(path, JSON.stringify(file));
    notebook = await openNotebook({ dataDir });
    expect(await call('articles.list', {})).toMatchObject([{ highlightCount: 1 }]);
    await call('highlights.update', { id: 'written-before-the-crash', note: 'editable' });
  });

  it('finishes a deletion that a crash interrupted', async () => {
    const article = await call<{ id: string }>('articles.importText', { text: TEXT });
    await crash();
    const { rename } = await import('node:fs/promises');
    await rename(
      join(dataDir, 'articles', `${article.id}.json`),
      join(dataDir, 'articles', `.deleted-${article.id}.json`),
    );
    notebook = await openNotebook({ dataDir });
    expect(await call('articles.list', {})).toEqual([]);
  });
});

describe('journal file', () => {
  it('reads complete lines, counts unreadable ones and recognises a torn tail', async () => {
    const path = join(dataDir, 'test.journal');
    const journal = new Journal(path);
    await journal.open();
    await journal.append([{ t: 'tagMerges', tagMerges: { a: 'b' } }]);
    await journal.append([]); // nothing changed: nothing written
    await journal.close();
    await appendFile(path, 'not json\n{"at":"x","records":[{"t":"tags","ta');
    const read = await readJournal(path);
    expect(read.changes).toEqual([[{ t: 'tagMerges', tagMerges: { a: 'b' } }]]);
    expect(read.unreadable).toBe(1);
    expect(read.tornTail).toBe(true);
  });
});
