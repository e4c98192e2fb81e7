// Structural measures of a piece of page text, shared by the HTML refiner and the copied-text
// cleaner: how many words it has, whether it ends like a sentence, whether it reads as running
// prose, its form folded for comparison, and how much of one text another holds.

const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu;
const SENTENCE_END = /[.!?…。！？؟۔।]$/u;
const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']']);
const DECORATION = new Set([...' \t-–—•·|»«›‹<>()[]*_=~:']);

/**
 * The text without the run of `drop` characters at its end. A loop, not a `[…]+$` regex: such a
 * regex takes quadratic time on a long run that does not reach the end, and input is hostile.
 */
export function trimEndWhere(text: string, drop: (c: string) => boolean): string {
  let end = text.length;
  while (end > 0 && drop(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** Word count; in scripts written without spaces, every two characters count as a word. */
export function wordCount(text: string): number {
  const unspaced = text.match(UNSPACED)?.length ?? 0;
  const spaced = text
    .replace(UNSPACED, ' ')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return spaced + Math.ceil(unspaced / 2);
}

export const endsWithEllipsis = (text: string): boolean =>
  text.endsWith('...') || text.endsWith('…');

/**
 * Ends like a sentence (also in Arabic/Urdu, CJK and Devanagari punctuation), perhaps inside
 * closing quotes or brackets. A trailing ellipsis marks a cut-off teaser, not a sentence.
 */
export function endsSentence(text: string): boolean {
  const end = trimEndWhere(text.trim(), (c) => CLOSERS.has(c));
  return SENTENCE_END.test(end) && !endsWithEllipsis(end);
}

/** Running prose, what an article body is made of: a sentence of some length, or a long run. */
export function isProse(text: string, linkShare = 0): boolean {
  if (linkShare > 0.5) return false;
  const n = wordCount(text);
  // A paragraph leading into a list or quotation ends in a colon.
  return (n >= 10 && (endsSentence(text) || /[:;]$/.test(text.trim()))) || n >= 25;
}

/** Strips the dashes, bullets, brackets and arrows pages wrap around labels. */
export function bare(text: string): string {
  let start = 0;
  while (start < text.length && DECORATION.has(text[start]!) && text[start] !== ':') start++;
  return trimEndWhere(text.slice(start), (c) => DECORATION.has(c)).replace(/\s+/g, ' ');
}

/** Folds text so that copies differing only in quotes, case, spacing or punctuation match. */
export function foldKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Runs of three words, folded: what two texts share, whatever their line breaks. */
function trigrams(text: string): Set<string> {
  const w = foldKey(text).split(' ').filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i + 2 < w.length; i++) out.add(`${w[i]} ${w[i + 1]} ${w[i + 2]}`);
  return out;
}

/** The share of `reference`'s three-word runs that `text` holds too (1 when it has none). */
export function coverage(reference: string, text: string): number {
  const wanted = trigrams(reference);
  if (!wanted.size) return 1;
  const held = trigrams(text);
  let n = 0;
  for (const t of wanted) if (held.has(t)) n++;
  return n / wanted.size;
}
