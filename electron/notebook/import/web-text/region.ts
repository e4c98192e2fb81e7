// Finds where the article runs in copied page text: the stretch of lines that holds the most
// running prose for the least furniture (a maximum-sum segment, as in body-text extraction).
import { TUNING, type TextTuning } from '../furniture/tuning';
import type { Line } from './lines';
import { callsToAction, opensImperative } from '../furniture/prompts';
import { labelWords, set } from '../furniture/wording';

export interface Region {
  /** First line of the article body. */
  start: number;
  /** One past its last line. */
  end: number;
}

export interface LineSignals {
  line: Line;
  /** Furniture wherever it stands (ads, share bars, prompts). */
  furniture: boolean;
  /** Opens the lists or comments that follow an article. */
  tail: boolean;
  /** Opens a comment thread: the article does not run on past it. */
  comments: boolean;
  /** A short date or byline line: between paragraphs, the mark of a list of other stories. */
  meta: boolean;
  /** A short line the page prints more than once: a label, not text. */
  repeated: boolean;
}

/** What each line is worth to the article: prose earns its length, everything else costs. */
function worth({ line, furniture, tail, meta, repeated }: LineSignals, t: TextTuning): number {
  if (tail) return -t.tailCost;
  if (meta) return -t.metaCost;
  if (furniture) return -t.furnitureCost;
  if (repeated) return -t.repeatCost;
  // One-sentence teasers under a list of headlines earn little; paragraphs earn their length.
  if (line.prose) return Math.max(1, line.words - t.teaserWords);
  if (line.table) return 1;
  if (line.bullet) return 0;
  if (line.sentence || /^https?:\/\/\S+$/.test(line.text)) return -1;
  return -(t.labelCost + t.labelWordCost * Math.min(line.words, 20));
}

/**
 * The maximum-sum stretch of lines. A comment thread is a wall: prose beyond one counts for
 * little once an article has been seen before it. A byline or date line well into the body
 * starts another story (a list of teasers), so the article ends before it.
 */
export function mainRegion(
  signals: readonly LineSignals[],
  tuning: TextTuning = TUNING.text,
): Region | null {
  // The longer a stretch without prose, the surer it is a boundary: each further line costs more.
  let gap = 0;
  const worths = signals.map((s) => {
    const w = worth(s, tuning);
    if (s.line.prose) {
      gap = 0;
      return w;
    }
    gap++;
    return w < 0 ? w * (1 + Math.max(0, gap - tuning.gapLines) * tuning.gapGrowth) : w;
  });
  let region = maxSegment(signals, worths, 0, signals.length);
  if (!region) return null;
  let prose = 0;
  for (let i = region.start; i < region.end; i++) {
    const { line, meta } = signals[i]!;
    if (meta && prose >= 100) {
      region = maxSegment(signals, worths, region.start, i) ?? region;
      break;
    }
    if (line.prose) prose += line.words;
  }
  return extendOverList(signals, closingSentences(signals, region));
}

/**
 * A short last sentence ("He denied the charges.") is too short to earn its place, but the
 * article ends with it: up to two whole statements right after the last paragraph, before any
 * furniture, belong to it. Not a question, an imperative, a line addressing the reader ("Thank
 * you for reading.") or one about the page itself ("This story has been updated.").
 */
function closingSentences(signals: readonly LineSignals[], region: Region): Region {
  let end = region.end;
  while (end < signals.length && end < region.end + 2) {
    const { line, furniture, tail, meta, repeated } = signals[end]!;
    if (!line.sentence || line.words < 3 || furniture || tail || meta || repeated) break;
    if (line.text.includes('?') || opensImperative(line.text) || callsToAction(line.text)) break;
    if (labelWords(line.text).some((w) => PAGE_OR_READER.has(w))) break;
    end++;
  }
  return end === region.end ? region : { start: region.start, end };
}

const PAGE_OR_READER = set('you your thank thanks story article post page newsletter');

function maxSegment(
  signals: readonly LineSignals[],
  worths: readonly number[],
  from: number,
  to: number,
): Region | null {
  let best: Region | null = null;
  let bestSum = 0;
  let sum = 0;
  let start = from;
  let discount = 1;
  for (let i = from; i < to; i++) {
    const s = signals[i]!;
    if (s.comments) {
      sum = 0;
      start = i + 1;
      if (bestSum >= 30) discount = 0.25;
      continue;
    }
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    const w = worths[i]!;
    sum += w > 0 ? w * discount : w;
    if (sum > bestSum) {
      bestSum = sum;
      best = { start, end: i + 1 };
    }
  }
  return best;
}

/** A list or table that closes the article (bullets, numbered items, rows, their links) is part of it. */
function extendOverList(signals: readonly LineSignals[], region: Region): Region {
  let end = region.end;
  let items = 0;
  for (let i = region.end; i < signals.length; i++) {
    const { line, tail, furniture } = signals[i]!;
    if (tail || furniture) break;
    if (line.bullet || line.table) items++;
    else if (!/^https?:\/\/\S+$/.test(line.text)) break;
    end = i + 1;
  }
  return items >= 2 ? { start: region.start, end } : region;
}
