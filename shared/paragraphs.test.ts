// Paragraph ranges of quotes: where a quote begins and ends, with the end exclusive, and how
// the range is worded.
import { describe, expect, it } from 'vitest';
import type { Block } from './model';
import { paragraphLabel, paragraphNumber, paragraphNumbers, paragraphRange } from './paragraphs';

// "Title\n\nFirst one.\n\nSecond one.\n\nThird one." with the title left out of the blocks.
const TEXT = 'Title\n\nFirst one.\n\nSecond one.\n\nThird one.';
const blockOf = (words: string): Block => {
  const start = TEXT.indexOf(words);
  return { kind: 'paragraph', start, end: start + words.length };
};
const BLOCKS = [blockOf('First one.'), blockOf('Second one.'), blockOf('Third one.')];
const over = (words: string) => {
  const start = TEXT.indexOf(words);
  return paragraphRange(BLOCKS, start, start + words.length);
};

describe('paragraph ranges', () => {
  it('gives one paragraph for a quote inside it', () => {
    expect(over('Second')).toEqual({ first: 2, last: 2 });
    expect(over('Second one.')).toEqual({ first: 2, last: 2 });
  });

  it('gives first and last for a quote over two or three paragraphs', () => {
    expect(over('one.\n\nSecond')).toEqual({ first: 1, last: 2 });
    expect(over('First one.\n\nSecond one.\n\nThird')).toEqual({ first: 1, last: 3 });
  });

  it('takes the end as exclusive: ending at a paragraph end, or on the break after, stays in it', () => {
    expect(over('First one.')).toEqual({ first: 1, last: 1 });
    expect(over('First one.\n\n')).toEqual({ first: 1, last: 1 });
    // One character more and the quote reaches the next paragraph.
    expect(over('First one.\n\nS')).toEqual({ first: 1, last: 2 });
  });

  it('numbers a quote starting in a gap by the paragraph after it', () => {
    expect(over('\n\nSecond')).toEqual({ first: 2, last: 2 });
    expect(paragraphNumber(BLOCKS, TEXT.indexOf('\n\nSecond'))).toBe(2);
  });

  it('never gives a last paragraph before the first (an empty or out-of-text quote)', () => {
    const at = TEXT.indexOf('Second');
    expect(paragraphRange(BLOCKS, at, at)).toEqual({ first: 2, last: 2 });
    expect(paragraphRange(BLOCKS, TEXT.length, TEXT.length)).toEqual({ first: 3, last: 3 });
    expect(paragraphRange([], 0, 4)).toEqual({ first: 0, last: 0 });
  });

  it('words a range with an en dash, a single paragraph alone', () => {
    expect(paragraphNumbers({ first: 5, last: 5 })).toBe('5');
    expect(paragraphNumbers({ first: 5, last: 6 })).toBe('5\u20136');
    expect(paragraphLabel({ first: 5, last: 5 })).toBe('¶ 5');
    expect(paragraphLabel({ first: 5, last: 6 })).toBe('¶ 5–6');
  });
});
