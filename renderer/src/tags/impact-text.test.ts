import { describe, expect, it } from 'vitest';
import { deleteImpactText, mergeImpactText } from './impact-text';

describe('impact text', () => {
  it('states highlights, articles and the tags deleted with it', () => {
    expect(
      deleteImpactText({ highlights: 12, articles: 4, descendants: ['Actors/TTP/Leaders'] }),
    ).toBe('Used on 12 highlights in 4 articles; also deletes Actors/TTP/Leaders.');
    expect(deleteImpactText({ highlights: 0, articles: 0, descendants: [] })).toBe(
      'Not used on any highlight.',
    );
  });

  it('names the merge target', () => {
    expect(
      mergeImpactText({ highlights: 1, articles: 1, descendants: [] }, 'TTP', 'Actors/TTP'),
    ).toBe(
      'Used on 1 highlight in 1 article. Its highlights will carry Actors/TTP instead, and TTP goes.',
    );
  });
});
