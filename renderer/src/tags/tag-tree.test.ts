import { describe, expect, it } from 'vitest';
import type { TagSummary } from '../../../shared/model';
import { buildTagTree, familyIds, matchTags, normalisePath, validPath } from './tag-tree';

const tag = (id: string, name: string, count = 0): TagSummary => ({
  id,
  name,
  color: '#2f6f9f',
  count,
});

describe('tag tree', () => {
  const tags = [
    tag('a', 'Actors/TTP', 3),
    tag('b', 'Actors/Afghan Taliban', 1),
    tag('c', 'Events'),
  ];

  it('groups paths under their parents, adding prefix-only groups', () => {
    const tree = buildTagTree(tags);
    expect(tree.map((n) => n.path)).toEqual(['Actors', 'Events']);
    expect(tree[0]!.tag).toBeUndefined();
    expect(tree[0]!.children.map((n) => n.label)).toEqual(['Afghan Taliban', 'TTP']);
    expect(tree[0]!.children.map((n) => n.count)).toEqual([1, 3]);
    // A group's count waits for the library's summaries.
    expect(tree[0]!.count).toBeUndefined();
  });

  it("counts a group's highlights once each, even one carrying two tags below it", () => {
    const tree = buildTagTree(tags, [
      { tagSets: [{ tagIds: ['a', 'b'], highlights: 1 }] },
      { tagSets: [{ tagIds: ['a'], highlights: 2 }] },
      {},
    ]);
    expect(tree[0]!.count).toBe(3);
    expect(tree[1]!.count).toBe(0);
  });

  it('finds a tag and those below it, not siblings sharing a prefix', () => {
    const more = [...tags, tag('d', 'Actors/TTP/Leaders'), tag('e', 'Actors/TTPX')];
    expect([...familyIds(more, 'Actors/TTP')].sort()).toEqual(['a', 'd']);
  });

  it('ranks matches starting with the typed text first', () => {
    expect(matchTags(tags, 'ta').map((t) => t.name)).toEqual(['Actors/Afghan Taliban']);
    expect(matchTags(tags, 'act').map((t) => t.id)).toEqual(['b', 'a']);
  });

  it('normalises and checks typed paths', () => {
    expect(normalisePath(' Actors / TTP ')).toBe('Actors/TTP');
    expect(validPath('Actors//TTP')).toBe(false);
    expect(validPath('Actors/TTP')).toBe(true);
  });
});
