// The codebook through dispatch: tags on highlights, counts, filters, rename/move, merge and
// delete with their impact told first; plus notebook notes and colour meanings.
import { describe, expect, it } from 'vitest';
import type {
  ArticleDetail,
  ArticleSummary,
  Highlight,
  Note,
  Tag,
  TagSummary,
} from '../../shared/model';
import { dispatch } from './dispatch';
import { useTempNotebook } from './temp-notebook.test-support';

const TEXT = [
  'Talks on hold in Kabul',
  'The TTP said it was ready to talk, but officials in Islamabad declined the offer this week.',
  'The Afghan Taliban urged both sides to return to the table before the next round of attacks.',
].join('\n\n');

const temp = useTempNotebook('tags');
const { run } = temp;

async function setUp() {
  const article = await run<ArticleDetail>('articles.importText', { text: TEXT });
  const at = (words: string) => {
    const start = article.text.indexOf(words);
    return { articleId: article.id, start, end: start + words.length };
  };
  const ttp = await run<Highlight>('highlights.create', at('The TTP said'));
  const taliban = await run<Highlight>('highlights.create', at('The Afghan Taliban'));
  const actors = await run<Tag>('tags.create', { name: 'Actors' });
  const ttpTag = await run<Tag>('tags.create', { name: 'Actors / TTP' });
  const talibanTag = await run<Tag>('tags.create', { name: 'Actors/Afghan Taliban' });
  await run('highlights.update', { id: ttp.id, tagIds: [ttpTag.id, actors.id] });
  await run('highlights.update', { id: taliban.id, tagIds: [talibanTag.id] });
  return { article, ttp, taliban, actors, ttpTag, talibanTag };
}

const counts = async () =>
  Object.fromEntries((await run<TagSummary[]>('tags.list', {})).map((t) => [t.name, t.count]));

