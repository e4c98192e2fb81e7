// How search cuts text into words and folds each word to the form the index keeps, so that the
// same name typed on different keyboards (Arabic, Persian, Urdu, Pashto, Latin) meets itself.

export interface Token {
  term: string;
  /** UTF-16 offsets of the word in the text given to tokenize(). */
  start: number;
  end: number;
}

/**
 * Words outside plain ASCII, matched at a position the scanner below hands over:
 * 1. a run of letters, marks and digits, ZWNJ/ZWJ (and the soft hyphen, which web text hides
 *    inside words) joining its parts; runs of no-space scripts are cut again by Intl.Segmenter;
 * 2. an emoji: a pictograph with its modifiers, selectors and tags, ZWJ sequences, or a flag.
 */
const WORD =
  /([\p{L}\p{M}\p{N}]+(?:(?:\u200C|\u200D|\u00AD)+[\p{L}\p{M}\p{N}]+)*)|\p{RI}\p{RI}?|\p{ExtPict}[\p{M}\p{EMod}\u{E0020}-\u{E007F}]*(?:\u200D\p{ExtPict}[\p{M}\p{EMod}\u{E0020}-\u{E007F}]*)*/uy;

/** ASCII letters and digits: the scanner's fast path covers most of the corpus without a regex. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = /[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 1 : 0;

/** Scripts written without spaces between words: only these runs go to Intl.Segmenter. */
const NO_SPACE =
  /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;
const segmenter = new Intl.Segmenter('und', { granularity: 'word' });
const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;

const EMOJI = /\p{ExtPict}|\p{RI}/u;
const EMOJI_SELECTORS = /[\uFE0E\uFE0F]/g;

/**
 * Removed after NFD: the diacritics of Latin, Greek and Cyrillic (é -> e), Hebrew points, Arabic
 * harakat U+064B–U+065F (which also carries the hamza and madda that NFD splits off أ إ آ ؤ ئ ۓ
 * ۀ ۂ), superscript alef U+0670, Quranic marks U+0610–U+061A, U+06D6–U+06ED, U+08D3–U+08FF,
 * tatweel U+0640, variation selectors, and whatever NFKC left that is not a letter, mark or digit
 * (the spaces of ﷺ, the brackets of ⑴, ZWNJ/ZWJ). The vowel signs of Indic, Thai and other
 * scripts are marks too but spell the word, so they stay.
 */
const STRIP =
  // eslint-disable-next-line no-misleading-character-class -- ranges of lone marks, on purpose
  /[^\p{L}\p{M}\p{N}]|[\u0300-\u036F\u0483-\u0489\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7\u0610-\u061A\u0640\u064B-\u065F\u0670\u06D6-\u06ED\u08D3-\u08FF\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF\uFE00-\uFE0F\uFE20-\uFE2F\u{E0100}-\u{E01EF}]/gu;

/**
 * Arabic-script letters folded together, because the same name is typed with different code
 * points on Arabic, Persian, Urdu and Pashto keyboards (and by OCR and transliteration tools).
 * Applied after NFD and the mark strip, so the hamza/madda forms arrive as their base letter.
 *   yeh:  ي U+064A, ى U+0649, ئ U+0626 (via ي), ې U+06D0, ے U+06D2, ۓ U+06D3 (via ے), ۍ U+06CD -> ی U+06CC
 *   kaf:  ك U+0643, ڪ U+06AA -> ک U+06A9
 *   heh:  ة U+0629, ۀ U+06C0 (via ە U+06D5), ہ U+06C1, ۂ U+06C2 (via ہ), ۃ U+06C3, ھ U+06BE -> ه U+0647
 *   alef: أ U+0623, إ U+0625, آ U+0622 (via ا), ٱ U+0671, ٲ U+0672, ٳ U+0673 -> ا U+0627
 *   waw:  ؤ U+0624 (via و) -> و U+0648
 *   digits: Arabic-Indic U+0660–U+0669 and Extended U+06F0–U+06F9 -> 0–9
 */
const LETTERS: Record<string, string> = {
  '\u064A': '\u06CC',
  '\u0649': '\u06CC',
  '\u06D0': '\u06CC',
  '\u06D2': '\u06CC',
  '\u06CD': '\u06CC',
  '\u0643': '\u06A9',
  '\u06AA': '\u06A9',
  '\u0629': '\u0647',
  '\u06D5': '\u0647',
  '\u06C1': '\u0647',
  '\u06C3': '\u0647',
  '\u06BE': '\u0647',
  '\u0671': '\u0627',
  '\u0672': '\u0627',
  '\u0673': '\u0627',
};
for (let d = 0; d < 10; d++) {
  LETTERS[String.fromCharCode(0x0660 + d)] = String(d);
  LETTERS[String.fromCharCode(0x06f0 + d)] = String(d);
}
const LETTER_VARIANTS = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'g');

function isAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 127) return false;
  return true;
}

/** Non-ASCII words repeat a lot (names, function words): folding each spelling once pays. */
const cache = new Map<string, string>();
const CACHE_LIMIT = 100_000;

/** Folds one word (already a single token's characters) as the index keeps it. */
export function fold(word: string): string {
  if (isAscii(word)) return word.replace(STRIP, '').toLowerCase();
  const known = cache.get(word);
  if (known !== undefined) return known;
  const folded = EMOJI.test(word) ? word.replace(EMOJI_SELECTORS, '') : foldLetters(word);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, folded);
  return folded;
}

function foldLetters(word: string): string {
  return word
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(STRIP, '')
    .replace(LETTER_VARIANTS, (c) => LETTERS[c]!)
    .normalize('NFC');
}

/** Calls `emit` for each word of `text` in order; words that fold to nothing are skipped. */
function eachWord(text: string, emit: (term: string, start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (c < 128) {
      if (ASCII_WORD[c] === 0) {
        i++;
        continue;
      }
      let j = i;
      let upper = false;
      while (j < n && (c = text.charCodeAt(j)) < 128 && ASCII_WORD[c] === 1) {
        if (c <= 90 && c >= 65) upper = true;
        j++;
      }
      // An ASCII word ends at ASCII punctuation or the end; a non-ASCII letter, mark or joiner
      // after it may continue the word (café, naïve), so the regex takes it from the start.
      if (j === n || c < 128) {
        const word = text.slice(i, j);
        emit(upper ? word.toLowerCase() : word, i, j);
        i = j;
        continue;
      }
    }
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (m === null) {
      // Not a word: step over one code point, never half a surrogate pair.
      i += c >= 0xd800 && c < 0xdc00 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      continue;
    }
    const end = WORD.lastIndex;
    if (m[1] !== undefined && NO_SPACE.test(m[1])) {
      for (const s of segmenter.segment(m[1])) {
        if (!s.isWordLike && !HAS_WORD_CHAR.test(s.segment)) continue;
        const term = fold(s.segment);
        if (term) emit(term, i + s.index, i + s.index + s.segment.length);
      }
    } else {
      const term = fold(m[0]);
      if (term) emit(term, i, end);
    }
    i = end;
  }
}

/** The words of `text` with their offsets, each folded to the form the index keeps. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  eachWord(text, (term, start, end) => tokens.push({ term, start, end }));
  return tokens;
}

/** The folded terms only: the fast path for indexing large texts (same terms as tokenize). */
export function terms(text: string): string[] {
  const out: string[] = [];
  eachWord(text, (term) => out.push(term));
  return out;
}
