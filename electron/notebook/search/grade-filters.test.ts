// The grading filters of the query language: reliability: (the source: its article and all in
// it), credibility: (a quote) and grade: (a quote's pair), with comparisons and lists, in
// search and in the Quotations view, following a change at once, and refused when malformed.
import { describe, expect, it } from 'vitest';
import type { ArticleDetail, Highlight } from '../../../shared/model';
import type { QuotationPage, SearchResults } from '../../../shared/search';
import { useTempNotebook } from '../temp-notebook.test-support';

const t = useTempNotebook('grade-filters');

async function graded(text: string, reliability: string | null, credibilities: number[]) {
  const a = await t.run<ArticleDetail>('articles.importText', { text, fileName: 'a.txt' });
  if (reliability) await t.run('articles.update', { id: a.id, reliability });
  const words = a.text.split(' ');
  const hs: Highlight[] = [];
  for (const [i, credibility] of credibilities.entries()) {
    const start = a.text.indexOf(words[i]!);
    const h = await t.run<Highlight>('highlights.create', {
      articleId: a.id,
      start,
      end: start + words[i]!.length,
    });
    hs.push(await t.run<Highlight>('highlights.update', { id: h.id, credibility }));
  }
  return { a, hs };
}

const search = (query: string) => t.run<SearchResults>('search.query', { query, limit: 100 });
const quotations = (query: string) =>
  t.run<QuotationPage>('quotations.list', { query, limit: 100 });
const ids = (r: SearchResults, kind: string) =>
  r.hits
    .filter((h) => h.kind === kind)
    .map((h) => (kind === 'article' ? h.articleId : h.highlightId))
    .sort();

describe('grade filters', () => {
  it('pick sources by reliability, quotes by credibility, and quotes by their pair', async () => {
    const b = await graded('Bravo outlet reports talks resumed today', 'B', [2, 4]);
    const d = await graded('Delta outlet reports talks collapsed today', 'D', [2]);
    const none = await graded('Unrated outlet reports talks paused today', null, [1]);

    expect(ids(await search('talks reliability:<=B'), 'article')).toEqual([b.a.id]);
    expect(ids(await search('talks reliability:>=C'), 'article')).toEqual([d.a.id]);
    expect(ids(await search('talks reliability:B,D'), 'article')).toEqual([b.a.id, d.a.id].sort());
    // Everything of a source passes with it: its quotes too.
    expect(ids(await search('reliability:D kind:quote'), 'highlight')).toEqual([d.hs[0]!.id]);

    expect(ids(await search('credibility:2'), 'highlight')).toEqual(
      [b.hs[0]!.id, d.hs[0]!.id].sort(),
    );
    expect(ids(await search('credibility:<=2'), 'highlight')).toEqual(
      [b.hs[0]!.id, d.hs[0]!.id, none.hs[0]!.id].sort(),
    );
    expect(ids(await search('grade:B2'), 'highlight')).toEqual([b.hs[0]!.id]);
    expect(ids(await search('grade:B2 OR grade:d2'), 'highlight')).toEqual(
      [b.hs[0]!.id, d.hs[0]!.id].sort(),
    );
    expect(ids(await search('grade:B2,B4'), 'highlight')).toEqual(
      [b.hs[0]!.id, b.hs[1]!.id].sort(),
    );
    expect(ids(await search('credibility:<=2 -reliability:D'), 'highlight')).toEqual(
      [b.hs[0]!.id, none.hs[0]!.id].sort(),
    );

    const page = await quotations('reliability:<=B credibility:>=3');
    expect(page.rows.map((r) => r.highlight.id)).toEqual([b.hs[1]!.id]);
  });

  it('follow a regrade at once', async () => {
    const { a, hs } = await graded('Charlie outlet reports talks resumed today', 'C', [3]);
    expect((await search('grade:C3')).total).toBeGreaterThan(0);
    await t.run('articles.update', { id: a.id, reliability: 'A' });
    await t.run('highlights.update', { id: hs[0]!.id, credibility: 1 });
    expect((await search('grade:C3')).total).toBe(0);
    expect(ids(await search('grade:A1'), 'highlight')).toEqual([hs[0]!.id]);
    await t.run('articles.update', { id: a.id, reliability: '' });
    expect((await search('reliability:A')).total).toBe(0);
  });

  it('refuse a value off the scale, saying what the scale is', async () => {
    await graded('Echo outlet reports talks resumed today', 'E', [5]);
    await expect(search('reliability:G')).rejects.toThrow(
      /INVALID_INPUT: .*reliability:G is not on the scale A–F/,
    );
    await expect(search('credibility:<=9')).rejects.toThrow(/INVALID_INPUT: .*scale 1–6/);
    await expect(search('grade:2B')).rejects.toThrow(/INVALID_INPUT: .*as in grade:B2/);
  });

  it('sort the Quotations view by grade: the source’s reliability, then the quote’s credibility', async () => {
    const b = await graded('Bravo outlet reports talks resumed today', 'B', [4, 2]);
    const d = await graded('Delta outlet reports talks collapsed today', 'D', [1]);
    const none = await graded('Unrated outlet reports talks paused today', null, [1]);
    const page = await t.run<QuotationPage>('quotations.list', { sort: 'grade', limit: 100 });
    expect(page.rows.map((r) => r.highlight.id)).toEqual([
      b.hs[1]!.id,
      b.hs[0]!.id,
      d.hs[0]!.id,
      none.hs[0]!.id,
    ]);
    expect(page.rows.map((r) => r.reliability ?? null)).toEqual(['B', 'B', 'D', null]);
  });
});
