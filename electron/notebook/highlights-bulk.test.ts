// highlights.bulkUpdate through dispatch: recolour, tag and untag across articles, one write per
// article; unknown highlights or tags change nothing; a failed write keeps what was done before.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { ArticleDetail, Highlight, Tag, TagSummary } from '../../shared/model';
import { dispatch } from './dispatch';
import { Journal, type JournalRecord } from './store/journal';
import { useTempNotebook } from './temp-notebook.test-support';

const TALKS = [
  'Talks on hold',
  'The TTP said it was ready to talk, but officials in Islamabad declined the offer.',
  'The Afghan Taliban urged both sides to return to the table.',
].join('\n\n');
const TRADE = ['Border reopens', 'Traders at Torkham welcomed the decision on Monday.'].join(
  '\n\n',
);

const temp = useTempNotebook('bulk');
const { run } = temp;

async function setUp() {
  const talks = await run<ArticleDetail>('articles.importText', { text: TALKS });
  const trade = await run<ArticleDetail>('articles.importText', { text: TRADE });
  const mark = (article: ArticleDetail, words: string) => {
    const start = article.text.indexOf(words);
    return run<Highlight>('highlights.create', {
      articleId: article.id,
      start,
      end: start + words.length,
    });
  };
  const ttp = await mark(talks, 'The TTP said');
  const taliban = await mark(talks, 'The Afghan Taliban');
  const traders = await mark(trade, 'Traders at Torkham');
  const actors = await run<Tag>('tags.create', { name: 'Actors' });
  const places = await run<Tag>('tags.create', { name: 'Places' });
  await run('highlights.update', { id: ttp.id, tagIds: [actors.id] });
  return { talks, trade, ttp, taliban, traders, actors, places };
}

const highlightsOf = async (id: string) =>
  (await run<ArticleDetail>('articles.get', { id })).highlights;
const counts = async () =>
  Object.fromEntries((await run<TagSummary[]>('tags.list', {})).map((t) => [t.name, t.count]));
const fileOf = (id: string) => readFile(join(temp.dataDir, 'articles', `${id}.json`), 'utf8');

