// The lines shown with a hit: where in a text the query's words first occur, and a window
// around that place with every match inside it marked «like this».
import { tokenize, type Token } from './tokenize';

export interface Matcher {
  /** Index terms matched by the query's words, with their prefix and typo variants. */
  terms: ReadonlySet<string>;
  /** The query's phrases, each a run of folded terms. */
  phrases: readonly (readonly string[])[];
}

const BEFORE = 60;
const AFTER = 160;
/** Long texts are tokenised a stretch at a time until the first match turns up. */
const CHUNK = 8192;

/** Every match of the words and phrases in `text`, in order, as UTF-16 ranges. */
export function findMatches(text: string, matcher: Matcher, limit = Infinity) {
  const ranges: Array<{ start: number; end: number }> = [];
  for (let from = 0; from < text.length && ranges.length < limit;) {
    const to = chunkEnd(text, from);
    const tokens = tokenize(text.slice(from, to)).map((t) => ({
      ...t,
      start: t.start + from,
      end: t.end + from,
    }));
    // A phrase may run across the cut: take it from the tokens of this stretch and the next.
    const tail = to < text.length ? tokenize(text.slice(to, chunkEnd(text, to))).slice(0, 16) : [];
    const all = [...tokens, ...tail.map((t) => ({ ...t, start: t.start + to, end: t.end + to }))];
    for (let i = 0; i < tokens.length && ranges.length < limit; i++) {
      const length = matchLength(all, i, matcher);
      if (length) {
        ranges.push({ start: all[i]!.start, end: all[i + length - 1]!.end });
        i += length - 1;
      }
    }
    from = to;
  }
  return ranges;
}

/** How many tokens from `i` on make a match: a whole phrase, one matched word, or none. */
function matchLength(tokens: readonly Token[], i: number, matcher: Matcher): number {
  for (const phrase of matcher.phrases) {
    if (phrase.every((term, j) => tokens[i + j]?.term === term)) return phrase.length;
  }
  return matcher.terms.has(tokens[i]!.term) ? 1 : 0;
}

function chunkEnd(text: string, from: number): number {
  if (from + CHUNK >= text.length) return text.length;
  const space = text.indexOf(' ', from + CHUNK);
  return space === -1 ? text.length : space;
}

/** A window of `text` around its first match with every match in it marked; null if none. */
export function snippetOf(
  text: string,
  matcher: Matcher,
): { snippet: string; start: number; end: number } | null {
  const [first] = findMatches(text, matcher, 1);
  if (!first) return null;
  let from = Math.max(0, first.start - BEFORE);
  let to = Math.min(text.length, first.end + AFTER);
  // Whole words at both ends.
  if (from > 0) {
    const space = text.lastIndexOf(' ', from);
    from = space > first.start - BEFORE - 20 ? space + 1 : from;
  }
  if (to < text.length) {
    const space = text.indexOf(' ', to);
    if (space !== -1 && space < to + 20) to = space;
  }
  const window = text.slice(from, to);
  let snippet = '';
  let at = 0;
  for (const m of findMatches(window, matcher)) {
    snippet += window.slice(at, m.start) + '«' + window.slice(m.start, m.end) + '»';
    at = m.end;
  }
  snippet += window.slice(at);
  snippet = snippet.replace(/\s+/g, ' ').trim();
  return {
    snippet: `${from > 0 ? '… ' : ''}${snippet}${to < text.length ? ' …' : ''}`,
    start: first.start,
    end: first.end,
  };
}

/** The opening of a text, for a hit found by a filter or a tag rather than by its words. */
export function openingOf(text: string, length = AFTER + BEFORE): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= length) return flat;
  const space = flat.lastIndexOf(' ', length);
  return `${flat.slice(0, space > length - 30 ? space : length)} …`;
}
