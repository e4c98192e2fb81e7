// Each block is handed exactly the highlights that overlap it, as filtering every highlight would.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block, Highlight } from '../../../shared/model';
import { blockHighlights, highlightsByBlock, samePlaced } from './block-highlights';
import type { PlacedHighlight } from './highlight-placement';

const placedAt = (id: string, start: number, end: number): PlacedHighlight => ({
  highlight: { id } as Highlight,
  start,
  end,
  paragraph: { first: 1, last: 1 },
});

const blocks: Block[] = [
  { kind: 'heading', start: 0, end: 10 },
  { kind: 'paragraph', start: 12, end: 40 },
  { kind: 'paragraph', start: 42, end: 60 },
];

describe('highlightsByBlock', () => {
  it('hands a highlight across paragraphs to each of them, and none to the others', () => {
    const across = placedAt('across', 30, 50);
    const inside = placedAt('inside', 14, 20);
    const index = highlightsByBlock(blocks, [inside, across]);
    expect(blockHighlights(index, 0)).toEqual([]);
    expect(blockHighlights(index, 1)).toEqual([inside, across]);
    expect(blockHighlights(index, 2)).toEqual([across]);
  });

  it('agrees with filtering every highlight for every block', () => {
    const cases = fc.record({
      lengths: fc.array(fc.tuple(fc.nat({ max: 30 }), fc.nat({ max: 4 })), {
        minLength: 1,
        maxLength: 12,
      }),
      spans: fc.array(fc.tuple(fc.nat({ max: 200 }), fc.integer({ min: 1, max: 80 })), {
        maxLength: 30,
      }),
    });
    fc.assert(
      fc.property(cases, ({ lengths, spans }) => {
        const laid: Block[] = [];
        let at = 0;
        for (const [length, gap] of lengths) {
          laid.push({ kind: 'paragraph', start: at, end: at + length });
          at += length + gap;
        }
        const placed = spans
          .map(([start, length], i) => placedAt(`h${i}`, start, start + length))
          .sort((a, b) => a.start - b.start || b.end - a.end);
        const index = highlightsByBlock(laid, placed);
        for (const [i, block] of laid.entries()) {
          const expected = placed.filter((p) => p.start < block.end && p.end > block.start);
          expect(blockHighlights(index, i)).toEqual(expected);
        }
      }),
    );
  });
});

describe('samePlaced', () => {
  it('tells a block whether its highlights changed', () => {
    const a = placedAt('a', 0, 3);
    const b = placedAt('b', 4, 6);
    expect(samePlaced([a, b], [a, b])).toBe(true);
    expect(samePlaced([a], [a, b])).toBe(false);
    expect(samePlaced([a, b], [a, { ...b }])).toBe(false);
  });
});
