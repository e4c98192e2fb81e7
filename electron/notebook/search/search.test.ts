// Search through the contract, on real notebooks in temp folders: the query language, hits and
// their offsets, and an index that follows every change at once.
import { describe, expect, it } from 'vitest';
import type { ArticleDetail, Highlight, Note, Tag } from '../../../shared/model';
import type { QuotationPage, SearchResults } from '../../../shared/search';
import { useTempNotebook } from '../temp-notebook.test-support';

const t = useTempNotebook('search');

const TALKS =
  'Pakistani authorities declined an offer from the outlawed Tehreek-e-Taliban Pakistan to resume talks.\n\n' +
  'The interior minister Sirajuddin Haqqani acted as a guarantor of the truce.\n\n' +
  'The army chief said there would be no deal with the militants.';
const TRADE =
  'Trade at the Torkham border crossing resumed after a week.\n\n' +
  'Refugees waited at Chaman while officials in Kabul discussed the café prices.';
const URDU =
  'پاکستان نے کالعدم تحریک طالبان کی پیشکش مسترد کر دی۔\n\nمذاکرات کی بحالی کا امکان نہیں۔';

async function article(text: string, fileName: string): Promise<ArticleDetail> {
  return t.run<ArticleDetail>('articles.importText', { text, fileName });
}

async function search(query: string, extra: object = {}): Promise<SearchResults> {
  return t.run<SearchResults>('search.query', { query, ...extra });
}

async function highlight(a: ArticleDetail, words: string, extra: object = {}): Promise<Highlight> {
  const start = a.text.indexOf(words);
  expect(start).toBeGreaterThanOrEqual(0);
  const h = await t.run<Highlight>('highlights.create', {
    articleId: a.id,
    start,
    end: start + words.length,
  });
  return Object.keys(extra).length
    ? t.run<Highlight>('highlights.update', { id: h.id, ...extra })
    : h;
}

const articleIds = (r: SearchResults) =>
  r.hits.filter((h) => h.kind === 'article').map((h) => h.articleId);

