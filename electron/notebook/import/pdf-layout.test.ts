// Line joining and margin detection on hand-placed lines, where a PDF would be overkill.
import { describe, expect, it } from 'vitest';
import { joinLines, layoutLines } from './pdf-layout';
import type { Line } from './pdf-lines';

const words = new Set(['well-known', 'co-operate']);

describe('joinLines', () => {
  it('mends a word hyphenated at the line end', () => {
    expect(joinLines('the govern-', 'ment said', words)).toBe('the government said');
    expect(joinLines('the govern\u2010', 'ment said', words)).toBe('the government said');
    expect(joinLines('the govern\u00AD', 'ment said', words)).toBe('the government said');
  });

  it('keeps a hyphen the document uses elsewhere, or before a capital', () => {
    expect(joinLines('a well-', 'known name', words)).toBe('a well-known name');
    expect(joinLines('an anti-', 'American stance', words)).toBe('an anti-American stance');
  });

  it('joins other lines with a space, and Chinese or Japanese without one', () => {
    expect(joinLines('end of', 'line', words)).toBe('end of line');
    expect(joinLines('a dash -', 'then', words)).toBe('a dash - then');
    expect(joinLines('中国', '政府', words)).toBe('中国政府');
  });
});

const line = (page: number, y: number, text: string, extra: Partial<Line> = {}): Line => ({
  text,
  page,
  column: 0,
  x0: 72,
  x1: 72 + text.length * 5,
  y,
  size: 11,
  mono: false,
  ...extra,
});

describe('layoutLines', () => {
  it('removes page numbers in every common form and footers that differ only by number', () => {
    const forms = ['7', '- 8 -', 'Page 9 of 12', 'xiv'];
    const prose = ['Rain fell.', 'Rivers rose.', 'Roads closed.', 'Help came.'];
    const pages = forms.map((number, p) => [
      line(p, 100, prose[p]!),
      line(p, 114, prose[(p + 1) % 4]!.toUpperCase()),
      line(p, 760, number),
      line(p, 775, `Report ${p + 3} | Dossier Institute`),
    ]);
    const blocks = layoutLines(pages, [792, 792, 792, 792]);
    expect(blocks.filter((b) => b.removed === 'page number').map((b) => b.text)).toEqual(forms);
    expect(blocks.filter((b) => b.removed === 'running footer')).toHaveLength(4);
    expect(blocks.filter((b) => !b.removed).map((b) => b.text)[0]).toBe('Rain fell. RIVERS ROSE.');
  });

  it('keeps a number that is part of the text, not in the margin', () => {
    const pages = [[line(0, 100, 'Table total:'), line(0, 300, '42'), line(0, 400, 'The end.')]];
    const blocks = layoutLines(pages, [792]);
    expect(blocks.some((b) => b.removed)).toBe(false);
  });

  it('starts a paragraph at an indented first line and ends one at a short last line', () => {
    const pages = [
      [
        line(0, 100, 'First paragraph runs across the whole measure of the page here', {
          x1: 540,
        }),
        line(0, 114, 'and ends.', { x1: 120 }),
        line(0, 128, 'Second paragraph has no gap before it and runs long enough', {
          x1: 540,
        }),
        line(0, 142, 'to wrap', { x1: 540 }),
        line(0, 156, 'Third is indented.', { x0: 90, x1: 300 }),
      ],
    ];
    const texts = layoutLines(pages, [792]).map((b) => b.text);
    expect(texts).toEqual([
      'First paragraph runs across the whole measure of the page here and ends.',
      'Second paragraph has no gap before it and runs long enough to wrap',
      'Third is indented.',
    ]);
  });

  it('keeps code apart from prose', () => {
    const pages = [
      [line(0, 100, 'END', { mono: true }), line(0, 114, 'The token must be separate.')],
    ];
    expect(layoutLines(pages, [792]).map((b) => b.text)).toEqual([
      'END',
      'The token must be separate.',
    ]);
  });
});

describe('list items', () => {
  it('takes bullets for items but not a dash that wraps onto a new line', () => {
    const pages = [
      [
        line(0, 100, 'The valley', { x1: 540 }),
        line(0, 114, '– home to thousands – flooded.', { x1: 540 }),
        line(0, 140, 'Needs:'),
        line(0, 154, '• Food'),
        line(0, 168, '– Water'),
      ],
    ];
    expect(layoutLines(pages, [792]).map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'The valley – home to thousands – flooded.'],
      ['paragraph', 'Needs:'],
      ['list-item', 'Food'],
      ['list-item', 'Water'],
    ]);
  });
});
