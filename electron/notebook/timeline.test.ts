// timeline.list through dispatch: the seed article's own dates resolved against its date, the
// sentence named by its offsets, a new date or text worked out afresh, other languages left out.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleDetail, Highlight, Tag } from '../../shared/model';
import type { TimelineEvent } from '../../shared/timeline';
import { useTempNotebook } from './temp-notebook.test-support';

const t = useTempNotebook('timeline');
const SEED = join(__dirname, '../../seeds/000_dade10a0ca7a5765.txt');

describe('timeline.list', () => {
  it('dates the seed article against its own date, each event with its sentence', async () => {
    const seed = await t.run<ArticleDetail>('articles.importText', {
      text: await readFile(SEED, 'utf8'),
    });
    expect(seed.publishedAt).toBe('2024-06-25');
    const events = await t.run<TimelineEvent[]>('timeline.list', {});
    const truce = events.find((e) => e.text.includes('unilaterally terminated the truce'));
    expect(truce).toMatchObject({ date: '2023-11', precision: 'month', articleId: seed.id });
    expect(seed.text.slice(truce!.start, truce!.end)).toBe(truce!.text);
    expect(truce!.text).toMatch(/^However, the TTP unilaterally terminated the truce/);
    // Oldest first.
    expect(events.map((e) => e.date)).toEqual(events.map((e) => e.date).sort());
    // Kept for the next session: the same events, read from the analysis folder.
    await t.reopen();
    const kept = JSON.parse(
      await readFile(join(t.dataDir, 'analysis', 'timeline', `${seed.id}.json`), 'utf8'),
    ) as { value: TimelineEvent[] };
    expect(kept.value.map((e) => e.date).sort()).toEqual(events.map((e) => e.date).sort());
    expect(await t.run<TimelineEvent[]>('timeline.list', {})).toEqual(events);
  });

  it('works the dates out again when the article date or text changes', async () => {
    const a = await t.run<ArticleDetail>('articles.importText', {
      text: 'Talks on hold\n\nThe offer was refused last year.',
    });
    await t.run('articles.update', { id: a.id, publishedAt: '2020-05-01' });
    const dates = async () =>
      (await t.run<TimelineEvent[]>('timeline.list', { articleIds: [a.id] })).map((e) => e.date);
    expect(await dates()).toEqual(['2019']);
    await t.run('articles.update', { id: a.id, publishedAt: '2022-05-01' });
    expect(await dates()).toEqual(['2021']);
    await t.run('articles.revise', {
      id: a.id,
      text: 'Talks on hold\n\nThe offer was refused in March last year.',
    });
    expect(await dates()).toEqual(['2021-03']);
  });

  it('leaves out articles in other languages and refuses an unknown article', async () => {
    const a = await t.run<ArticleDetail>('articles.importText', {
      text: 'Un titre\n\nLa trêve a pris fin en novembre 2023, in 2023.',
    });
    await t.run('articles.update', { id: a.id, lang: 'fr' });
    expect(await t.run('timeline.list', { articleIds: [a.id] })).toEqual([]);
    await expect(t.run('timeline.list', { articleIds: ['nope'] })).rejects.toThrow(/nope|found/i);
  });

  it('marks each event with its tags and entities, and sources that date it differently', async () => {
    const a = await t.run<ArticleDetail>('articles.importText', {
      text: 'Truce ends\n\nThe Tehreek-e-Taliban Pakistan (TTP) unilaterally terminated the truce with the government in November 2023, officials said.',
    });
    const b = await t.run<ArticleDetail>('articles.importText', {
      text: 'A year of violence\n\nThe TTP terminated its truce with the government in November 2022, officials said in Peshawar.',
    });
    const tag = await t.run<Tag>('tags.create', { name: 'Ceasefire' });
    const words = 'unilaterally terminated the truce';
    const at = a.text.indexOf(words);
    const h = await t.run<Highlight>('highlights.create', {
      articleId: a.id,
      start: at,
      end: at + words.length,
    });
    await t.run('highlights.update', { id: h.id, tagIds: [tag.id] });
    const events = await t.run<TimelineEvent[]>('timeline.list', {});
    const first = events.find((e) => e.articleId === a.id && e.date === '2023-11')!;
    const second = events.find((e) => e.articleId === b.id && e.date === '2022-11')!;
    expect(first.tagIds).toEqual([tag.id]);
    expect(second.tagIds).toBeUndefined();
    expect(first.entities).toContain('Tehreek-e-Taliban Pakistan');
    expect(second.entities).toEqual(
      expect.arrayContaining(['Tehreek-e-Taliban Pakistan', 'Peshawar']),
    );
    expect(first.disagrees).toEqual([{ articleId: b.id, date: '2022-11', start: second.start }]);
    expect(second.disagrees).toEqual([{ articleId: a.id, date: '2023-11', start: first.start }]);
    // Once the other source dates it the same, the dispute is gone.
    await t.run('articles.revise', {
      id: b.id,
      text: 'A year of violence\n\nThe TTP terminated its truce with the government in November 2023, officials said in Peshawar.',
    });
    const again = await t.run<TimelineEvent[]>('timeline.list', {});
    expect(again.filter((e) => e.disagrees)).toEqual([]);
  });
});
