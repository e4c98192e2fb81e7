import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../../shared/model';
import { filterArticles, foldArticles, foldForFilter } from './use-article-filter';

const article = (id: string, title: string, source?: string): ArticleSummary =>
  ({
    id,
    title,
    source,
    kind: 'text',
    capturedAt: '2024-06-25T10:00:00.000Z',
    highlightCount: 0,
  }) as ArticleSummary;

describe('the library filter', () => {
  it('folds case and accents alike in titles and typed words', () => {
    expect(foldForFilter('Kābul TALKS')).toBe('kabul talks');
    expect(foldForFilter('Café')).toBe(foldForFilter('CAFE'));
    // Scripts without case or accents pass through.
    expect(foldForFilter('پاکستان')).toContain('پ');
  });

  it('matches words in the title or the source, and keeps the list order', () => {
    const list = [
      article('a', 'Talks in Kābul', 'Dawn'),
      article('b', 'Border trade', 'The Express Tribune'),
      article('c', 'Kabul airport', 'Ariana'),
    ];
    const folded = foldArticles(list);
    expect(filterArticles(list, folded, foldForFilter('KABUL'), null).map((a) => a.id)).toEqual([
      'a',
      'c',
    ]);
    expect(filterArticles(list, folded, 'tribune', null).map((a) => a.id)).toEqual(['b']);
    expect(filterArticles(list, folded, 'nowhere', null)).toEqual([]);
  });

  it('applies a tag filter with the words, and returns the list itself when nothing filters', () => {
    const list = [article('a', 'Kabul one'), article('b', 'Kabul two'), article('c', 'Other')];
    const folded = foldArticles(list);
    expect(filterArticles(list, folded, 'kabul', new Set(['b', 'c'])).map((a) => a.id)).toEqual([
      'b',
    ]);
    expect(filterArticles(list, folded, '', null)).toBe(list);
  });
});
