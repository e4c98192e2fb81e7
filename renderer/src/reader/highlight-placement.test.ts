// The reader cites a highlight's paragraph exactly as the Markdown export does, and its quick
// placement of quotes still in place agrees with the full anchoring everywhere.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchor, describe as selectorsFor } from '../../../shared/anchoring';
import type { Block, Highlight } from '../../../shared/model';
import { paragraphRange } from '../../../shared/paragraphs';
import { placeHighlights } from './highlight-placement';

const text = 'Title\n\nFirst paragraph.\n\nSecond paragraph.';
const blocks = [
  { kind: 'heading' as const, start: 0, end: 5 },
  { kind: 'paragraph' as const, start: 7, end: 23 },
  { kind: 'paragraph' as const, start: 25, end: 42 },
];

function highlightOf(id: string, start: number, end: number, over = text): Highlight {
  return {
    id,
    articleId: 'article',
    ...selectorsFor(over, start, end),
    color: 'yellow',
    note: '',
    tagIds: [],
    createdAt: '2024-06-01T00:00:00.000Z',
    updatedAt: '2024-06-01T00:00:00.000Z',
  };
}

describe('placeHighlights', () => {
  it('numbers paragraphs from 1 over the kept blocks, like the export', () => {
    const highlights = [
      highlightOf('second', text.indexOf('Second'), text.length),
      highlightOf('title', 0, 5),
      highlightOf('across', text.indexOf('paragraph.'), text.indexOf('Second') + 6),
    ];
    const { placed } = placeHighlights({ text, blocks, highlights });
    expect(placed.map((p) => [p.highlight.id, p.paragraph])).toEqual([
      ['title', { first: 1, last: 1 }],
      ['across', { first: 2, last: 3 }],
      ['second', { first: 3, last: 3 }],
    ]);
    for (const p of placed) expect(p.paragraph).toEqual(paragraphRange(blocks, p.start, p.end));
  });

  it('cites the next paragraph for a quote that begins between blocks', () => {
    const { placed } = placeHighlights({
      text,
      blocks,
      highlights: [highlightOf('gap', 23, 31)],
    });
    expect(placed[0]?.paragraph).toEqual({ first: 3, last: 3 });
  });

  it('never places an orphan inline, even when its quote is still in the text', () => {
    const orphan = { ...highlightOf('gone', 7, 12), orphan: true };
    const { placed, orphans } = placeHighlights({ text, blocks, highlights: [orphan] });
    expect(placed).toEqual([]);
    expect(orphans.map((h) => h.id)).toEqual(['gone']);
  });

  it('keeps the placement of unchanged highlights when one is added', () => {
    const first = highlightOf('first', 7, 12);
    const before = placeHighlights({ text, blocks, highlights: [first] });
    const after = placeHighlights({
      text,
      blocks,
      highlights: [first, highlightOf('second', 25, 31)],
    });
    expect(after.placed.map((p) => p.highlight.id)).toEqual(['first', 'second']);
    // The same object: the blocks that show only unchanged highlights need not render again.
    expect(after.placed[0]).toBe(before.placed[0]);
  });

  it('places a highlight again over a changed text', () => {
    const first = highlightOf('first', 7, 12);
    placeHighlights({ text, blocks, highlights: [first] });
    const revised = `Intro.\n\n${text}`;
    const moved = [{ kind: 'paragraph' as const, start: 0, end: 6 }, ...shift(blocks, 8)];
    const { placed } = placeHighlights({ text: revised, blocks: moved, highlights: [first] });
    expect(placed[0]).toMatchObject({ start: 15, end: 20, paragraph: { first: 3, last: 3 } });
  });

  it('places every quote where the full anchoring finds it, in scripts and with emoji', () => {
    const pieces = [
      'the ',
      'talks ',
      'ceasefire ',
      'e\u0301',
      'n\u0303o ',
      '👩‍👩‍👧',
      '🇵🇰',
      'پاکستان ',
      'طالبان ',
      'ٱلْ',
      'क्षि',
      '\n\n',
      '. ',
      'ا',
      'ً',
      '\u200d',
      ' ',
      'x',
    ];
    const piece = fc.constantFrom(...pieces);
    const cases = fc.record({
      words: fc.array(piece, { minLength: 3, maxLength: 60 }),
      ranges: fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 8 }),
      edit: fc.option(fc.tuple(fc.nat(), fc.nat({ max: 6 }), fc.array(piece, { maxLength: 3 }))),
    });
    fc.assert(
      fc.property(cases, ({ words, ranges, edit }) => {
        const original = words.join('');
        const highlights = ranges
          .map(([a, b], i) => {
            const start = a % original.length;
            const end = start + 1 + (b % Math.max(1, original.length - start));
            return highlightOf(`h${i}`, start, Math.min(end, original.length), original);
          })
          .filter((h) => h.quote.exact.length > 0);
        let now = original;
        if (edit) {
          const [at, cut, insert] = edit;
          const from = at % original.length;
          now = original.slice(0, from) + insert.join('') + original.slice(from + cut);
        }
        const nowBlocks = blocksOf(now);
        const { placed, orphans } = placeHighlights({ text: now, blocks: nowBlocks, highlights });
        for (const h of highlights) {
          const expected = anchor(now, { quote: h.quote, position: h.position });
          const got = placed.find((p) => p.highlight === h);
          if (!expected || expected.end <= expected.start) {
            expect(got).toBeUndefined();
            expect(orphans).toContain(h);
          } else {
            expect(got && { start: got.start, end: got.end }).toEqual(expected);
            expect(got?.paragraph).toEqual(paragraphRange(nowBlocks, expected.start, expected.end));
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});

function shift(list: readonly Block[], by: number): Block[] {
  return list.map((b) => ({ ...b, start: b.start + by, end: b.end + by }));
}

function blocksOf(value: string): Block[] {
  const found: Block[] = [];
  let at = 0;
  for (const part of value.split('\n\n')) {
    if (part) found.push({ kind: 'paragraph', start: at, end: at + part.length });
    at += part.length + 2;
  }
  return found;
}
