// The search tokenizer: where words start and end in English, Urdu, Persian, Arabic, CJK, Thai
// and emoji, and how each word folds so that different spellings of one name meet.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, terms, tokenize } from './tokenize';

/** Each token as [term, the text it covers]. */
const words = (text: string) => tokenize(text).map((t) => [t.term, text.slice(t.start, t.end)]);
const termsOf = (text: string) => tokenize(text).map((t) => t.term);

describe('tokenize: Latin text', () => {
  it('folds case and diacritics', () => {
    expect(words('Café MÜLLER naïve Ångström')).toEqual([
      ['cafe', 'Café'],
      ['muller', 'MÜLLER'],
      ['naive', 'naïve'],
      ['angstrom', 'Ångström'],
    ]);
    expect(fold('café')).toBe(fold('cafe'));
    expect(fold('Müller')).toBe('muller');
    // Decomposed input (e + combining acute) folds like the precomposed letter.
    expect(termsOf('cafe\u0301')).toEqual(['cafe']);
  });

  it('splits at hyphens, apostrophes and other punctuation', () => {
    expect(termsOf('Tehreek-e-Taliban')).toEqual(['tehreek', 'e', 'taliban']);
    expect(termsOf("TTP’s TTP's")).toEqual(['ttp', 's', 'ttp', 's']);
    expect(termsOf('U.S.-led (2024-06-25), “quoted”; end.')).toEqual([
      'u',
      's',
      'led',
      '2024',
      '06',
      '25',
      'quoted',
      'end',
    ]);
    expect(termsOf('  --- … — ')).toEqual([]);
  });

  it('keeps exact offsets', () => {
    const text = 'The TTP’s offer, rejected.';
    expect(tokenize(text)).toEqual([
      { term: 'the', start: 0, end: 3 },
      { term: 'ttp', start: 4, end: 7 },
      { term: 's', start: 8, end: 9 },
      { term: 'offer', start: 10, end: 15 },
      { term: 'rejected', start: 17, end: 25 },
    ]);
  });

  it('folds fullwidth and compatibility forms', () => {
    expect(termsOf('ＴＴＰ ﬁle İstanbul')).toEqual(['ttp', 'file', 'istanbul']);
  });

  it('keeps no stop words and does not stem', () => {
    expect(termsOf('the talks were talking')).toEqual(['the', 'talks', 'were', 'talking']);
  });
});

