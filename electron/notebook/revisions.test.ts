// Article versions, re-anchoring on revision, re-attaching orphans and restoring deleted
// highlights, through the same dispatch every host uses.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RevisionOutcome } from '../../shared/contract';
import type { ArticleDetail, ArticleSummary, Highlight } from '../../shared/model';
import { dispatch } from './dispatch';
import { openNotebook, type Notebook } from './notebook';

const TEXT = [
  'Talks on hold',
  'Officials said the talks would not resume this year, citing earlier failures. 🙂 Noted.',
  'A second paragraph explains the background of the dispute in some detail, with dates and names.',
  'پاکستان نے کالعدم ٹی ٹی پی کی مذاکرات کی پیشکش مسترد کر دی ہے، سرکاری ذرائع نے بتایا۔',
].join('\n\n');
const SECOND = /\n\nA second paragraph[^\n]*/;

let dataDir: string;
let notebook: Notebook;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'dossier-rev-'));
  notebook = await openNotebook({ dataDir });
});
afterEach(async () => {
  await notebook.close();
  await rm(dataDir, { recursive: true, force: true });
});

async function run<T>(op: string, input: unknown): Promise<T> {
  const result = await dispatch(notebook, op, input);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

async function failure(op: string, input: unknown): Promise<string> {
  const result = await dispatch(notebook, op, input);
  if (result.ok) throw new Error(`${op} succeeded`);
  return result.error.code;
}

async function highlight(article: ArticleDetail, words: string): Promise<Highlight> {
  const start = article.text.indexOf(words);
  if (start === -1) throw new Error(`no "${words}"`);
  return run<Highlight>('highlights.create', {
    articleId: article.id,
    start,
    end: start + words.length,
  });
}

const summaryOf = async (id: string) =>
  (await run<ArticleSummary[]>('articles.list', {})).find((a) => a.id === id)!;

describe('articles.revise', () => {
  it('keeps the old text, re-anchors, moves and orphans highlights', async () => {
    const article = await run<ArticleDetail>('articles.importText', { text: TEXT });
    const title = await highlight(article, 'Officials said');
    const talks = await highlight(article, 'would not resume this year');
    const gone = await highlight(article, 'background of the dispute');
    const urdu = await highlight(article, 'مذاکرات کی پیشکش');
    await run('highlights.update', { id: gone.id, note: 'keep me' });

    const revised = article.text
      .replace('would not', 'woud not')
      .replace(SECOND, '\n\nUpdate: a paragraph the editors added.')
      .replace(/\n\n/g, '\r\n\r\n');
    const outcome = await run<RevisionOutcome>('articles.revise', {
      id: article.id,
      text: revised,
    });
    expect(outcome.version).toBe(2);
    expect(outcome.anchored).toEqual([title.id]);
    expect(outcome.moved.sort()).toEqual([talks.id, urdu.id].sort());
    expect(outcome.orphaned).toEqual([gone.id]);

    const after = await run<ArticleDetail>('articles.get', { id: article.id });
    expect(after.version).toBe(2);
    expect(after.text).toBe(revised.replace(/\r\n/g, '\n'));
    expect(after.blocks).toHaveLength(3);
    expect(after.sourceBlocks.map((b) => b.text)).toEqual(after.text.split('\n\n'));
    const byId = new Map(after.highlights.map((h) => [h.id, h]));
    expect(byId.get(talks.id)!.quote.exact).toBe('woud not resume this year');
    expect(byId.get(urdu.id)!.quote.exact).toBe('مذاکرات کی پیشکش');
    const orphan = byId.get(gone.id)!;
    expect(orphan.orphan).toBe(true);
    expect(orphan.quote.exact).toBe('background of the dispute');
    expect(orphan.note).toBe('keep me');
    expect(byId.get(talks.id)!.orphan).toBeUndefined();
    const summary = await summaryOf(article.id);
    expect(summary.orphanCount).toBe(1);
    expect(summary.highlightCount).toBe(4);
    expect(summary.version).toBe(2);

    const versions = await run<{ number: number; current: boolean; length: number }[]>(
      'articles.versions',
      { id: article.id },
    );
    expect(versions.map((v) => [v.number, v.current])).toEqual([
      [1, false],
      [2, true],
    ]);
    expect(versions[0]!.length).toBe(article.text.length);
    const v1 = await run<{ text: string }>('articles.version', { id: article.id, number: 1 });
    expect(v1.text).toBe(article.text);
    const v2 = await run<{ text: string }>('articles.version', { id: article.id, number: 2 });
    expect(v2.text).toBe(after.text);
    expect(await failure('articles.version', { id: article.id, number: 3 })).toBe('NOT_FOUND');
  });

  it('brings an orphan back when a later version holds its words again', async () => {
    const article = await run<ArticleDetail>('articles.importText', { text: TEXT });
    const h = await highlight(article, 'background of the dispute');
    const without = article.text.replace(SECOND, '');
    const first = await run<RevisionOutcome>('articles.revise', { id: article.id, text: without });
    expect(first.orphaned).toEqual([h.id]);
    const second = await run<RevisionOutcome>('articles.revise', {
      id: article.id,
      text: article.text,
    });
    expect(second.version).toBe(3);
    expect(second.moved).toEqual([h.id]);
    const after = await run<ArticleDetail>('articles.get', { id: article.id });
    expect(after.highlights[0]!.orphan).toBeUndefined();
    expect((await summaryOf(article.id)).orphanCount).toBeUndefined();
  });

  it('does nothing for the same text', async () => {
    const article = await run<ArticleDetail>('articles.importText', { text: TEXT });
    const h = await highlight(article, 'Officials said');
    const outcome = await run<RevisionOutcome>('articles.revise', {
      id: article.id,
      text: `  ${article.text}\n`,
    });
    expect(outcome).toEqual({ version: 1, anchored: [h.id], moved: [], orphaned: [] });
    const versions = await run<unknown[]>('articles.versions', { id: article.id });
    expect(versions).toHaveLength(1);
  });

  it('refuses an unknown article', async () => {
    expect(await failure('articles.revise', { id: 'nope', text: 'x' })).toBe('NOT_FOUND');
  });
});

describe('highlights.reattach', () => {
  it('attaches an orphan to new words, keeping note and tags', async () => {
    const article = await run<ArticleDetail>('articles.importText', { text: TEXT });
    const h = await highlight(article, 'background of the dispute');
    await run('highlights.update', { id: h.id, note: 'why?' });
    const text = article.text.replace('background of the dispute', 'history of the quarrel');
    await run('articles.revise', { id: article.id, text });
    const start = text.indexOf('history of the quarrel');
    // A selection with white space and half an emoji at its edges is tidied.
    const back = await run<Highlight>('highlights.reattach', {
      id: h.id,
      start: start - 1,
      end: start + 'history of the quarrel'.length,
    });
    expect(back.orphan).toBeUndefined();
    expect(back.quote.exact).toBe('history of the quarrel');
    expect(back.note).toBe('why?');
    expect((await summaryOf(article.id)).orphanCount).toBeUndefined();
    const emoji = text.indexOf('🙂');
    const onEmoji = await run<Highlight>('highlights.reattach', {
      id: h.id,
      start: emoji + 1,
      end: emoji + 2,
    });
    expect(onEmoji.quote.exact).toBe('🙂');
  });

  it('refuses a range past the text or holding only white space', async () => {
    const article = await run<ArticleDetail>('articles.importText', { text: TEXT });
    const h = await highlight(article, 'Officials said');
    expect(await failure('highlights.reattach', { id: h.id, start: 0, end: 10_000 })).toBe(
      'INVALID_INPUT',
    );
    const gap = article.text.indexOf('\n\n');
    expect(await failure('highlights.reattach', { id: h.id, start: gap, end: gap + 2 })).toBe(
      'INVALID_INPUT',
    );
    expect(await failure('highlights.reattach', { id: 'nope', start: 0, end: 2 })).toBe(
      'NOT_FOUND',
    );
  });
});

describe('highlights.restore', () => {
  it('puts a deleted highlight back with its id, note, colour and dates', async () => {
    const article = await run<ArticleDetail>('articles.importText', { text: TEXT });
    const h = await highlight(article, 'citing earlier failures');
    const noted = await run<Highlight>('highlights.update', {
      id: h.id,
      note: 'a note',
      color: 'green',
    });
    await run('highlights.delete', { id: h.id });
    const back = await run<Highlight>('highlights.restore', { highlight: noted });
    expect(back).toEqual(noted);
    const after = await run<ArticleDetail>('articles.get', { id: article.id });
    expect(after.highlights.map((x) => x.id)).toEqual([h.id]);
    expect((await summaryOf(article.id)).highlightCount).toBe(1);
    // It is a highlight like any other again.
    await run('highlights.update', { id: h.id, note: 'edited' });
    expect(await failure('highlights.restore', { highlight: noted })).toBe('CONFLICT');
  });

  it('finds moved words, or brings the highlight back as an orphan', async () => {
    const article = await run<ArticleDetail>('articles.importText', { text: TEXT });
    const moved = await highlight(article, 'citing earlier failures');
    const lost = await highlight(article, 'background of the dispute');
    await run('highlights.delete', { id: moved.id });
    await run('highlights.delete', { id: lost.id });
    await run('articles.revise', {
      id: article.id,
      text: `Preface.\n\n${article.text.replace(SECOND, '')}`,
    });
    const found = await run<Highlight>('highlights.restore', { highlight: moved });
    expect(found.orphan).toBeUndefined();
    expect(found.position.start).toBe(moved.position.start + 'Preface.\n\n'.length);
    const orphan = await run<Highlight>('highlights.restore', { highlight: lost });
    expect(orphan.orphan).toBe(true);
    expect(orphan.quote).toEqual(lost.quote);
    expect((await summaryOf(article.id)).orphanCount).toBe(1);
  });

  it('refuses a highlight whose article is gone', async () => {
    const article = await run<ArticleDetail>('articles.importText', { text: TEXT });
    const h = await highlight(article, 'Officials said');
    await run('articles.delete', { id: article.id });
    expect(await failure('highlights.restore', { highlight: h })).toBe('NOT_FOUND');
  });
});
