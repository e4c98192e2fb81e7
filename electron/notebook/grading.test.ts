// Source reliability (A–F) on articles and information credibility (1–6) on highlights:
// set, cleared, refused when out of the scale, kept across a restart, listed and fetched.
import { describe, expect, it } from 'vitest';
import { gradeInWords, gradeOf } from '../../shared/grading';
import type { ArticleDetail, ArticleSummary, Highlight } from '../../shared/model';
import { useTempNotebook } from './temp-notebook.test-support';

const t = useTempNotebook('grading');

async function articleWithQuote() {
  const article = await t.run<ArticleDetail>('articles.importText', {
    text: 'The interior minister said the state would not negotiate.',
    fileName: 'talks.txt',
  });
  const h = await t.run<Highlight>('highlights.create', {
    articleId: article.id,
    start: 4,
    end: 21,
  });
  return { article, h };
}

describe('grading through the contract', () => {
  it('sets, lists, fetches and clears a source reliability with its reason', async () => {
    const { article } = await articleWithQuote();
    const summary = await t.run<ArticleSummary>('articles.update', {
      id: article.id,
      reliability: 'B',
      reliabilityReason: 'Established outlet, named reporter',
    });
    expect(summary.reliability).toBe('B');
    const listed = await t.run<ArticleSummary[]>('articles.list', {});
    expect(listed.find((a) => a.id === article.id)?.reliability).toBe('B');
    await t.reopen();
    const got = await t.run<ArticleDetail>('articles.get', { id: article.id });
    expect(got.reliability).toBe('B');
    expect(got.reliabilityReason).toBe('Established outlet, named reporter');
    // Clearing the grade clears its reason too.
    const cleared = await t.run<ArticleSummary>('articles.update', {
      id: article.id,
      reliability: '',
    });
    expect(cleared.reliability).toBeUndefined();
    expect(cleared.reliabilityReason).toBeUndefined();
  });

  it('sets and clears a highlight credibility, shown in articles.get', async () => {
    const { article, h } = await articleWithQuote();
    const graded = await t.run<Highlight>('highlights.update', { id: h.id, credibility: 2 });
    expect(graded.credibility).toBe(2);
    const got = await t.run<ArticleDetail>('articles.get', { id: article.id });
    expect(got.highlights[0]!.credibility).toBe(2);
    // Other fields leave it alone; null clears it.
    expect((await t.run<Highlight>('highlights.update', { id: h.id, note: 'n' })).credibility).toBe(
      2,
    );
    const cleared = await t.run<Highlight>('highlights.update', { id: h.id, credibility: null });
    expect(cleared.credibility).toBeUndefined();
  });

  it('refuses grades outside the scale, naming the field, and changes nothing', async () => {
    const { article, h } = await articleWithQuote();
    await t.run('articles.update', { id: article.id, reliability: 'C' });
    await expect(t.run('articles.update', { id: article.id, reliability: 'G' })).rejects.toThrow(
      /INVALID_INPUT: .*reliability/,
    );
    await expect(t.run('highlights.update', { id: h.id, credibility: 7 })).rejects.toThrow(
      /INVALID_INPUT: .*credibility/,
    );
    await expect(t.run('highlights.update', { id: h.id, credibility: 2.5 })).rejects.toThrow(
      /INVALID_INPUT: .*credibility/,
    );
    const got = await t.run<ArticleDetail>('articles.get', { id: article.id });
    expect(got.reliability).toBe('C');
    expect(got.highlights[0]!.credibility).toBeUndefined();
  });
});

describe('the grade of a quote', () => {
  it('pairs the letter and the number, with a dash for the part not graded', () => {
    expect(gradeOf('B', 2)).toBe('B2');
    expect(gradeOf('B', undefined)).toBe('B–');
    expect(gradeOf(undefined, 3)).toBe('–3');
    expect(gradeOf(undefined, undefined)).toBeNull();
    expect(gradeInWords('A', 1)).toBe('A1: completely reliable source; confirmed by other sources');
    expect(gradeInWords(undefined, 6)).toBe('–6: source not graded; truth cannot be judged');
  });
});