describe('highlights.bulkUpdate', () => {
  it('recolours and tags highlights across articles, counting only those it changed', async () => {
    const { talks, trade, ttp, taliban, traders, actors, places } = await setUp();
    const asked = new Date().toISOString();
    const result = await run('highlights.bulkUpdate', {
      ids: [ttp.id, taliban.id, traders.id],
      color: 'pink',
      addTagIds: [places.id, places.id],
    });
    expect(result).toEqual({ updated: 3 });
    const [a, b] = await highlightsOf(talks.id);
    const [c] = await highlightsOf(trade.id);
    expect(a).toMatchObject({ id: ttp.id, color: 'pink', tagIds: [actors.id, places.id] });
    expect(b).toMatchObject({ id: taliban.id, color: 'pink', tagIds: [places.id] });
    expect(c).toMatchObject({ id: traders.id, color: 'pink', tagIds: [places.id] });
    expect(a!.updatedAt >= asked && c!.updatedAt >= asked).toBe(true);
    expect(await counts()).toEqual({ Actors: 1, Places: 3 });

    // Asking again changes nothing: no highlight counts as updated, no file is written.
    const before = await fileOf(talks.id);
    expect(
      await run('highlights.bulkUpdate', { ids: [ttp.id, taliban.id], addTagIds: [places.id] }),
    ).toEqual({ updated: 0 });
    expect(await fileOf(talks.id)).toBe(before);
  });

  it('takes tags off, and the change survives a restart', async () => {
    const { talks, ttp, taliban, actors, places } = await setUp();
    await run('highlights.bulkUpdate', { ids: [ttp.id, taliban.id], addTagIds: [places.id] });
    expect(
      await run('highlights.bulkUpdate', {
        ids: [ttp.id, taliban.id],
        removeTagIds: [actors.id, places.id],
      }),
    ).toEqual({ updated: 2 });
    await temp.reopen();
    const [a, b] = await highlightsOf(talks.id);
    expect(a!.tagIds).toEqual([]);
    expect(b!.tagIds).toEqual([]);
    expect(a!.color).toBe('yellow');
    expect(await counts()).toEqual({ Actors: 0, Places: 0 });
  });

  it('grades many quotes at once, leaves those already so, clears with null, and filters follow', async () => {
    const { talks, trade, ttp, taliban, traders } = await setUp();
    await run('highlights.update', { id: taliban.id, credibility: 2 });
    const all = [ttp.id, taliban.id, traders.id];
    expect(await run('highlights.bulkUpdate', { ids: all, credibility: 2 })).toEqual({
      updated: 2,
    });
    const graded = async () =>
      (
        await run<{ rows: { highlight: Highlight }[] }>('quotations.list', {
          query: 'credibility:2',
        })
      ).rows
        .map((r) => r.highlight.id)
        .sort();
    expect(await graded()).toEqual([...all].sort());
    await temp.reopen();
    expect((await highlightsOf(trade.id))[0]!.credibility).toBe(2);
    expect(
      await run('highlights.bulkUpdate', { ids: [ttp.id, traders.id], credibility: null }),
    ).toEqual({
      updated: 2,
    });
    const [a, b] = await highlightsOf(talks.id);
    expect(a!.credibility).toBeUndefined();
    expect(b!.credibility).toBe(2);
    expect(await graded()).toEqual([taliban.id]);
  });

  it('refuses an unknown highlight by name before anything is changed', async () => {
    const { talks, trade, ttp, traders, places } = await setUp();
    const files = [await fileOf(talks.id), await fileOf(trade.id)];
    const journal = await readFile(join(temp.dataDir, 'library.journal'), 'utf8');
    const result = await dispatch(temp.notebook, 'highlights.bulkUpdate', {
      ids: [ttp.id, 'no-such-highlight', traders.id],
      addTagIds: [places.id],
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(!result.ok && result.error.message).toContain('no-such-highlight');
    expect([await fileOf(talks.id), await fileOf(trade.id)]).toEqual(files);
    expect(await readFile(join(temp.dataDir, 'library.journal'), 'utf8')).toBe(journal);
    expect(await counts()).toEqual({ Actors: 1, Places: 0 });
  });

  it('refuses an unknown tag, an empty change and a tag both added and removed', async () => {
    const { talks, ttp, places } = await setUp();
    const before = await fileOf(talks.id);
    const unknownTag = await dispatch(temp.notebook, 'highlights.bulkUpdate', {
      ids: [ttp.id],
      addTagIds: ['no-such-tag'],
    });
    expect(unknownTag).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(!unknownTag.ok && unknownTag.error.message).toContain('no-such-tag');
    const empty = await dispatch(temp.notebook, 'highlights.bulkUpdate', { ids: [ttp.id] });
    expect(empty).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(!empty.ok && empty.error.message).toMatch(/Nothing to change/);
    const both = await dispatch(temp.notebook, 'highlights.bulkUpdate', {
      ids: [ttp.id],
      addTagIds: [places.id],
      removeTagIds: [places.id],
    });
    expect(both).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const none = await dispatch(temp.notebook, 'highlights.bulkUpdate', { ids: [], color: 'blue' });
    expect(none).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await fileOf(talks.id)).toBe(before);
  });

  it('keeps the articles already changed when a later one fails, and says how many', async () => {
    const { talks, trade, ttp, taliban, traders } = await setUp();
    const tradeBefore = await fileOf(trade.id);
    // The second article's acknowledging journal line cannot be written.
    const append = Journal.prototype.append;
    let calls = 0;
    const spy = vi.spyOn(Journal.prototype, 'append').mockImplementation(function (
      this: Journal,
      records: JournalRecord[],
    ) {
      if (++calls === 2) return Promise.reject(new Error('no space left on the device'));
      return append.call(this, records);
    });
    const result = await dispatch(temp.notebook, 'highlights.bulkUpdate', {
      ids: [ttp.id, taliban.id, traders.id],
      color: 'green',
    });
    spy.mockRestore();
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    const message = !result.ok ? result.error.message : '';
    expect(message).toContain('2 highlights in 1 of 2 articles were changed');
    expect(message).toContain(`“${trade.title}” could not be changed`);
    expect(message).toContain('no space left on the device');
    expect((await highlightsOf(talks.id)).map((h) => h.color)).toEqual(['green', 'green']);
    expect((await highlightsOf(trade.id)).map((h) => h.color)).toEqual(['yellow']);
    expect(await fileOf(trade.id)).toBe(tradeBefore);
    await temp.reopen();
    expect((await highlightsOf(talks.id)).map((h) => h.color)).toEqual(['green', 'green']);
  });
});
