// Reads publication dates as pages write them: ISO timestamps (the date as written, not
// shifted to UTC), date lines ("Updated 5:27 am, Wednesday, November 20, 2019") and URL paths.
import { parseDateLine } from '../dates';
import { MONTH_SOURCE, NOT_LETTER_AFTER, NOT_LETTER_BEFORE } from '../furniture/date-words';

const MONTH = `${MONTH_SOURCE}\\.?`;
const YEAR = '(?:19|20)\\d{2}(?![\\p{L}\\p{N}])';
/**
 * A date written out in any of the importers' languages ("November 20, 2019", "30. Juli 2018",
 * "22 de outubro de 2010", "25 جون 2024") or an ISO date, inside a longer text.
 */
export const DATE_IN_TEXT = new RegExp(
  [
    `${NOT_LETTER_BEFORE}${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+${YEAR}`,
    `${NOT_LETTER_BEFORE}\\d{1,2}(?:st|nd|rd|th|er|e|º|\\.)?\\s*(?:de\\s+|of\\s+)?${MONTH}${NOT_LETTER_AFTER},?\\s*(?:de\\s+|del\\s+)?${YEAR}`,
    `${NOT_LETTER_BEFORE}(?:19|20)\\d{2}-\\d{2}-\\d{2}(?![\\p{L}\\p{N}])`,
  ].join('|'),
  'iu',
);

/** `YYYY-MM-DD` from ISO dates (as written, without shifting time zones) and date lines. */
export function parseDate(value: string): string | null {
  const text = value.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])/.exec(text);
  if (iso) return validDate(+iso[1]!, +iso[2]!, +iso[3]!);
  const compact = /^(\d{4})(\d{2})(\d{2})(?:$|T)/.exec(text);
  if (compact) return validDate(+compact[1]!, +compact[2]!, +compact[3]!);
  const line = parseDateLine(text.replace(/\s+(?:GMT|UTC|[+-]\d{2}:?\d{2})$/i, ''));
  if (line) return line;
  if (/^\d{10,13}$/.test(text)) {
    const ms = Number(text) * (text.length === 10 ? 1000 : 1);
    return validYear(new Date(ms).toISOString().slice(0, 10));
  }
  const parsed = Date.parse(text);
  return Number.isNaN(parsed) ? null : validYear(new Date(parsed).toISOString().slice(0, 10));
}

function validDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return validYear(date.toISOString().slice(0, 10));
}

function validYear(iso: string): string | null {
  const year = Number(iso.slice(0, 4));
  return year >= 1990 && year <= new Date().getUTCFullYear() + 1 ? iso : null;
}

/** A /2019/11/19/ or /2019-11-19 date in a URL's path. */
export function dateInUrl(url: string | null): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/-]|\.html?$|$)/.exec(path);
  return m ? validDate(+m[1]!, +m[2]!, +m[3]!) : null;
}

/** The first date written out in a line ("Updated 5:27 am, Wednesday, November 20, 2019"). */
export function dateInLine(text: string): string | null {
  const match = DATE_IN_TEXT.exec(text);
  return match ? parseDateLine(match[0]) : null;
}
