// The codebook's counts through dispatch: a tag counts the highlights carrying it or a tag below
// it, each once, in `tags.list` and `tags.impact` alike, and in a notebook saved before the
// summaries kept their sets of tags.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleDetail, Highlight, Tag, TagSummary } from '../../shared/model';
import { useTempNotebook } from './temp-notebook.test-support';

const TEXT = [
  'Talks on hold in Kabul',
  'The TTP said it was ready to talk.',
  'Officials in Islamabad declined the offer this week.',
  'The Afghan Taliban urged both sides to return to the table.',
  'Attacks rose in the south before the next round.',
].join('\n\n');

const temp = useTempNotebook('tag-counts');
const { run } = temp;

async function setUp() {
  const article = await run<ArticleDetail>('articles.importText', { text: TEXT });
  const highlight = (words: string) => {
    const start = article.text.indexOf(words);
    return run<Highlight>('highlights.create', {
      articleId: article.id,
      start,
      end: start + words.length,
    });
  };
  const tagged = async (words: string, tags: Tag[]) => {
    const h = await highlight(words);
    await run('highlights.update', { id: h.id, tagIds: tags.map((t) => t.id) });
    return h;
  };
  const actors = await run<Tag>('tags.create', { name: 'Actors' });
  const ttp = await run<Tag>('tags.create', { name: 'Actors/TTP' });
  return { article, actors, ttp, highlight, tagged };
}

const counts = async () =>
  Object.fromEntries((await run<TagSummary[]>('tags.list', {})).map((t) => [t.name, t.count]));

describe('codebook counts', () => {
  it('counts a highlight once for a tag however many tags of its family it carries', async () => {
    const { actors, ttp, tagged } = await setUp();
    await tagged('The TTP said', [actors]);
    await tagged('Officials in Islamabad', [ttp]);
    // Both the parent and the child: one highlight, counted once for Actors.
    await tagged('The Afghan Taliban', [actors, ttp]);
    expect(await counts()).toEqual({ Actors: 3, 'Actors/TTP': 2 });

    // Another with the child only: both go up by one.
    await tagged('Attacks rose', [ttp]);
    expect(await counts()).toEqual({ Actors: 4, 'Actors/TTP': 3 });
    // What a delete would touch says the same number the codebook shows.
    expect(await run('tags.impact', { id: actors.id })).toMatchObject({
      highlights: 4,
      articles: 1,
      ownHighlights: 2,
      ownArticles: 1,
    });
  });

  it('counts a highlight with two tags below a tag once, across articles and levels', async () => {
    const { actors, ttp, tagged } = await setUp();
    const leaders = await run<Tag>('tags.create', { name: 'Actors/TTP/Leaders' });
    const taliban = await run<Tag>('tags.create', { name: 'Actors/Afghan Taliban' });
    await tagged('The TTP said', [leaders, taliban, ttp]);
    await tagged('Officials in Islamabad', [actors]);
    const other = await run<ArticleDetail>('articles.importText', {
      text: `${TEXT}\n\nAnother paragraph so the bytes differ.`,
    });
    const start = other.text.indexOf('The TTP said');
    const there = await run<Highlight>('highlights.create', {
      articleId: other.id,
      start,
      end: start + 'The TTP said'.length,
    });
    await run('highlights.update', { id: there.id, tagIds: [leaders.id] });
    expect(await counts()).toEqual({
      Actors: 3,
      'Actors/Afghan Taliban': 1,
      'Actors/TTP': 2,
      'Actors/TTP/Leaders': 2,
    });
    expect(await run('tags.impact', { id: ttp.id })).toMatchObject({
      highlights: 2,
      articles: 2,
      ownHighlights: 1,
      ownArticles: 1,
    });

    // Taking the tags off a highlight brings the counts down with it.
    await run('highlights.update', { id: there.id, tagIds: [] });
    expect(await counts()).toMatchObject({ Actors: 2, 'Actors/TTP/Leaders': 1 });
  });

  it('keeps the counts when a tag moves, and after the notebook is opened again', async () => {
    const { actors, ttp, tagged } = await setUp();
    await tagged('The TTP said', [actors]);
    await tagged('Officials in Islamabad', [ttp]);
    await tagged('The Afghan Taliban', [actors, ttp]);
    await run('tags.update', { id: ttp.id, name: 'Groups/TTP' });
    expect(await counts()).toEqual({ Actors: 2, 'Groups/TTP': 2 });
    await run('tags.update', { id: ttp.id, name: 'Actors/TTP' });
    await temp.reopen();
    expect(await counts()).toEqual({ Actors: 3, 'Actors/TTP': 2 });
  });

  it('fills in the sets of tags of a library saved before it kept them', async () => {
    const { article, actors, ttp, tagged } = await setUp();
    await tagged('The TTP said', [actors]);
    await tagged('The Afghan Taliban', [actors, ttp]);
    await temp.notebook.close();
    // library.json as an older Dossier wrote it: counts per tag, no sets.
    const path = join(temp.dataDir, 'library.json');
    const library = JSON.parse(await readFile(path, 'utf8')) as {
      articles: Array<{ tagSets?: unknown; tagCounts?: unknown }>;
    };
    expect(library.articles[0]!.tagSets).toBeDefined();
    for (const summary of library.articles) delete summary.tagSets;
    await writeFile(path, JSON.stringify(library));

    await temp.reopen();
    expect(await counts()).toEqual({ Actors: 2, 'Actors/TTP': 1 });
    expect(temp.notebook.library.summary(article.id)!.tagSets).toHaveLength(2);
    // The filled-in sets were saved: the next open needs no article file to count.
    await temp.reopen();
    expect(temp.notebook.library.summary(article.id)!.tagSets).toHaveLength(2);
  });
});