describe('search.query', () => {
  it('finds every word (AND), ranks, and marks the words in the snippet', async () => {
    const talks = await article(TALKS, 'talks.txt');
    await article(TRADE, 'trade.txt');
    const r = await search('guarantor Haqqani');
    expect(articleIds(r)).toEqual([talks.id]);
    const hit = r.hits[0]!;
    expect(hit.snippet).toContain('«Haqqani»');
    expect(hit.snippet).toContain('«guarantor»');
    // start/end are UTF-16 offsets of the first match in the article text.
    expect(talks.text.slice(hit.start!, hit.end!)).toBe('Haqqani');
    expect((await search('guarantor Torkham')).total).toBe(0);
  });

  it('ranks words typed side by side first where they stand side by side, typo or not', async () => {
    const together = await article(
      'The ministry has reported that the border reopened on Monday after talks.',
      'together.txt',
    );
    // The same words, apart, in a shorter text (which BM25 alone would rank first).
    const apart = await article('That border: the ministry reported what it has.', 'apart.txt');
    for (const query of ['has reported that', 'has repoqrted that']) {
      expect(articleIds(await search(query))).toEqual([together.id, apart.id]);
    }
  });

  it('matches exact phrases only where the words stand together', async () => {
    const talks = await article(TALKS, 'talks.txt');
    await article('The deal was no good, said the army.', 'other.txt');
    const r = await search('"no deal with the militants"');
    expect(articleIds(r)).toEqual([talks.id]);
    expect(r.hits[0]!.snippet).toContain('«no deal with the militants»');
    expect((await search('"deal no"')).total).toBe(0);
    // A hyphenated word is a phrase of its parts.
    expect(articleIds(await search('Tehreek-e-Taliban'))).toEqual([talks.id]);
  });

  it('excludes, ORs, takes prefixes and forgives a typo in a long word', async () => {
    const talks = await article(TALKS, 'talks.txt');
    const trade = await article(TRADE, 'trade.txt');
    expect(articleIds(await search('the -Haqqani'))).toEqual([trade.id]);
    expect(new Set(articleIds(await search('Haqqani OR Torkham')))).toEqual(
      new Set([talks.id, trade.id]),
    );
    expect(articleIds(await search('Sirajud*'))).toEqual([talks.id]);
    expect(articleIds(await search('authoritise'))).toEqual([talks.id]);
    // Short words are taken as typed.
    expect((await search('tade')).total).toBe(0);
    // A typo that makes another word of the notebook ("offices" for "officers") finds nothing as
    // typed, so the query is tried again forgiving it.
    const officers = await article('The officers announced a truce.', 'officers.txt');
    await article('The offices were closed.', 'offices.txt');
    expect(articleIds(await search('offices announced'))).toEqual([officers.id]);
  });

  it('folds case and diacritics, and Arabic-script spellings', async () => {
    const trade = await article(TRADE, 'trade.txt');
    const urdu = await article(URDU, 'urdu.txt');
    expect(articleIds(await search('CAFE'))).toEqual([trade.id]);
    expect(articleIds(await search('طالبان'))).toEqual([urdu.id]);
    // Arabic yeh and kaf where the Urdu text has Farsi yeh and keheh.
    expect(articleIds(await search('مذاكرات كي'))).toEqual([urdu.id]);
    const hit = (await search('پیشکش')).hits[0]!;
    expect(urdu.text.slice(hit.start!, hit.end!)).toBe('پیشکش');
  });

  it('finds quotes, their notes, article notes, notebook notes and tag names', async () => {
    const talks = await article(TALKS, 'talks.txt');
    const tag = await t.run<Tag>('tags.create', { name: 'Actors/Mediators' });
    const h = await highlight(talks, 'acted as a guarantor of the truce', {
      note: 'Kabul offers itself as a go-between',
      tagIds: [tag.id],
    });
    await t.run('articles.setNote', { id: talks.id, body: 'Follow the ceasefire timeline' });
    const note = await t.run<Note>('notes.create', {
      title: 'Assessment',
      body: 'There will be no deal before the elections.',
    });

    const quote = (await search('go-between')).hits;
    expect(quote).toMatchObject([{ kind: 'highlight', highlightId: h.id, articleId: talks.id }]);
    expect(talks.text.slice(quote[0]!.start!, quote[0]!.end!)).toBe(h.quote.exact);
    const inQuote = (await search('truce kind:quote')).hits[0]!;
    expect(talks.text.slice(inQuote.start!, inQuote.end!)).toBe('truce');
    expect((await search('timeline')).hits).toMatchObject([
      { kind: 'articleNote', articleId: talks.id },
    ]);
    expect((await search('elections')).hits).toMatchObject([
      { kind: 'notebookNote', noteId: note.id, title: 'Assessment' },
    ]);
    expect((await search('mediators')).hits).toMatchObject([
      { kind: 'highlight', highlightId: h.id },
    ]);
  });

  it('filters by tag (with the tags below it), colour, outlet, date and kind', async () => {
    const talks = await article(TALKS, 'talks.txt');
    const trade = await article(TRADE, 'trade.txt');
    await t.run('articles.update', {
      id: talks.id,
      source: 'The Express Tribune',
      publishedAt: '2024-06-25',
    });
    await t.run('articles.update', { id: trade.id, source: 'Dawn', publishedAt: '2023-11-02' });
    await t.run('settings.update', { colorMeanings: { green: 'Corroborated' } });
    const actors = await t.run<Tag>('tags.create', { name: 'Actors' });
    const ttp = await t.run<Tag>('tags.create', { name: 'Actors/TTP' });
    const places = await t.run<Tag>('tags.create', { name: 'Places' });
    const a = await highlight(talks, 'Tehreek-e-Taliban Pakistan', {
      tagIds: [ttp.id],
      color: 'green',
    });
    const b = await highlight(talks, 'army chief', { tagIds: [actors.id] });
    const c = await highlight(trade, 'Torkham border crossing', {
      tagIds: [places.id],
      color: 'green',
    });
    const quotes = async (q: string) =>
      new Set(
        (await search(q, { limit: 50 })).hits
          .filter((h) => h.kind === 'highlight')
          .map((h) => h.highlightId),
      );

    expect(await quotes('tag:Actors')).toEqual(new Set([a.id, b.id]));
    expect(await quotes('tag:Actors/TTP')).toEqual(new Set([a.id]));
    expect(await quotes('colour:"corroborated"')).toEqual(new Set([a.id, c.id]));
    expect(await quotes('colour:green -tag:Places')).toEqual(new Set([a.id]));
    expect(await quotes('tag:Places OR tag:TTP')).toEqual(new Set([a.id, c.id]));
    expect(await quotes('outlet:"express tribune" kind:quote')).toEqual(new Set([a.id, b.id]));
    expect(await quotes('date:2023 kind:quote')).toEqual(new Set([c.id]));
    expect(await quotes('date:2024-06-01..2024-06-30 NOT tag:TTP kind:quote')).toEqual(
      new Set([b.id]),
    );
    expect(articleIds(await search('outlet:dawn kind:article'))).toEqual([trade.id]);
    expect(articleIds(await search('tag:TTP kind:article'))).toEqual([talks.id]);

    // A recolour, a new outlet and date are seen at once, and by the index loaded at open.
    await t.run('highlights.update', { id: b.id, color: 'green' });
    await t.run('articles.update', { id: trade.id, source: 'Geo News', publishedAt: '2024-06-03' });
    const after = async () => ({
      green: await quotes('colour:green'),
      geo: articleIds(await search('outlet:geo kind:article')),
      dawn: (await search('outlet:dawn')).total,
      june: await quotes('date:2024-06 kind:quote'),
    });
    const expected = {
      green: new Set([a.id, b.id, c.id]),
      geo: [trade.id],
      dawn: 0,
      june: new Set([a.id, b.id, c.id]),
    };
    expect(await after()).toEqual(expected);
    await t.reopen();
    await t.notebook.search.ready();
    expect(t.notebook.search.stats().loadMs).not.toBeNull();
    expect(await after()).toEqual(expected);
  });

  it('answers a malformed query or an unknown tag with INVALID_INPUT naming the problem', async () => {
    await article(TALKS, 'talks.txt');
    await expect(search('"no deal')).rejects.toThrow(/INVALID_INPUT: .*quote/i);
    await expect(search('tag:Nowhere')).rejects.toThrow(/INVALID_INPUT: .*Nowhere/);
    await expect(search('colour:ultraviolet')).rejects.toThrow(/INVALID_INPUT: .*ultraviolet/);
    await expect(search('   ')).rejects.toThrow(/INVALID_INPUT: .*empty/);
  });

  it('pages through the hits with limit and offset', async () => {
    for (let i = 0; i < 7; i++)
      await article(`Report ${i} on the ceasefire in Kurram.`, `r${i}.txt`);
    const all = await search('ceasefire', { limit: 50 });
    expect(all.total).toBe(7);
    const pages = [
      ...(await search('ceasefire', { limit: 3 })).hits,
      ...(await search('ceasefire', { limit: 3, offset: 3 })).hits,
      ...(await search('ceasefire', { limit: 3, offset: 6 })).hits,
    ];
    expect(pages.map((h) => h.articleId)).toEqual(all.hits.map((h) => h.articleId));
  });
});

