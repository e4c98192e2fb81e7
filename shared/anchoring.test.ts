// Offsets and selectors must survive every kind of text this corpus holds: emoji, ZWJ
// sequences, combining marks and right-to-left scripts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  anchor,
  reanchor,
  codePointToUtf16,
  describe as describeRange,
  snapToGraphemes,
  utf16ToCodePoint,
} from './anchoring';

const SAMPLES = {
  emoji: 'Talks 🙂 resumed 🇵🇰 today.',
  zwj: 'Family 👩‍👩‍👧‍👦 photo and 👨🏽‍💻 coder.',
  combining: 'Cafe\u0301 and n\u0303 and e\u0301\u0302 marks.',
  urdu: 'پاکستان نے ٹی ٹی پی کی مذاکرات کی پیشکش مسترد کر دی۔',
  pashto: 'د پاکستان حکومت د ټي ټي پي وړاندیز رد کړ.',
  mixed: 'He said «خبرې اترې» would resume (TTP) 2024.',
};

describe('UTF-16 <-> code point offsets', () => {
  it('counts an astral character once', () => {
    const text = SAMPLES.emoji;
    const after = text.indexOf('🙂') + 2;
    expect(utf16ToCodePoint(text, after)).toBe(after - 1);
    expect(codePointToUtf16(text, after - 1)).toBe(after);
  });

  it('round-trips every boundary that does not cut a surrogate pair', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        for (let i = 0; i <= text.length; i++) {
          const low = text.charCodeAt(i);
          if (i > 0 && i < text.length && low >= 0xdc00 && low <= 0xdfff) continue;
          expect(codePointToUtf16(text, utf16ToCodePoint(text, i))).toBe(i);
        }
      }),
    );
  });

  it('matches Array.from for code point counts', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        expect(utf16ToCodePoint(text, text.length)).toBe(Array.from(text).length);
      }),
    );
  });
});

describe('snapping to graphemes', () => {
  for (const [name, text] of Object.entries(SAMPLES)) {
    it(`never cuts a grapheme (${name})`, () => {
      const graphemes = [
        ...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text),
      ];
      const boundaries = new Set([...graphemes.map((g) => g.index), text.length]);
      for (let s = 0; s < text.length; s++) {
        for (let e = s + 1; e <= text.length; e++) {
          const r = snapToGraphemes(text, s, e);
          expect(boundaries.has(r.start) && boundaries.has(r.end)).toBe(true);
          expect(r.start <= s && r.end >= e).toBe(true);
        }
      }
    });
  }
});

describe('describe and anchor', () => {
  it('finds every described range again in unchanged text', () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.values(SAMPLES)), fc.nat(), fc.nat(), (text, a, b) => {
        const { start, end } = snapToGraphemes(
          text,
          a % text.length,
          (a % text.length) + 1 + (b % 12),
        );
        const selectors = describeRange(text, start, end);
        expect(anchor(text, selectors)).toEqual({ start, end });
      }),
    );
  });

  it('follows a quote that moved and picks the occurrence with matching context', () => {
    const text = 'The TTP said no. Later, officials said the TTP said yes.';
    const at = text.lastIndexOf('TTP said');
    const selectors = describeRange(text, at, at + 8);
    const edited = `Breaking: ${text}`;
    expect(anchor(edited, selectors)).toEqual({ start: at + 10, end: at + 18 });
  });

  it('returns null for a quote that is gone', () => {
    const text = 'Officials declined the offer to resume talks.';
    const selectors = describeRange(text, 10, 18);
    expect(anchor('Something else entirely.', selectors)).toBeNull();
  });

  it('stores positions in code points for RTL and emoji text', () => {
    const text = `🙂 ${SAMPLES.urdu}`;
    const start = text.indexOf('مذاکرات');
    const { position, quote } = describeRange(text, start, start + 7);
    expect(quote.exact).toBe('مذاکرات');
    expect(position.start).toBe(start - 1);
    expect(Array.from(text).slice(position.start, position.end).join('')).toBe('مذاکرات');
  });
});

