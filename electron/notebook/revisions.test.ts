// Article versions, re-anchoring on revision, re-attaching orphans and restoring deleted
// highlights, through the same dispatch every host uses.
import { describe, expect, it } from 'vitest';
import type { RevisionOutcome } from '../../shared/contract';
import type { ArticleDetail, ArticleSummary, Highlight } from '../../shared/model';
import { dispatch } from './dispatch';
import { useTempNotebook } from './temp-notebook.test-support';

const TEXT = [
  'Talks on hold',
  'Officials said the talks would not resume this year, citing earlier failures. 🙂 Noted.',
  'A second paragraph explains the background of the dispute in some detail, with dates and names.',
  'پاکستان نے کالعدم ٹی ٹی پی کی مذاکرات کی پیشکش مسترد کر دی ہے، سرکاری ذرائع نے بتایا۔',
].join('\n\n');
const SECOND = /\n\nA second paragraph[^\n]*/;

const temp = useTempNotebook('rev');
const { run } = temp;

async function failure(op: string, input: unknown): Promise<string> {
  const result = await dispatch(temp.notebook, op, input);
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
    expect(after.sourceBlocks.filter((b) => !b.removed).map((b) => b.text)).toEqual(
      after.text.split('\n\n'),
    );
    const byId = new Map(after.highlights.map((h) => [h.id, h]));
    expect(byId.get(talks.id)!.quote.exact).toBe('woud not resume this year');
    // The words it had before are kept, with the version that changed them.
    expect(byId.get(talks.id)!.wordsChanged).toMatchObject({
      before: 'would not resume this year',
      version: 2,
    });
    expect(byId.get(title.id)!.wordsChanged).toBeUndefined();
    expect(byId.get(urdu.id)!.wordsChanged).toBeUndefined();
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

describe('articles.revise keeps block kinds', () => {
  const MD = [
    '# Article title',
    '## Talks on hold',
    'Officials said the talks would not resume this year.',
    '- Roads to every district',
    '- Clinics in each tehsil',
    '> We will not negotiate with those who attack us.',
    'A closing paragraph on the background of the dispute.',
  ].join('\n\n');

  it('carries each paragraph kind over from the old block it matches or resembles', async () => {
    const article = await run<ArticleDetail>('articles.importText', {
      text: MD,
      fileName: 'talks.md',
    });
    const kinds = (a: ArticleDetail) =>
      a.blocks.map((b) => [b.kind, a.text.slice(b.start, b.end)] as const);
    const before = kinds(article);
    expect(before.map(([k]) => k)).toEqual([
      'heading',
      'paragraph',
      'list-item',
      'list-item',
      'quote',
      'paragraph',
    ]);
    // A one-word edit in the heading and the quote, a new paragraph, a new bullet line.
    const texts = before.map(([, t]) => t);
    const revised = [
      texts[0]!.replace('hold', 'ice'),
      'Update: a paragraph the editors added.',
      texts[1],
      texts[2],
      texts[3],
      '• Schools reopened',
      texts[4]!.replace('attack', 'attacked'),
      texts[5],
    ].join('\n\n');
    await run('articles.revise', { id: article.id, text: revised });
    const after = await run<ArticleDetail>('articles.get', { id: article.id });
    expect(kinds(after)).toEqual([
      ['heading', texts[0]!.replace('hold', 'ice')],
      ['paragraph', 'Update: a paragraph the editors added.'],
      ['paragraph', texts[1]],
      ['list-item', texts[2]],
      ['list-item', texts[3]],
      ['list-item', '• Schools reopened'],
      ['quote', texts[4]!.replace('attack', 'attacked')],
      ['paragraph', texts[5]],
    ]);
    // Paragraphs moved around keep their kinds too.
    await run('articles.revise', {
      id: article.id,
      text: [texts[2], texts[5], texts[0]!.replace('hold', 'ice')].join('\n\n'),
    });
    const moved = await run<ArticleDetail>('articles.get', { id: article.id });
    expect(kinds(moved).map(([k]) => k)).toEqual(['list-item', 'paragraph', 'heading']);
  });
});

describe('highlights.restore with replace', () => {
  it('replaces the highlight of that id with the snapshot, in one change', async () => {
    const article = await run<ArticleDetail>('articles.importText', { text: TEXT });
    const h = await highlight(article, 'background of the dispute');
    const noted = await run<Highlight>('highlights.update', {
      id: h.id,
      note: 'first',
      color: 'green',
    });
    // Re-attach elsewhere, then undo it by restoring the snapshot in place.
    const start = article.text.indexOf('citing earlier failures');
    const moved = await run<Highlight>('highlights.reattach', {
      id: h.id,
      start,
      end: start + 'citing earlier failures'.length,
    });
    await run('highlights.update', { id: h.id, note: 'second' });
    const back = await run<Highlight>('highlights.restore', { highlight: noted, replace: true });
    expect(back).toEqual(noted);
    let now = await run<ArticleDetail>('articles.get', { id: article.id });
    expect(now.highlights).toEqual([noted]);
    // Redo: the re-attached snapshot replaces it again.
    const redo = await run<Highlight>('highlights.restore', { highlight: moved, replace: true });
    expect(redo.quote.exact).toBe('citing earlier failures');
    expect(redo.note).toBe('first');
    now = await run<ArticleDetail>('articles.get', { id: article.id });
    expect(now.highlights.map((x) => [x.id, x.quote.exact])).toEqual([
      [h.id, 'citing earlier failures'],
    ]);
    expect((await summaryOf(article.id)).highlightCount).toBe(1);
  });

  it('re-anchors the snapshot on the current text, or makes it an orphan', async () => {
    const article = await run<ArticleDetail>('articles.importText', { text: TEXT });
    const h = await highlight(article, 'background of the dispute');
    await run('articles.revise', { id: article.id, text: `Preface.\n\n${article.text}` });
    const found = await run<Highlight>('highlights.restore', { highlight: h, replace: true });
    expect(found.position.start).toBe(h.position.start + 'Preface.\n\n'.length);
    await run('articles.revise', { id: article.id, text: article.text.replace(SECOND, '') });
    const orphan = await run<Highlight>('highlights.restore', { highlight: h, replace: true });
    expect(orphan.orphan).toBe(true);
    expect(orphan.quote).toEqual(h.quote);
    expect((await summaryOf(article.id)).orphanCount).toBe(1);
  });

  it('needs the highlight to exist', async () => {
    const article = await run<ArticleDetail>('articles.importText', { text: TEXT });
    const h = await highlight(article, 'Officials said');
    await run('highlights.delete', { id: h.id });
    expect(await failure('highlights.restore', { highlight: h, replace: true })).toBe('NOT_FOUND');
    const again = await run<Highlight>('highlights.restore', { highlight: h });
    expect(again.id).toBe(h.id);
  });
});

describe('highlights.restore and merged tags', () => {
  it('brings a tag that was merged away back as the tag it went into', async () => {
    const article = await run<ArticleDetail>('articles.importText', { text: TEXT });
    const s = await run<{ id: string }>('tags.create', { name: 'Zz source' });
    const m = await run<{ id: string }>('tags.create', { name: 'Zz middle' });
    const t = await run<{ id: string }>('tags.create', { name: 'Zz target' });
    const h = await highlight(article, 'citing earlier failures');
    const tagged = await run<Highlight>('highlights.update', { id: h.id, tagIds: [s.id] });
    await run('highlights.delete', { id: h.id });
    // S goes into M, then M into T: the chain is followed.
    await run('tags.merge', { sourceId: s.id, targetId: m.id });
    await run('tags.merge', { sourceId: m.id, targetId: t.id });
    const back = await run<Highlight>('highlights.restore', { highlight: tagged });
    expect(back.tagIds).toEqual([t.id]);
  });
});

describe('a new version keeps what was removed', () => {
  it('keeps removed blocks in place, shown and restorable, after Edit text', async () => {
    const article = await run<ArticleDetail>('articles.importText', { text: TEXT });
    // The analyst removes the second paragraph, then edits the text of the first.
    await run('articles.setBlockRemoved', { id: article.id, index: 2, removed: true });
    const before = await run<ArticleDetail>('articles.get', { id: article.id });
    const removedBefore = before.sourceBlocks.flatMap((b, i) => (b.removed ? [i] : []));
    expect(removedBefore).toContain(2);
    const revised = before.text.replace('citing earlier failures', 'citing failures');
    await run('articles.revise', { id: article.id, text: revised });

    const after = await run<ArticleDetail>('articles.get', { id: article.id });
    expect(after.text).toBe(revised);
    const removed = after.sourceBlocks.flatMap((b, i) => (b.removed ? [i] : []));
    expect(removed).toEqual(removedBefore);
    expect(after.sourceBlocks[2]!.text).toMatch(/^A second paragraph/);
    expect(after.sourceBlocks[1]!.text).toContain('citing failures');
    // Put back, it returns to its place in the text.
    await run('articles.setBlockRemoved', { id: article.id, index: 2, removed: false });
    const restored = await run<ArticleDetail>('articles.get', { id: article.id });
    expect(restored.text).toContain('citing failures');
    const paragraphs = restored.text.split('\n\n').map((p) => p.slice(0, 12));
    expect(paragraphs.slice(-3)).toEqual(['Officials sa', 'A second par', 'پاکستان نے ک']);
  });
});
