// Short lines that are only a date with a label or two: "Updated 1:39 am EST, Wednesday,
// November 20, 2019", "PUBLISHED: …". The page's date line, not a sentence about a date.
import {
  MONTH_WORD_SOURCE,
  NOT_LETTER_AFTER,
  NOT_LETTER_BEFORE,
  PUBLISHED_SOURCE,
  TIME_ZONES,
  UPDATED_SOURCE,
  WEEKDAY_WORD_SOURCE,
} from './date-words';
import { wordCount } from './text';

const MONTH = `(?:${MONTH_WORD_SOURCE})\\.?`;
const DATE_WORDS_IN_LINE = new RegExp(
  `(?:${MONTH}|(?:${WEEKDAY_WORD_SOURCE})\\.?|${NOT_LETTER_BEFORE}[ap]\\.?m\\.?(?=\\s|$|[,.|/-]))`,
  'giu',
);
/** Time zones are capitals ("EST", "PKT"): case keeps them apart from words such as "eat". */
const ZONE_IN_LINE = new RegExp(
  `${NOT_LETTER_BEFORE}(?:[A-Z]{1,3}T|${TIME_ZONES.join('|')})(?![\\p{L}\\p{M}])`,
  'gu',
);
const WRITTEN_DATE = new RegExp(
  `${MONTH}\\s+\\d{1,2}\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\.?\\s+(?:de\\s+)?${MONTH}|\\b\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}\\b`,
  'iu',
);
/** A line that opens with a date's label: "Published …", "Updated …", "Publié le …". */
export const DATE_LABEL = new RegExp(
  `^(?:first |last )?(?:${PUBLISHED_SOURCE}|${UPDATED_SOURCE})${NOT_LETTER_AFTER}`,
  'iu',
);

/** A date line about a revision, not the publication. */
export const UPDATED_LABEL = new RegExp(
  `^(?:last )?(?:${UPDATED_SOURCE})${NOT_LETTER_AFTER}`,
  'iu',
);

/** Short date lines: "Updated 1:39 am EST, Wednesday, November 20, 2019", "PUBLISHED: …". */
export function isDateLine(text: string): boolean {
  if (wordCount(text) > 16) return false;
  const year = /\b(?:19|20)\d{2}\b/.test(text);
  const time = /\b\d{1,2}[:.h]\d{2}\b/i.test(text);
  // What is left once the date words are gone should be a label or two, not a sentence.
  const rest = wordCount(
    text
      .replace(/\b\d+(?:st|nd|rd|th)?\b/gi, ' ')
      .replace(DATE_WORDS_IN_LINE, ' ')
      .replace(ZONE_IN_LINE, ' ')
      .replace(/[^\p{L}\s]/gu, ' '),
  );
  if (DATE_LABEL.test(text) && (year || time) && rest <= 8) return true;
  if (year && time && rest <= 4) return true;
  return WRITTEN_DATE.test(text) && (year || time) && rest <= 2;
}