describe('reanchor', () => {
  const reanchored = (before: string, words: string, after: string) => {
    const start = before.indexOf(words);
    const found = reanchor(after, describeRange(before, start, start + words.length));
    return found && { ...found, words: after.slice(found.start, found.end) };
  };

  it('keeps the exact quote in place, follows moved words, and fixes typos inside', () => {
    const before = `Intro line here.\n\n${SAMPLES.emoji} Officials declined the offer to resume talks.`;
    expect(reanchored(before, 'declined the offer', before)).toMatchObject({ how: 'exact' });
    const moved = `A new first paragraph.\n\n${before}`;
    expect(reanchored(before, 'declined the offer', moved)).toMatchObject({
      how: 'moved',
      words: 'declined the offer',
    });
    const typo = before.replace('declined', 'decliend');
    expect(reanchored(before, 'declined the offer to', typo)?.words).toBe('decliend the offer to');
  });

  it('orphans a quote whose words are gone instead of attaching it to other words', () => {
    const before = 'The TTP said no.\n\nOfficials declined the offer to resume talks.';
    expect(reanchored(before, 'declined the offer', 'The TTP said no.')).toBeNull();
    expect(reanchored(before, 'TTP', 'Officials said the TTP would return.')).toBeNull();
  });

  for (const [name, text] of Object.entries(SAMPLES)) {
    it(`never cuts a grapheme when the words move or change (${name})`, () => {
      const segment = (t: string) => [
        ...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(t),
      ];
      const graphemes = segment(text);
      const edited = `Inserted paragraph first.\n\n${text.replace(' ', '  ')}`;
      const boundaries = new Set([...segment(edited).map((g) => g.index), edited.length]);
      for (let a = 0; a < graphemes.length; a++) {
        for (let b = a + 1; b <= Math.min(graphemes.length, a + 6); b++) {
          const start = graphemes[a]!.index;
          const end = b < graphemes.length ? graphemes[b]!.index : text.length;
          const words = text.slice(start, end);
          if (words !== words.trim() || !words) continue;
          const found = reanchor(edited, describeRange(text, start, end));
          if (!found) continue;
          expect(boundaries.has(found.start) && boundaries.has(found.end)).toBe(true);
          expect(edited.slice(found.start, found.end).replace('  ', ' ')).toBe(words);
        }
      }
    });
  }

  it('orphans the words of a deleted paragraph rather than take their twin in another sentence', () => {
    const monday =
      'On Monday the spokesman of the army said the talks had failed because the militants refused to disarm.';
    const friday =
      'On Friday the spokesman of the army said the talks could resume if the ceasefire held through the month.';
    const before = `Peshawar, 12 May.\n\n${monday}\n\n${friday}\n\nMore reporting followed.`;
    const after = before.replace(`${monday}\n\n`, '');
    for (const words of [
      'spokesman of the army said',
      'army',
      'the talks',
      'the spokesman',
      'spokesman of the army said the talks',
      'the talks had failed',
    ]) {
      expect(reanchored(before, words, after), words).toBeNull();
    }
    // The Friday words stay where they are, and Monday's survive a move.
    for (const words of ['spokesman of the army said', 'army', 'the talks']) {
      const start = before.indexOf(friday) + friday.indexOf(words);
      const found = reanchor(after, describeRange(before, start, start + words.length));
      expect(found && after.slice(found.start, found.end), words).toBe(words);
      expect(found!.start).toBe(after.indexOf(friday) + friday.indexOf(words));
    }
    const swapped = `Peshawar, 12 May.\n\n${friday}\n\n${monday}\n\nMore reporting followed.`;
    for (const words of ['spokesman of the army said', 'army', 'the talks']) {
      const found = reanchored(before, words, swapped);
      expect(found?.words, words).toBe(words);
      expect(found!.start).toBe(swapped.indexOf(monday) + monday.indexOf(words));
    }
  });

  it('finds right-to-left words after an edit', () => {
    const before = `${SAMPLES.urdu}\n\n${SAMPLES.pashto}`;
    const after = `${SAMPLES.pashto}\n\n${SAMPLES.urdu.replace('مسترد', 'مسترد  ')}`;
    expect(reanchored(before, 'ٹی ٹی پی کی مذاکرات', after)).toMatchObject({
      how: 'moved',
      words: 'ٹی ٹی پی کی مذاکرات',
    });
    expect(reanchored(before, 'وړاندیز رد کړ', after)?.words).toBe('وړاندیز رد کړ');
  });
});
