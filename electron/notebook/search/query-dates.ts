// The values of the date: filter: a year, month or day, a range a..b (either side open), or a
// bound (>, >=, <, <=), turned into inclusive YYYY-MM-DD bounds.
import { ENGLISH_MONTHS } from '../import/furniture/date-words';
import { QueryError } from './query-error';

interface Day {
  y: number;
  m: number;
  d: number;
}

const FORM = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/;
const HOW =
  'write 2024, 2024-06 or 2024-06-25, a range such as 2024-01..2024-06-15, or a bound such as >2024-03-01';

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysIn = (y: number, m: number) =>
  m === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const show = ({ y, m, d }: Day) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;

/** The first and last day that a year, month or day covers. */
function span(text: string, value: string): { first: Day; last: Day } {
  const match = FORM.exec(text);
  if (!match) throw new QueryError(`“date:${value}” is not a date: ${HOW}.`);
  const y = Number(match[1]);
  if (match[2] === undefined) return { first: { y, m: 1, d: 1 }, last: { y, m: 12, d: 31 } };
  const m = Number(match[2]);
  if (m < 1 || m > 12) {
    throw new QueryError(`“date:${value}”: there is no month ${match[2]} (months run 01 to 12).`);
  }
  if (match[3] === undefined) {
    return { first: { y, m, d: 1 }, last: { y, m, d: daysIn(y, m) } };
  }
  const d = Number(match[3]);
  if (d < 1 || d > daysIn(y, m)) {
    throw new QueryError(
      `“date:${value}”: ${text} does not exist (${ENGLISH_MONTHS[m - 1]} ${y} has ${daysIn(y, m)} days).`,
    );
  }
  return { first: { y, m, d }, last: { y, m, d } };
}

function nextDay({ y, m, d }: Day, value: string): Day {
  if (d < daysIn(y, m)) return { y, m, d: d + 1 };
  if (m < 12) return { y, m: m + 1, d: 1 };
  if (y === 9999) throw new QueryError(`“date:${value}”: there are no dates after 9999.`);
  return { y: y + 1, m: 1, d: 1 };
}

function previousDay({ y, m, d }: Day, value: string): Day {
  if (d > 1) return { y, m, d: d - 1 };
  if (m > 1) return { y, m: m - 1, d: daysIn(y, m - 1) };
  if (y === 0) throw new QueryError(`“date:${value}”: there are no dates before the year 0000.`);
  return { y: y - 1, m: 12, d: 31 };
}

/** The inclusive calendar-day bounds a date: value stands for (at least one of them). */
export function dateBounds(value: string): { from?: string; to?: string } {
  const bound = /^(>=|<=|>|<)\s*(.*)$/.exec(value);
  if (bound) {
    const [, op, rest = ''] = bound;
    if (!rest)
      throw new QueryError(`“date:${value}” needs a date after “${op}”, as in date:>2024-03-01.`);
    const { first, last } = span(rest, value);
    if (op === '>') return { from: show(nextDay(last, value)) };
    if (op === '>=') return { from: show(first) };
    if (op === '<') return { to: show(previousDay(first, value)) };
    return { to: show(last) };
  }
  const dots = value.indexOf('..');
  if (dots < 0) {
    const { first, last } = span(value, value);
    return { from: show(first), to: show(last) };
  }
  const start = value.slice(0, dots).trim();
  const end = value.slice(dots + 2).trim();
  if (!start && !end) {
    throw new QueryError(
      `“date:${value}” needs a date on at least one side of “..”, as in date:2024-01..2024-06.`,
    );
  }
  const from = start ? show(span(start, value).first) : undefined;
  const to = end ? show(span(end, value).last) : undefined;
  if (from && to && from > to) {
    throw new QueryError(`“date:${value}” ends before it starts: ${end} is earlier than ${start}.`);
  }
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}
