// Removed blocks line up between kept ones, and never shift the kept blocks' numbers.
import { describe, expect, it } from 'vitest';
import { bodyUnits, removedCount } from './body-units';

const article = {
  text: 'Title\n\nFirst paragraph.\n\nSecond paragraph.',
  blocks: [
    { kind: 'heading' as const, start: 0, end: 5 },
    { kind: 'paragraph' as const, start: 7, end: 23 },
    { kind: 'paragraph' as const, start: 25, end: 42 },
  ],
  sourceBlocks: [
    { kind: 'paragraph' as const, text: 'Home | World', removed: 'navigation' },
    { kind: 'heading' as const, text: ' Title ' },
    { kind: 'paragraph' as const, text: '   ' },
    { kind: 'paragraph' as const, text: 'First paragraph.' },
    { kind: 'paragraph' as const, text: 'Share this', removed: 'share bar' },
    { kind: 'paragraph' as const, text: 'Second paragraph.' },
  ],
};

describe('bodyUnits', () => {
  it('shows only kept blocks, each knowing its source block, when removed ones are hidden', () => {
    const units = bodyUnits(article, false);
    expect(units.map((u) => (u.type === 'kept' ? [u.index, u.sourceIndex] : null))).toEqual([
      [0, 1],
      [1, 3],
      [2, 5],
    ]);
  });

  it('places removed blocks in order between kept ones', () => {
    const units = bodyUnits(article, true);
    expect(units.map((u) => `${u.type}:${u.sourceIndex}`)).toEqual([
      'removed:0',
      'kept:1',
      'kept:3',
      'removed:4',
      'kept:5',
    ]);
    expect(removedCount(article)).toBe(2);
  });

  it('falls back to the kept blocks alone when the lists do not line up', () => {
    const drifted = { ...article, sourceBlocks: article.sourceBlocks.slice(0, 4) };
    const units = bodyUnits(drifted, true);
    expect(units).toHaveLength(3);
    expect(units.every((u) => u.type === 'kept' && u.sourceIndex === null)).toBe(true);
  });
});
