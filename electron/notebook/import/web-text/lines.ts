// Measures each line of copied page text: how long it is and whether it reads as running prose,
// the signals the cleaner uses to tell the article from the page furniture around it.
import type { BlockKind } from '../extracted';
import {
  endsSentence,
  endsWithEllipsis,
  foldKey,
  trimEndWhere,
  wordCount,
} from '../furniture/text';
import { TUNING } from '../furniture/tuning';

export interface Line {
  /** Position among the non-empty lines. */
  index: number;
  /** The line as copied, trimmed. */
  text: string;
  /** Word count; in scripts written without spaces, every two characters count as a word. */
  words: number;
  /** Ends like a sentence (., !, ?, …, ۔, 。, perhaps inside closing quotes or brackets). */
  sentence: boolean;
  /** Reads as running prose rather than a label, link, heading or caption. */
  prose: boolean;
  /** Starts with a bullet or a list number. */
  bullet: boolean;
  /** A row of a table: cells separated by tabs. */
  table: boolean;
  /** The line folded for comparison: quotes, case, spacing and punctuation ignored. */
  key: string;
}

export const BULLET = /^(?:[-•*▪◦‣●○■□–]|\d{1,3}[.)](?!\d))\s+(?=\S)/u;

export function measure(
  text: string,
  index: number,
  longLineWords = TUNING.text.longLineWords,
): Line {
  const words = wordCount(text);
  const sentence = endsSentence(text);
  return {
    index,
    text,
    words,
    sentence,
    prose:
      (words >= 7 && sentence) ||
      (words >= longLineWords &&
        // A cut-off teaser ends in an ellipsis; a paragraph cut short by a paywall has
        // whole sentences before it.
        (!endsWithEllipsis(trimEndWhere(text, (c) => !/[\p{L}\p{N}.…]/u.test(c))) ||
          /[.!?]["”’)]?\s+\p{Lu}/u.test(text))),
    // "- Advertisement -" is a decorated label, not a list item.
    bullet: BULLET.test(text) && !/\s[-–—•*]$/u.test(text),
    table: (text.match(/\t/g)?.length ?? 0) >= 2,
    key: foldKey(text),
  };
}

/** Splits copied text into its non-empty lines, trimmed, in NFC. */
export function splitLines(raw: string, longLineWords = TUNING.text.longLineWords): Line[] {
  return raw
    .normalize('NFC')
    .replace(/^\uFEFF/, '')
    .split(/\r\n?|\n|\u2028|\u2029/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((text, index) => measure(text, index, longLineWords));
}

/** What kind of block a kept line becomes. */
export function blockKind(line: Line): BlockKind {
  if (line.bullet) return 'list-item';
  if (isQuote(line.text)) return 'quote';
  if (!line.prose && !line.sentence && line.words <= 12 && !/[,;]$/.test(line.text))
    return 'heading';
  return 'paragraph';
}

/** A line that is wholly one quotation ("…" or «…») with nothing after the closing mark. */
function isQuote(text: string): boolean {
  const m = /^(["“«„])([\s\S]+)(["”»“])$/u.exec(text);
  if (!m || wordCount(text) < 4) return false;
  return !/["“”«»„]/u.test(m[2]!);
}
