// The reader cites a highlight's paragraph exactly as the Markdown export does.
import { describe, expect, it } from 'vitest';
import { describe as selectorsFor } from '../../../shared/anchoring';
import type { Highlight } from '../../../shared/model';
import { paragraphNumber } from '../../../shared/paragraphs';
import { placeHighlights } from './highlight-placement';

const text = 'Title\n\nFirst paragraph.\n\nSecond paragraph.';
const blocks = [
  { kind: 'heading' as const, start: 0, end: 5 },
  { kind: 'paragraph' as const, start: 7, end: 23 },
  { kind: 'paragraph' as const, start: 25, end: 42 },
];

function highlightOf(id: string, start: number, end: number): Highlight {
  return {
    id,
    articleId: 'article',
    ...selectorsFor(text, start, end),
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
      ['title', 1],
      ['across', 2],
      ['second', 3],
    ]);
    for (const p of placed) expect(p.paragraph).toBe(paragraphNumber(blocks, p.start));
  });

  it('cites the next paragraph for a quote that begins between blocks', () => {
    const { placed } = placeHighlights({
      text,
      blocks,
      highlights: [highlightOf('gap', 23, 31)],
    });
    expect(placed[0]?.paragraph).toBe(3);
  });

  it('never places an orphan inline, even when its quote is still in the text', () => {
    const orphan = { ...highlightOf('gone', 7, 12), orphan: true };
    const { placed, orphans } = placeHighlights({ text, blocks, highlights: [orphan] });
    expect(placed).toEqual([]);
    expect(orphans.map((h) => h.id)).toEqual(['gone']);
  });
});