describe('the index follows every change at once', () => {
  it('edit, revise, delete and undo', async () => {
    const talks = await article(TALKS, 'talks.txt');
    await search('anything'); // the index is built before the changes below
    const h = await highlight(talks, 'resume talks', { note: 'first reading' });
    expect((await search('reading')).total).toBe(1);
    await t.run('highlights.update', { id: h.id, note: 'second thoughts' });
    expect((await search('reading')).total).toBe(0);
    expect((await search('thoughts')).hits[0]).toMatchObject({ highlightId: h.id });

    await t.run('articles.revise', { id: talks.id, text: TALKS.replace('guarantor', 'mediator') });
    expect((await search('guarantor')).total).toBe(0);
    expect(articleIds(await search('mediator'))).toEqual([talks.id]);

    await t.run('highlights.delete', { id: h.id });
    expect((await search('thoughts')).total).toBe(0);
    // Undo puts the highlight back exactly as it was.
    await t.run('highlights.restore', { highlight: { ...h, note: 'second thoughts' } });
    expect((await search('thoughts')).hits[0]).toMatchObject({ highlightId: h.id });

    await t.run('articles.delete', { id: talks.id });
    expect((await search('mediator')).total).toBe(0);
    expect((await search('thoughts')).total).toBe(0);
  });

  it('notebook notes and tag renames', async () => {
    const talks = await article(TALKS, 'talks.txt');
    await search('anything');
    const tag = await t.run<Tag>('tags.create', { name: 'Brokers' });
    const h = await highlight(talks, 'army chief', { tagIds: [tag.id] });
    expect((await search('brokers')).hits[0]).toMatchObject({ highlightId: h.id });
    await t.run('tags.update', { id: tag.id, name: 'Generals' });
    expect((await search('brokers')).total).toBe(0);
    expect((await search('generals')).hits[0]).toMatchObject({ highlightId: h.id });

    const note = await t.run<Note>('notes.create', { title: 'Draft', body: 'alpha' });
    await t.run('notes.update', { id: note.id, body: 'omega' });
    expect((await search('alpha')).total).toBe(0);
    expect((await search('omega')).hits[0]).toMatchObject({ noteId: note.id });
    await t.run('notes.delete', { id: note.id });
    expect((await search('omega')).total).toBe(0);
  });
});

