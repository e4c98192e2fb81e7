// Whatever is pasted, the cleaner keeps every line as a block, in order, invents nothing, and
// copes with hostile input in reasonable time.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assemble } from '../extracted';
import { extractWebText } from '../web-text';

describe('any input', () => {
  const prose = fc
    .array(
      fc.constantFrom(
        'the',
        'river',
        'rose',
        'officials',
        'said',
        'on',
        'Monday',
        'in',
        'Swat',
        'نے',
        'کہا',
      ),
      {
        minLength: 1,
        maxLength: 40,
      },
    )
    .map((words) => `${words.join(' ')}.`);
  const furniture = fc.constantFrom(
    'Home',
    'Share',
    'Advertisement',
    '- Advertisment -',
    'Most Popular',
    'Related Stories',
    '3 Comments',
    'By Jane Doe',
    'Tuesday, June 25, 2024',
    '© 2024 The Outlet. All rights reserved.',
    '• a list item',
    '“A quoted line that is long enough to count as one.”',
    '\uFEFFHomeWorldTitle',
  );
  const line = fc.oneof(
    prose,
    furniture,
    fc.string({ unit: 'grapheme', maxLength: 60 }),
    fc.string({ unit: 'binary', maxLength: 30 }),
  );
  const page = fc
    .tuple(fc.array(line, { maxLength: 50 }), fc.constantFrom('\n', '\r\n', '\n\n', '\r', '\u2028'))
    .map(([lines, sep]) => lines.join(sep));

  it('turns every non-empty line into a block, in order, with text taken from the input', () => {
    fc.assert(
      fc.property(page, (raw) => {
        const source = raw.normalize('NFC');
        const extracted = extractWebText(raw);
        const lines = source
          .split(/\r\n?|\n|\u2028|\u2029/)
          .map((l) => l.trim())
          .filter(Boolean);
        expect(extracted.blocks).toHaveLength(lines.length);
        let cursor = 0;
        for (const block of extracted.blocks) {
          expect(block.text.trim()).not.toBe('');
          const at = source.indexOf(block.text, cursor);
          expect(at).toBeGreaterThanOrEqual(0);
          cursor = at + block.text.length;
          if (block.removed !== undefined) expect(block.removed).toMatch(/^[a-z ]+$/);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('invents nothing: kept text, title, byline and outlet all come from the input', () => {
    fc.assert(
      fc.property(page, (raw) => {
        const source = raw.normalize('NFC');
        const extracted = extractWebText(raw);
        const { text, blocks } = assemble(extracted.blocks);
        for (const block of blocks) expect(source).toContain(text.slice(block.start, block.end));
        for (const value of [extracted.title, extracted.siteName])
          if (value !== null) expect(source).toContain(value);
        if (extracted.byline !== null)
          expect(source.toLowerCase()).toContain(extracted.byline.toLowerCase());
        if (extracted.publishedAt !== null)
          expect(extracted.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(extractWebText(raw)).toEqual(extracted);
      }),
      { numRuns: 300 },
    );
  });

  // Guards against regexes that backtrack quadratically: such a line once took 11 s.
  it(
    'copes with hostile lines (long runs of punctuation, brackets, repeats)',
    { timeout: 10_000 },
    () => {
      for (const raw of [
        `a${' -'.repeat(50_000)} b`,
        `x${'”'.repeat(100_000)}y`,
        '('.repeat(100_000),
        '(A/B '.repeat(20_000),
        'by '.repeat(30_000),
        'June 25, 2024 '.repeat(10_000),
        Array.from({ length: 20_000 }, (_, i) =>
          i % 3 ? 'Home' : 'A line of prose that ends with a stop.',
        ).join('\n'),
      ]) {
        expect(extractWebText(raw).blocks.length).toBeGreaterThan(0);
      }
    },
  );
});
