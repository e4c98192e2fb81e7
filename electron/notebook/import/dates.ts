// Reads the dates a page prints: a date line ("Tuesday, June 25, 2024", "Updated: 19 November
// 2019, 09:01 AM", "publiziert am 30. Juli 2018", "25 جون 2024") or a date inside a short string.
import {
  DATE_FILLER,
  isWeekday,
  MONTH_SOURCE,
  monthNumber,
  NOT_LETTER_AFTER,
  NOT_LETTER_BEFORE,
  PUBLISHED_WORDS,
  TIME_ZONE,
  UPDATED_WORDS,
} from './furniture/date-words';

/** A date found in a line of text. */
export interface DateMatch {
  /** `YYYY-MM-DD`. */
  date: string;
  index: number;
  end: number;
  /** Day and month could be read either way round (`03/04/2024`). */
  ambiguous: boolean;
}

/** A line that is essentially a date, with what the page says about it. */
export interface DateLine {
  /** `YYYY-MM-DD`. */
  date: string;
  /** What the page called the date ("Published …", "Updated …"), if anything. */
  label: 'published' | 'updated' | null;
  /** Nothing but a date (and perhaps a weekday or time): could be the page's "today" header. */
  bare: boolean;
  ambiguous: boolean;
}

const MONTH = `(${MONTH_SOURCE})\\.?`;
const ORDINAL = '(?:st|nd|rd|th|er|e|º|\\.)?';
const YEAR = '((?:19|20)\\d{2})(?!\\d)';

interface Pattern {
  re: RegExp;
  read: (m: RegExpExecArray) => { y: number; m: number; d: number; ambiguous?: boolean } | null;
}

const PATTERNS: Pattern[] = [
  {
    // November 20th, 2019 · Nov. 20 2019 · Oktober 27, 2015
    re: new RegExp(
      `${NOT_LETTER_BEFORE}${MONTH}\\s+(\\d{1,2})${ORDINAL}(?!\\d),?\\s+${YEAR}`,
      'giu',
    ),
    read: (m) => ({ y: Number(m[3]), m: monthNumber(m[1]!), d: Number(m[2]) }),
  },
  {
    // 19 November 2019 · 30. Juli 2018 · 22 de outubro de 2010 · 11 октября 2018 · 25 جون 2024
    re: new RegExp(
      `${NOT_LETTER_BEFORE}(\\d{1,2})${ORDINAL}\\s*(?:de\\s+|of\\s+)?${MONTH}${NOT_LETTER_AFTER},?\\s*(?:de\\s+|del\\s+)?${YEAR}`,
      'giu',
    ),
    read: (m) => ({ y: Number(m[3]), m: monthNumber(m[2]!), d: Number(m[1]) }),
  },
  {
    // 2019-11-18 · 2016.12.01 · 2019/11/18 · 2019-11-18T23:30:00Z
    re: /(?<![\d.])((?:19|20)\d{2})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/g,
    read: (m) => ({ y: Number(m[1]), m: Number(m[3]), d: Number(m[4]) }),
  },
  {
    // 2016年12月1日 · 2018년 8월 25일
    re: /((?:19|20)\d{2})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?/g,
    read: (m) => ({ y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) }),
  },
  {
    // 27/09/2018 · 11/13/19 · 18.11.2019: day first unless that cannot be
    re: /(?<![\d./-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d./-])/g,
    read: (m) => {
      const a = Number(m[1]);
      const b = Number(m[3]);
      const y = m[4]!.length === 2 ? 2000 + Number(m[4]) : Number(m[4]);
      if (a > 12 && b <= 12) return { y, m: b, d: a };
      if (b > 12 && a <= 12) return { y, m: a, d: b };
      if (a === b) return { y, m: a, d: b };
      return { y, m: b, d: a, ambiguous: true };
    },
  },
];

/** Eastern Arabic and Persian digits read as ASCII digits (same string length). */
function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (c) =>
    String((c.charCodeAt(0) - 0x0660) % 0x90),
  );
}

/** Every date in `text`, in order of position. */
export function findDates(text: string): DateMatch[] {
  const source = asciiDigits(text);
  const found: DateMatch[] = [];
  for (const { re, read } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(source); m; m = re.exec(source)) {
      const index = m.index;
      const end = index + m[0].length;
      if (found.some((f) => index < f.end && end > f.index)) continue;
      const parts = read(m);
      const date = parts && toIso(parts.y, parts.m, parts.d);
      if (date) found.push({ date, index, end, ambiguous: parts.ambiguous ?? false });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The first date in a short string such as a metadata value, or null. */
export function parseDate(text: string): string | null {
  return findDates(text)[0]?.date ?? null;
}

const TIME = /\d{1,2}[:.h]\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\.?)?/giu;

/**
 * Reads a line that is essentially a date: the date plus at most a few other words (a label,
 * a weekday, a time, a byline or a place). Longer lines are sentences that mention a date.
 */
export function readDateLine(line: string): DateLine | null {
  const text = line.trim();
  // "— Jane Doe (@jane) June 25, 2024" signs off a quoted post: an attribution, not a date line.
  if (text.length > 140 || /https?:\/\/|www\./i.test(text) || /^[—–]/.test(text)) return null;
  const dates = findDates(text);
  if (dates.length === 0) return null;

  let rest = asciiDigits(text);
  for (const d of [...dates].reverse()) rest = rest.slice(0, d.index) + ' ' + rest.slice(d.end);
  rest = rest.replace(TIME, ' ');
  const words = rest.match(/[\p{L}][\p{L}\p{M}'’.-]*/gu) ?? [];
  if (words.length > 9) return null;

  // With several dates ("Published … | Updated …"), the first not called an update is the one.
  let chosen = dates[0]!;
  let label: DateLine['label'] = null;
  let previousEnd = 0;
  for (const d of dates) {
    const before = text.slice(previousEnd, d.index);
    if (UPDATED_WORDS.test(before)) {
      if (d === dates[0]) label = 'updated';
    } else {
      chosen = d;
      label = PUBLISHED_WORDS.test(before) ? 'published' : null;
      break;
    }
    previousEnd = d.end;
  }
  if (label === null && PUBLISHED_WORDS.test(rest)) label = 'published';
  const meaningful = words.filter(
    (w) => !isWeekday(w.replace(/[.,]$/, '')) && !DATE_FILLER.test(w) && !TIME_ZONE.test(w),
  );
  return {
    date: chosen.date,
    label,
    bare: label === null && meaningful.length === 0,
    ambiguous: chosen.ambiguous,
  };
}

/** Returns `YYYY-MM-DD` when the line is essentially a date, else null. */
export function parseDateLine(line: string): string | null {
  return readDateLine(line)?.date ?? null;
}

function toIso(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** Where a document's own date line sits: among its first few paragraphs, by the title. */
const DATE_LINE_WINDOW = 8;

/**
 * The date a document states near its top ("Date: 15 July 2024", a dateline): one labelled
 * "Date"/"Published" first, "Updated" last. Quotes and list items are not date lines.
 */
export function statedDate(blocks: ReadonlyArray<{ kind: string; text: string }>): DateLine | null {
  const lines = blocks
    .slice(0, DATE_LINE_WINDOW)
    .filter((b) => b.kind !== 'quote' && b.kind !== 'list-item')
    .flatMap((b) => {
      const line = readDateLine(b.text);
      return line ? [line] : [];
    });
  return (
    lines.find((l) => l.label === 'published') ??
    lines.find((l) => l.label === null) ??
    lines[0] ??
    null
  );
}
