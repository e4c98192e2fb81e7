import { describe, expect, it } from 'vitest';
import { deleteImpactText, mergeImpactText } from './impact-text';

const impact = (
  highlights: number,
  articles: number,
  descendants: string[],
  own = highlights,
  ownArticles = articles,
) => ({
  highlights,
  articles,
  descendants,
  ownHighlights: own,
  ownArticles,
});

describe('impact text', () => {
  it('states highlights, articles and the tags deleted with it', () => {
    expect(deleteImpactText(impact(12, 4, ['Actors/TTP/Leaders']))).toBe(
      'Used on 12 highlights in 4 articles; also deletes Actors/TTP/Leaders.',
    );
    expect(deleteImpactText(impact(0, 0, []))).toBe('Not used on any highlight.');
  });

  it('names the merge target and what moves under it, counting only the tag’s own highlights', () => {
    expect(mergeImpactText(impact(1, 1, []), 'TTP', 'Actors/TTP')).toBe(
      'Used on 1 highlight in 1 article. Its highlights will carry Actors/TTP instead, and TTP goes.',
    );
    expect(mergeImpactText(impact(5, 2, ['TTP/Leaders'], 2, 1), 'TTP', 'Actors/TTP')).toBe(
      'Used on 2 highlights in 1 article. Its highlights will carry Actors/TTP instead, and TTP goes; TTP/Leaders moves under Actors/TTP.',
    );
  });
});