describe('tokenize: Arabic script', () => {
  it('cuts an Urdu sentence with exact offsets', () => {
    const text = 'پاکستان نے ٹی ٹی پی کی پیشکش مسترد کر دی';
    const tokens = tokenize(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(text.split(' '));
    expect(tokens[0]).toEqual({ term: 'پاکستان', start: 0, end: 7 });
    expect(tokens.at(-1)).toEqual({ term: 'دی', start: 38, end: 40 });
    // نے ends in bari yeh, folded to the yeh of Persian keyboards.
    expect(tokens[1]!.term).toBe('نی');
  });

  it('folds Arabic and Persian/Urdu spellings together', () => {
    expect(fold('عربي')).toBe(fold('عربی'));
    expect(fold('كتاب')).toBe(fold('کتاب'));
    expect(fold('مصطفى')).toBe(fold('مصطفی'));
    expect(fold('كِتَابٌ')).toBe('کتاب'); // harakat
    expect(fold('كـتـاب')).toBe('کتاب'); // tatweel
    expect(fold('ﻛﺘﺎﺏ')).toBe('کتاب'); // presentation forms
    expect(fold('قُرْآن')).toBe('قران'); // madda
    expect(fold('هٰذا')).toBe('هذا'); // superscript alef
    expect(fold('الرَّحْمَٰنِ ۖ')).toBe('الرحمن'); // Quranic mark
  });

  it('folds each listed letter variant to one letter', () => {
    for (const yeh of ['ي', 'ى', 'ئ', 'ې', 'ے', 'ۓ', 'ی']) expect(fold(`ب${yeh}`)).toBe('بی');
    for (const heh of ['ه', 'ة', 'ۀ', 'ہ', 'ھ', 'ۂ']) expect(fold(`ب${heh}`)).toBe('به');
    for (const alef of ['أ', 'إ', 'آ', 'ٱ', 'ٲ', 'ٳ', 'ا']) expect(fold(`${alef}ب`)).toBe('اب');
    expect(fold('سؤال')).toBe('سوال');
    expect(fold('بك')).toBe('بک');
  });

  it('folds decomposed hamza forms like precomposed ones', () => {
    expect(fold('\u0627\u0654\u0645\u06CC\u0631')).toBe(fold('أمير'));
    expect(fold('\u064A\u0654')).toBe(fold('ئ'));
  });

  it('keeps a Persian word with ZWNJ as one token, without the ZWNJ in its term', () => {
    const text = 'من می‌خواهم بروم';
    expect(words(text)).toEqual([
      ['من', 'من'],
      ['میخواهم', 'می‌خواهم'],
      ['بروم', 'بروم'],
    ]);
    expect(fold('می‌خواهم')).toBe(fold('میخواهم'));
    // A ZWNJ between words (after a space) does not join them.
    expect(termsOf('من \u200C بروم')).toEqual(['من', 'بروم']);
  });

  it('reads Arabic-Indic and Persian digits as 0–9', () => {
    expect(termsOf('٢٠٢٤ ۱۴۰۳ 2024')).toEqual(['2024', '1403', '2024']);
  });

  it('separates at Arabic punctuation', () => {
    expect(termsOf('کیا؟ ہاں، ٹھیک۔')).toEqual(['کیا', 'هاں', 'ٹهیک']);
  });
});

describe('tokenize: scripts without spaces', () => {
  it('cuts Chinese, Japanese and Thai into words with exact offsets', () => {
    for (const text of ['我们在北京见面', '東京タワーに行った', 'ภาษาไทยง่ายนิดเดียว']) {
      const tokens = tokenize(text);
      expect(tokens.length).toBeGreaterThan(1);
      // The words cover the run end to end: nothing lost, nothing overlapping.
      expect(tokens.map((t) => text.slice(t.start, t.end)).join('')).toBe(text);
    }
    expect(words('東京タワーに行った')[0]).toEqual(['東京タワー', '東京タワー']);
    expect(termsOf('ภาษาไทยง่าย')).toEqual(['ภาษา', 'ไทย', 'ง่าย']);
  });

  it('keeps offsets right when a no-space run follows other text', () => {
    const text = 'Dawn: 日本語 and ภาษาไทย.';
    for (const t of tokenize(text)) expect(fold(text.slice(t.start, t.end))).toBe(t.term);
    expect(termsOf(text)).toEqual(['dawn', '日本語', 'and', 'ภาษา', 'ไทย']);
  });
});

describe('tokenize: emoji', () => {
  it('makes each emoji one token, dropping the emoji selector from its term', () => {
    const family = '👨‍👩‍👧‍👦';
    const text = `ok${family}🇵🇰 ❤️👍🏽!`;
    expect(words(text)).toEqual([
      ['ok', 'ok'],
      [family, family],
      ['🇵🇰', '🇵🇰'],
      ['❤', '❤️'],
      ['👍🏽', '👍🏽'],
    ]);
    expect(fold('❤️')).toBe(fold('❤'));
  });

  it('keeps a subdivision flag whole', () => {
    const wales = '🏴󠁧󠁢󠁷󠁬󠁳󠁿';
    expect(words(`a ${wales} b`)).toEqual([
      ['a', 'a'],
      [wales, wales],
      ['b', 'b'],
    ]);
  });
});

describe('terms', () => {
  it('gives the same terms as tokenize', () => {
    const text = 'The TTP’s پیشکش می‌خواهم 東京タワー 👍🏽 ٢٠٢٤ café';
    expect(terms(text)).toEqual(termsOf(text));
  });
});

/** Strings rich in the characters the tokenizer decides about, plus any code unit at all. */
const nasty = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      ' ',
      '-',
      '’',
      '.',
      'a',
      'Z',
      '7',
      'é',
      '\u0301',
      '\u200C',
      '\u200D',
      '\u00AD',
      '\uFE0F',
      'ي',
      'ك',
      'ـ',
      'َ',
      '٣',
      'ﻛ',
      '日',
      '本',
      'タ',
      'ไ',
      'ท',
      'ย',
      '👍',
      '🏽',
      '🇵',
      '🇰',
      '\uD83D',
      '\uDC4D',
      'ﷺ',
      '½',
    ),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  ),
  maxLength: 40,
});

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

describe('tokenize: properties over arbitrary text', () => {
  it('gives increasing, in-bounds offsets that never split a surrogate pair', () => {
    fc.assert(
      fc.property(nasty, (text) => {
        let last = 0;
        for (const t of tokenize(text)) {
          expect(t.start).toBeGreaterThanOrEqual(last);
          expect(t.end).toBeGreaterThan(t.start);
          expect(t.end).toBeLessThanOrEqual(text.length);
          for (const at of [t.start, t.end]) {
            const cut = isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at));
            expect(cut).toBe(false);
          }
          last = t.end;
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('folds each token from exactly the text it covers, and terms() agrees', () => {
    fc.assert(
      fc.property(nasty, (text) => {
        const tokens = tokenize(text);
        for (const t of tokens) {
          const word = text.slice(t.start, t.end);
          expect(word).not.toMatch(/\s/);
          expect(t.term).not.toBe('');
          expect(fold(word)).toBe(t.term);
        }
        expect(terms(text)).toEqual(tokens.map((t) => t.term));
      }),
      { numRuns: 1000 },
    );
  });

  it('finds the same words when separated by spaces as when tokenized alone', () => {
    const word = fc.stringMatching(/^[a-zé\u0600-\u06FF]{1,8}$/);
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), (list) => {
        expect(terms(list.join(' '))).toEqual(list.flatMap((w) => terms(w)));
      }),
    );
  });
});