describe('tags', () => {
  it('counts tagged highlights and filters the library by a tag and the tags below it', async () => {
    const { article, actors, ttpTag } = await setUp();
    expect(ttpTag.name).toBe('Actors/TTP');
    // Actors counts both highlights: its own and the one tagged only Actors/Afghan Taliban.
    expect(await counts()).toEqual({ Actors: 2, 'Actors/Afghan Taliban': 1, 'Actors/TTP': 1 });
    const other = await run<ArticleDetail>('articles.importText', {
      text: `${TEXT}\n\nAnother paragraph so the bytes differ.`,
    });
    const all = await run<ArticleSummary[]>('articles.list', {});
    expect(all.map((a) => a.id)).toEqual([article.id, other.id]);
    expect(
      (await run<ArticleSummary[]>('articles.list', { tagId: ttpTag.id })).map((a) => a.id),
    ).toEqual([article.id]);
    expect(
      (await run<ArticleSummary[]>('articles.list', { tagId: actors.id })).map((a) => a.id),
    ).toEqual([article.id]);
  });

  it('refuses a duplicate name and an unknown tag on a highlight', async () => {
    const { ttp } = await setUp();
    expect(await dispatch(temp.notebook, 'tags.create', { name: 'actors/ttp' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(
      await dispatch(temp.notebook, 'highlights.update', { id: ttp.id, tagIds: ['nope'] }),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('refuses a rename that would give two tags one name, and spells new paths as existing ones', async () => {
    const { actors } = await setUp();
    await run('tags.create', { name: 'People/TTP' });
    const clash = await dispatch(temp.notebook, 'tags.update', { id: actors.id, name: 'people' });
    expect(clash).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(!clash.ok && clash.error.message).toContain('“People/TTP”');
    const lower = await run<Tag>('tags.create', { name: 'actors/Haqqani network' });
    expect(lower.name).toBe('Actors/Haqqani network');
  });

  it('merges a tag with the tags below it into another, and never into its own child', async () => {
    const { ttpTag, talibanTag } = await setUp();
    const leaders = await run<Tag>('tags.create', { name: 'Actors/TTP/Leaders' });
    expect(
      await dispatch(temp.notebook, 'tags.merge', { sourceId: ttpTag.id, targetId: leaders.id }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    await run('tags.merge', { sourceId: ttpTag.id, targetId: talibanTag.id });
    expect(Object.keys(await counts()).sort()).toEqual([
      'Actors',
      'Actors/Afghan Taliban',
      'Actors/Afghan Taliban/Leaders',
    ]);
    expect(temp.notebook.library.tagMerges).toEqual({ [ttpTag.id]: talibanTag.id });
  });

  it('renames and moves a tag with the tags below it', async () => {
    const { actors } = await setUp();
    await run('tags.update', { id: actors.id, name: 'Groups' });
    expect(Object.keys(await counts()).sort()).toEqual([
      'Groups',
      'Groups/Afghan Taliban',
      'Groups/TTP',
    ]);
    expect(
      await dispatch(temp.notebook, 'tags.update', { id: actors.id, name: 'Groups/TTP/Inner' }),
    ).toMatchObject({ ok: false });
  });

  it('tells what a merge and a delete affect, then does them on every highlight', async () => {
    const { article, ttp, taliban, actors, ttpTag, talibanTag } = await setUp();
    // One highlight carries both Actors and Actors/TTP: counted once.
    expect(await run('tags.impact', { id: actors.id })).toEqual({
      highlights: 2,
      articles: 1,
      descendants: ['Actors/TTP', 'Actors/Afghan Taliban'],
      ownHighlights: 1,
      ownArticles: 1,
    });
    const merged = await run<{ affectedHighlights: number }>('tags.merge', {
      sourceId: talibanTag.id,
      targetId: ttpTag.id,
    });
    expect(merged.affectedHighlights).toBe(1);
    const detail = await run<ArticleDetail>('articles.get', { id: article.id });
    expect(detail.highlights.find((h) => h.id === taliban.id)!.tagIds).toEqual([ttpTag.id]);
    expect(await counts()).toEqual({ Actors: 2, 'Actors/TTP': 2 });

    const deleted = await run<{ affectedHighlights: number }>('tags.delete', { id: actors.id });
    expect(deleted.affectedHighlights).toBe(2);
    expect(await counts()).toEqual({});
    const after = await run<ArticleDetail>('articles.get', { id: article.id });
    expect(after.highlights.find((h) => h.id === ttp.id)!.tagIds).toEqual([]);
  });
});

describe('temp.notebook notes and settings', () => {
  it('creates, edits, lists and deletes notes that quote highlights by reference', async () => {
    const { ttp, article } = await setUp();
    const note = await run<Note>('notes.create', { title: 'Assessment' });
    await run('notes.update', { id: note.id, body: `Islamabad says no: [[highlight:${ttp.id}]]` });
    const [listed] = await run<Note[]>('notes.list', {});
    expect(listed).toMatchObject({
      title: 'Assessment',
      body: `Islamabad says no: [[highlight:${ttp.id}]]`,
    });
    const quoted = await run<Array<{ highlight: Highlight; articleTitle: string }>>(
      'highlights.get',
      { ids: [ttp.id, 'gone'] },
    );
    expect(quoted).toHaveLength(1);
    expect(quoted[0]).toMatchObject({
      articleTitle: article.title,
      highlight: { quote: { exact: 'The TTP said' } },
    });
    await run('notes.delete', { id: note.id });
    expect(await run('notes.list', {})).toEqual([]);
  });

  it('keeps colour meanings, with defaults for those not changed', async () => {
    const settings = await run<{ colorMeanings: Record<string, string> }>('settings.update', {
      colorMeanings: { yellow: 'Claim to check' },
    });
    expect(settings.colorMeanings).toMatchObject({
      yellow: 'Claim to check',
      green: 'Evidence',
      orange: 'Doubt',
    });
    await temp.reopen();
    expect(
      (await run<{ colorMeanings: Record<string, string> }>('settings.get', {})).colorMeanings
        .yellow,
    ).toBe('Claim to check');
  });

  it('exports each quote with its colour meaning and tags', async () => {
    const { article } = await setUp();
    const out = await run<{ data: string }>('export.render', {
      format: 'markdown',
      articleIds: [article.id],
    });
    expect(out.data).toContain('> The TTP said\n\n— ¶1 · yellow (Key claim) · #Actors/TTP #Actors');
    expect(out.data).toContain('— ¶2 · yellow (Key claim) · #Actors/Afghan_Taliban');
  });
});
