// A tag's count: the highlights carrying it or a tag below it, each highlight once.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tagFamilyCounts, tagSetsOf } from './tag-counts';
import { isWithinTag } from './tag-paths';

const TAGS = [
  { id: 'a', name: 'Actors' },
  { id: 't', name: 'Actors/TTP' },
  { id: 'l', name: 'Actors/TTP/Leaders' },
  { id: 'g', name: 'Actors/Afghan Taliban' },
  { id: 'x', name: 'Actors/TTPX' },
  { id: 'e', name: 'Events/Ceasefire' },
];

const article = (...highlights: string[][]) => ({
  tagSets: tagSetsOf(highlights.map((tagIds) => ({ tagIds }))),
});

describe('tag counts', () => {
  it('counts a highlight carrying a tag and a tag below it once', () => {
    const counts = tagFamilyCounts(TAGS, [article(['a'], ['t'], ['a', 't'])]);
    expect(counts.get('Actors')).toBe(3);
    expect(counts.get('Actors/TTP')).toBe(2);
    expect(counts.get('Actors/TTP/Leaders')).toBe(0);
  });

  it('counts groups that are only a prefix, and not siblings sharing a prefix', () => {
    const counts = tagFamilyCounts(
      TAGS,
      [article(['t', 'g'], ['e']), article(['x'], ['l', 't', 'e'])],
      ['Actors', 'Actors/TTP', 'Events', 'Nothing'],
    );
    expect(Object.fromEntries(counts)).toEqual({
      Actors: 3,
      'Actors/TTP': 2,
      Events: 2,
      Nothing: 0,
    });
  });

  it('treats the case of a path as the codebook does', () => {
    const counts = tagFamilyCounts(TAGS, [article(['l'])], ['actors/ttp']);
    expect(counts.get('actors/ttp')).toBe(1);
  });

  it('counts each tag apart in a summary written before sets were kept', () => {
    const counts = tagFamilyCounts(TAGS, [{ tagCounts: { t: 2, g: 1 } }, {}]);
    expect(counts.get('Actors')).toBe(3);
  });

  it('keeps each distinct set once, sorted, leaving untagged highlights out', () => {
    const sets = tagSetsOf([
      { tagIds: ['t', 'a'] },
      { tagIds: ['a', 't'] },
      { tagIds: [] },
      { tagIds: ['e', 'e'] },
    ]);
    expect(sets).toEqual([
      { tagIds: ['a', 't'], highlights: 2 },
      { tagIds: ['e'], highlights: 1 },
    ]);
  });

  it('agrees with counting highlight by highlight', () => {
    const ids = TAGS.map((t) => t.id);
    const highlights = fc.array(fc.uniqueArray(fc.constantFrom(...ids), { maxLength: 4 }));
    fc.assert(
      fc.property(fc.array(highlights, { maxLength: 4 }), (articles) => {
        const counts = tagFamilyCounts(
          TAGS,
          articles.map((hs) => article(...hs)),
        );
        for (const tag of TAGS) {
          const family = new Set(
            TAGS.filter((t) => isWithinTag(t.name, tag.name)).map((t) => t.id),
          );
          const expected = articles
            .flat()
            .filter((tagIds) => tagIds.some((id) => family.has(id))).length;
          expect(counts.get(tag.name)).toBe(expected);
        }
      }),
    );
  });
});