describe('the index on disk', () => {
  it('is saved at close and loaded at open, not built again', async () => {
    await article(TALKS, 'talks.txt');
    const before = await search('guarantor');
    await t.reopen();
    await t.notebook.search.ready();
    expect(t.notebook.search.stats().loadMs).not.toBeNull();
    expect(t.notebook.search.stats().buildMs).toBeNull();
    expect((await search('guarantor')).hits).toEqual(before.hits);
  });

  it('is built again when it no longer matches the data, or is damaged', async () => {
    const talks = await article(TALKS, 'talks.txt');
    await search('guarantor');
    await t.reopen();
    // A change the saved index does not hold, then no clean close (a crash).
    await t.run('articles.setNote', { id: talks.id, body: 'written before the crash' });
    const { readdir, writeFile } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const files = await readdir(join(t.dataDir, 'search'));
    expect(files).not.toContain('manifest.json');
    await t.reopen();
    expect((await search('crash')).hits).toMatchObject([
      { kind: 'articleNote', articleId: talks.id },
    ]);
    expect(t.notebook.search.stats().buildMs).not.toBeNull();

    // Damaged bytes are not trusted either.
    await t.reopen();
    for (const name of await readdir(join(t.dataDir, 'search'))) {
      if (name.startsWith('entries-')) await writeFile(join(t.dataDir, 'search', name), '{"trunc');
    }
    await t.reopen();
    expect((await search('crash')).total).toBe(1);
    expect(t.notebook.search.stats().buildMs).not.toBeNull();
  });
});

describe('search.matches', () => {
  it('gives every match of the words and phrases in the article text, in order', async () => {
    const talks = await article(TALKS, 'talks.txt');
    const { matches } = await t.run<{ matches: Array<{ start: number; end: number }> }>(
      'search.matches',
      {
        articleId: talks.id,
        query: 'pakistan "the truce" -army',
      },
    );
    // "pakistan" is a word of the notebook, so it is taken as typed: "Pakistani" is not marked.
    expect(matches.map((m) => talks.text.slice(m.start, m.end))).toEqual(['Pakistan', 'the truce']);
    const typo = await t.run<{ matches: Array<{ start: number; end: number }> }>('search.matches', {
      articleId: talks.id,
      query: 'Sirajudin',
    });
    expect(typo.matches.map((m) => talks.text.slice(m.start, m.end))).toEqual(['Sirajuddin']);
  });
});

describe('quotations.list', () => {
  it('lists every highlight with its article, filtered, sorted and paged', async () => {
    const talks = await article(TALKS, 'talks.txt');
    const trade = await article(TRADE, 'trade.txt');
    await t.run('articles.update', {
      id: talks.id,
      source: 'The Express Tribune',
      publishedAt: '2024-06-25',
    });
    const tag = await t.run<Tag>('tags.create', { name: 'Places' });
    const a = await highlight(talks, 'resume talks');
    const b = await highlight(talks, 'no deal with the militants', { color: 'pink' });
    const c = await highlight(trade, 'Torkham border crossing', { tagIds: [tag.id] });
    const list = (input: object) => t.run<QuotationPage>('quotations.list', input);

    const all = await list({});
    expect(all.total).toBe(3);
    expect(all.rows.map((r) => r.highlight.id).sort()).toEqual([a.id, b.id, c.id].sort());
    const row = all.rows.find((r) => r.highlight.id === b.id)!;
    expect(row).toMatchObject({
      articleTitle: talks.title,
      outlet: 'The Express Tribune',
      date: '2024-06-25',
    });
    expect(row.paragraph).toEqual({ first: 3, last: 3 });

    expect((await list({ query: 'tag:Places' })).rows.map((r) => r.highlight.id)).toEqual([c.id]);
    // Colours sort in the palette's order: yellow before pink.
    expect(
      (await list({ query: 'colour:pink OR tag:Places', sort: 'colour' })).rows.map(
        (r) => r.highlight.id,
      ),
    ).toEqual([c.id, b.id]);
    const byQuote = await list({ sort: 'quote', descending: true, limit: 2 });
    expect(byQuote.total).toBe(3);
    expect(byQuote.rows.map((r) => r.highlight.quote.exact)).toEqual([
      'Torkham border crossing',
      'resume talks',
    ]);
    expect(
      (await list({ sort: 'quote', descending: true, limit: 2, offset: 2 })).rows.map(
        (r) => r.highlight.id,
      ),
    ).toEqual([b.id]);
  });
});
