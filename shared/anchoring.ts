// Selectors <-> offsets: builds W3C quote/position selectors for a range and finds them again.

import type { TextPositionSelector, TextQuoteSelector } from './model';

/** How much context on each side a quote selector keeps. */
export const CONTEXT_LENGTH = 32;

/** Converts a UTF-16 offset to a code-point offset. */
export function utf16ToCodePoint(text: string, offset: number): number {
  let points = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // Count a surrogate pair once, at its high half.
    if (!(unit >= 0xdc00 && unit <= 0xdfff && i > 0 && isHigh(text.charCodeAt(i - 1)))) points++;
  }
  return points;
}

/** Converts a code-point offset to a UTF-16 offset. */
export function codePointToUtf16(text: string, points: number): number {
  let i = 0;
  for (let p = 0; p < points && i < text.length; p++) {
    i += isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1)) ? 2 : 1;
  }
  return i;
}

/** Moves `offset` back off the low half of a surrogate pair, so context never holds half a character. */
function codePointBoundary(text: string, offset: number): number {
  return offset > 0 &&
    offset < text.length &&
    isLow(text.charCodeAt(offset)) &&
    isHigh(text.charCodeAt(offset - 1))
    ? offset - 1
    : offset;
}

const isHigh = (u: number) => u >= 0xd800 && u <= 0xdbff;
const isLow = (u: number) => u >= 0xdc00 && u <= 0xdfff;

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Widens [start, end) so it neither cuts a surrogate pair nor a grapheme cluster
 * (an emoji ZWJ sequence, a letter with its combining marks).
 */
export function snapToGraphemes(text: string, start: number, end: number) {
  let s = Math.max(0, Math.min(start, text.length));
  let e = Math.max(s, Math.min(end, text.length));
  const window = 64;
  const from = Math.max(0, s - window);
  for (const g of segmenter.segment(text.slice(from, Math.min(text.length, e + window)))) {
    const gs = from + g.index;
    const ge = gs + g.segment.length;
    if (gs < s && ge > s) s = gs;
    if (gs < e && ge > e) e = ge;
  }
  return { start: s, end: e };
}

/** Narrows [start, end) so it neither begins nor ends with white space. */
export function trimWhitespace(text: string, { start, end }: { start: number; end: number }) {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

export interface Selectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/** Describes the UTF-16 range [start, end) of `text` with quote and position selectors. */
export function describe(text: string, start: number, end: number): Selectors {
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(codePointBoundary(text, Math.max(0, start - CONTEXT_LENGTH)), start),
      suffix: text.slice(end, codePointBoundary(text, end + CONTEXT_LENGTH)),
    },
    position: {
      type: 'TextPositionSelector',
      start: utf16ToCodePoint(text, start),
      end: utf16ToCodePoint(text, end),
    },
  };
}

/**
 * Finds the selectors' quote in `text` and returns its UTF-16 range, or null when the
 * quote is gone. The position is trusted only where the exact quote still stands there;
 * otherwise every occurrence is scored by matching context and closeness to the old place.
 */
export function anchor(text: string, { quote, position }: Selectors) {
  const start = codePointToUtf16(text, position.start);
  const end = codePointToUtf16(text, position.end);
  if (text.slice(start, end) === quote.exact) return { start, end };

  let best: { start: number; score: number } | null = null;
  for (let at = text.indexOf(quote.exact); at !== -1; at = text.indexOf(quote.exact, at + 1)) {
    const before = text.slice(Math.max(0, at - quote.prefix.length), at);
    const after = text.slice(
      at + quote.exact.length,
      at + quote.exact.length + quote.suffix.length,
    );
    const context = commonSuffix(before, quote.prefix) + commonPrefix(after, quote.suffix);
    const distance = Math.abs(at - start) / Math.max(1, text.length);
    const score = context - distance;
    if (!best || score > best.score) best = { start: at, score };
  }
  return best ? { start: best.start, end: best.start + quote.exact.length } : null;
}

function commonPrefix(a: string, b: string) {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function commonSuffix(a: string, b: string) {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
