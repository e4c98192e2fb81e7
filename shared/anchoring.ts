// Selectors <-> offsets: builds W3C quote/position selectors for a range and finds them again.

import search from 'approx-string-match';
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
 * quote is gone. Exact matches only (the quote where it was, or elsewhere with its
 * context); `reanchor` also finds quotes whose words were slightly edited.
 */
export function anchor(text: string, selectors: Selectors): { start: number; end: number } | null {
  const found = reanchor(text, selectors, { fuzzy: false });
  return found && { start: found.start, end: found.end };
}
// ---- re-anchoring on a revised text ----

/** Where a highlight's quote was found in a revised text. */
export interface Reanchored {
  /** UTF-16 offsets into the new text, on grapheme boundaries. */
  start: number;
  end: number;
  /** `exact`: the same words at the same place; `moved`: the same or slightly edited words elsewhere. */
  how: 'exact' | 'moved';
}

export interface ReanchorOptions {
  /** Also look for slightly edited words (approximate matching); default true. */
  fuzzy?: boolean;
}

/** Edits allowed inside a quote: a quarter of its length, at most 64; one in a short word
 * (which then needs nearly all its context, see `contextAgrees`). */
export function errorBudget(length: number): number {
  return length < 2 ? 0 : Math.min(64, Math.max(1, Math.floor(length / 4)));
}

/** Matched context a candidate needs beyond its quote (see `evidence`). */
const MIN_EVIDENCE = 20;
/** Evidence that a quote still begins or ends its paragraph, or is the only such words. */
const BREAK_EVIDENCE = 8;
const UNIQUE_EVIDENCE = 6;
/** Quotes shorter than this (a word or two) need more of their context to agree. */
const SHORT_QUOTE = 16;
/** Quotes this short (a letter, a short word) need nearly all their context. */
const TINY_QUOTE = 4;
/** Shortest context whose single edit counts in full against it. */
const MIN_SIDE = 10;
/** Context similarity that random text of the same script reaches by chance. */
const CONTEXT_NOISE = 0.5;
/** Score of exact words whose context on both sides is (nearly) all there. */
const STRONG = 50 + 2 * 21 * 0.9;
/** Longest text searched for approximate matches in one piece. */
const WINDOW = 4096;

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

/**
 * Finds a highlight's words in a revised text, as Hypothesis does: the exact quote where it
 * was; else the exact quote elsewhere; else approximate matches of the quote (a quarter of
 * its length in edits), each scored by how alike the quote, its prefix and suffix are and how
 * close it is to the old place. A candidate is taken only when the quote and its context
 * together are evidence enough, so a quote whose words are gone comes back null (an orphan)
 * rather than attached to other words.
 */
export function reanchor(
  text: string,
  { quote, position }: Selectors,
  { fuzzy = true }: ReanchorOptions = {},
): Reanchored | null {
  const exact = quote.exact;
  if (!exact || !text) return null;
  const hint = codePointToUtf16(text, position.start);

  const candidates: Candidate[] = [];
  const MAX_EXACT = 1000;
  for (
    let at = text.indexOf(exact);
    at !== -1 && candidates.length < MAX_EXACT;
    at = text.indexOf(exact, at + 1)
  ) {
    candidates.push({ start: at, end: at + exact.length, errors: 0 });
  }
  let found = pick(text, quote, hint, candidates);
  // The exact words with less than all their context may be a twin of edited words: the
  // approximate search (which finds the exact words too) settles it by score.
  if ((!found || found.score < STRONG) && fuzzy) {
    const budget = errorBudget(exact.length);
    const near = budget > 0 ? pick(text, quote, hint, approximate(text, exact, budget)) : null;
    if (near && (!found || near.score > found.score)) found = near;
  }
  if (!found) return null;
  const best = found.c;
  const snapped = snapToGraphemes(text, best.start, best.end);
  // An approximate match may take in white space next to the words; the exact quote is kept as is.
  const range = best.errors > 0 ? trimWhitespace(text, snapped) : snapped;
  if (range.end <= range.start) return null;
  const how =
    range.start === hint && text.slice(range.start, range.end) === exact ? 'exact' : 'moved';
  return { ...range, how };
}

/** Every local best approximate match: the text is searched in overlapping windows, as the
 * matcher reports only the lowest-cost matches of the text it is given. */
