// Recognises a line that is only a date ("Tuesday, June 25, 2024", "25 June 2024", "2024-06-25").
const MONTHS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
] as const;
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?';
const LABEL = '(?:(?:published|posted|updated|last updated|date)(?:\\s+on)?:?\\s+)?';
const TIME =
  '(?:[\\s,|\\-–at]+\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?(?:\\s*[a-z]{2,5})?)?';

const monthFirst = new RegExp(
  `^${LABEL}${WEEKDAY}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${TIME}$`,
  'i',
);
const dayFirst = new RegExp(
  `^${LABEL}${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})${TIME}$`,
  'i',
);
const iso = new RegExp(`^${LABEL}(\\d{4})-(\\d{2})-(\\d{2})${TIME}$`, 'i');

/** Returns `YYYY-MM-DD` when the whole line is a date, else null. */
export function parseDateLine(line: string): string | null {
  const text = line.trim();
  let m = monthFirst.exec(text);
  if (m) return toIso(Number(m[3]), monthIndex(m[1]!), Number(m[2]));
  m = dayFirst.exec(text);
  if (m) return toIso(Number(m[3]), monthIndex(m[2]!), Number(m[1]));
  m = iso.exec(text);
  if (m) return toIso(Number(m[1]), Number(m[2]), Number(m[3]));
  return null;
}

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase() as (typeof MONTHS)[number]) + 1;
}

function toIso(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}