function approximate(text: string, pattern: string, budget: number): Candidate[] {
  const overlap = pattern.length + budget;
  const size = Math.max(WINDOW, overlap * 4);
  const found = new Map<string, Candidate>();
  for (let from = 0; from < text.length; from += size - overlap) {
    let slice = text.slice(from, from + size);
    // The matcher gives only the cheapest matches: the same words elsewhere (a twin) would
    // hide the edited words, so each round blanks out what it found and looks again.
    for (let round = 0; round < 4; round++) {
      const matches = search(slice, pattern, budget);
      if (matches.length === 0) break;
      for (const m of matches) {
        const c = { start: from + m.start, end: from + m.end, errors: m.errors };
        const key = `${c.start}:${c.end}`;
        if (!found.has(key)) found.set(key, c);
      }
      for (const m of matches) {
        slice = slice.slice(0, m.start) + '\u0000'.repeat(m.end - m.start) + slice.slice(m.end);
      }
    }
    if (from + size >= text.length) break;
  }
  return [...found.values()];
}

/** The best-scoring candidate that has evidence enough, with its score, or null. */
function pick(
  text: string,
  quote: TextQuoteSelector,
  hint: number,
  candidates: readonly Candidate[],
): { c: Candidate; score: number } | null {
  let best: { c: Candidate; score: number } | null = null;
  const length = quote.exact.length;
  const oldBefore = paragraphContext(quote.prefix, -1);
  const oldAfter = paragraphContext(quote.suffix, 0);
  for (const c of candidates) {
    const from = c.start - quote.prefix.length - 8;
    const to = c.end + quote.suffix.length + 8;
    const before = text.slice(Math.max(0, from), c.start);
    const after = text.slice(c.end, to);
    // The text's edges count as line breaks, as they do in the old context.
    const left = sideAgreement(reverse(oldBefore), reverse(from <= 0 ? `\n${before}` : before));
    const right = sideAgreement(oldAfter, to >= text.length ? `${after}\n` : after);
    const inPlace = c.start === hint && c.errors === 0;
    if (!contextAgrees(left, right, length, c.errors, inPlace)) continue;
    const prefix = contextSimilarity(reverse(quote.prefix), reverse(before));
    const suffix = contextSimilarity(quote.suffix, after);
    const quoteScore = 1 - c.errors / length;
    // Being the only such words counts only when their context agrees all round.
    const settled = Math.min(left.agreement, right.agreement) >= 0.9;
    const evidence =
      Math.max(left.chars, sideEvidence(reverse(quote.prefix), reverse(before), prefix)) +
      Math.max(right.chars, sideEvidence(quote.suffix, after, suffix)) +
      (c.errors === 0 ? exactEvidence(quote, before, after, settled ? candidates.length : 0) : 0) +
      // A long quote is evidence of itself; its edits count against it.
      Math.max(0, length - 4 * c.errors - 16);
    // The exact quote still where it was needs only a little of its context to agree.
    if (evidence < (inPlace ? MIN_EVIDENCE / 3 : MIN_EVIDENCE)) continue;
    const closeness = 1 - Math.min(1, Math.abs(c.start - hint) / Math.max(1, text.length));
    // Context past a paragraph break (paragraphs get inserted, removed, moved) only breaks ties.
    const score =
      50 * quoteScore +
      20 * left.agreement +
      20 * right.agreement +
      (prefix ?? left.agreement) +
      (suffix ?? right.agreement) +
      4 * closeness +
      (inPlace ? 2 : 0);
    if (!best || score > best.score) best = { c, score };
  }
  return best;
}

/** How well one side's context (within its paragraph) agrees with the new text beside a
 * candidate: `agreement` 0..1 beyond chance, and `chars`, the characters that vouch for it. */
interface Side {
  agreement: number;
  chars: number;
}

/**
 * The part of a context inside the quote's own paragraph, with the line break that ends it
 * (the text's edge counts as one): what lies past a break changes when paragraphs are
 * inserted, removed or moved, and says nothing about the words themselves.
 */
function paragraphContext(context: string, side: 0 | -1): string {
  if (side === -1) {
    const at = context.lastIndexOf('\n');
    if (at !== -1) return context.slice(at);
    // A prefix shorter than its full length began at the text's start.
    return context.length < CONTEXT_LENGTH ? `\n${context}` : context;
  }
  const at = context.indexOf('\n');
  if (at !== -1) return context.slice(0, at + 1);
  // A suffix may be one short of its length so as not to end on half a surrogate pair.
  return context.length < CONTEXT_LENGTH - 1 ? `${context}\n` : context;
}

/** Evidence from one side's whole context, across line breaks: the longer of its untouched
 * run next to the quote and its likeness beyond chance, in characters. */
function sideEvidence(old: string, now: string, similarity: number | null): number {
  let run = 0;
  while (run < old.length && run < now.length && old[run] === now[run]) run++;
  return Math.max(run, support(similarity) * old.length);
}

/** Agreement of one side: the longer of its untouched run next to the quote and its likeness. */
function sideAgreement(old: string, now: string): Side {
  // A quote that began (ended) its paragraph close by must still do so: the same words at the
  // end (start) of some other paragraph's sentence are not its own.
  if (old.endsWith('\n') && !now.slice(0, old.length + 2).includes('\n')) {
    return { agreement: 0, chars: 0 };
  }
  let run = 0;
  while (run < old.length && run < now.length && old[run] === now[run]) run++;
  if (run === old.length) return { agreement: 1, chars: run };
  // One edit in a context of a character or two (a line break) does not make it disagree.
  const likeness = support(
    1 - (1 - contextSimilarity(old, now)!) * (old.length / Math.max(old.length, MIN_SIDE)),
  );
  const agreement = Math.max(run / old.length, likeness);
  return { agreement, chars: agreement * old.length };
}

/**
 * Whether the context on both sides of a candidate says these are the highlight's own words
 * rather than the same words elsewhere (a twin sentence, a repeated phrase): both sides must
 * agree beyond chance, or one side fully and the other at least half. Short quotes (a word or
 * two) say little by themselves and need more of their context; so do approximate matches.
 */
function contextAgrees(
  left: Side,
  right: Side,
  length: number,
  errors: number,
  inPlace: boolean,
): boolean {
  const short = length < SHORT_QUOTE;
  const need =
    (length <= TINY_QUOTE ? 0.8 : short ? 0.65 : 0.5) +
    (errors > 0 ? (length <= TINY_QUOTE ? 0.05 : 0.1) : 0) -
    (inPlace ? (short ? 0.1 : 0.15) : 0) -
    1e-9; // rounding
  const [low, high] = left.agreement < right.agreement ? [left, right] : [right, left];
  if (low.agreement >= need) return true;
  return high.agreement >= 0.95 && low.agreement >= need - (short ? 0.15 : 0.1) && !short;
}

/** What else speaks for the exact words: still beginning (ending) a paragraph as they did,
 * and being the only place in the text that holds them. */
function exactEvidence(quote: TextQuoteSelector, before: string, after: string, places: number) {
  return (
    (atBreak(quote.prefix, -1) && atBreak(before, -1) ? BREAK_EVIDENCE : 0) +
    (atBreak(quote.suffix, 0) && atBreak(after, 0) ? BREAK_EVIDENCE : 0) +
    (places === 1 ? UNIQUE_EVIDENCE : 0)
  );
}

/** Whether a context starts (`at` 0) or ends (`at` -1) at a line break or the text's edge. */
function atBreak(context: string, at: 0 | -1): boolean {
  return context === '' || context.at(at) === '\n';
}

/** How far a context's likeness exceeds chance, 0..1 (an absent context gives none). */
function support(similarity: number | null): number {
  if (similarity === null) return 0;
  return Math.max(0, (similarity - CONTEXT_NOISE) / (1 - CONTEXT_NOISE));
}

/**
 * How alike an old context is to the new text beside a candidate, 0..1: one minus the edits
 * that turn `old` into some beginning of `now`, per character of `old`. Null when the old
 * context is empty (the quote began or ended the text): 1 if the new one is empty too.
 */
function contextSimilarity(old: string, now: string): number | null {
  if (!old) return now ? null : 1;
  let row = Array.from({ length: now.length + 1 }, (_, j) => j);
  for (let i = 1; i <= old.length; i++) {
    const next = [i];
    for (let j = 1; j <= now.length; j++) {
      const cost = old.charCodeAt(i - 1) === now.charCodeAt(j - 1) ? 0 : 1;
      next.push(Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + cost));
    }
    row = next;
  }
  return 1 - Math.min(...row) / old.length;
}

const reverse = (s: string) => s.split('').reverse().join('');
