// Dates in an article's text, resolved against the article's own date with chrono-node: each with
// the precision the words carry (a day, a month, a year) and the sentence it came from.
import * as chrono from 'chrono-node';
import type { DatePrecision } from '../../../shared/timeline';

export interface FoundDate {
  /** YYYY-MM-DD, YYYY-MM or YYYY. */
  date: string;
  precision: DatePrecision;
  /** The words that gave the date. */
  phrase: string;
  /** UTF-16 offsets of the sentence in the text. */
  start: number;
  end: number;
}

/** Words that put a bare year in time ("in 2021", "since 2007", "by 2030"). */
const YEAR =
  /\b(?:in|since|by|until|till|from|during|of|before|after|early|late|mid)[\s-]+((?:19|20)\d\d)\b(?!\s*[-–/]\s*\d)/giu;
/**
 * Phrases that count from another event, not from the article's date ("a few days before the
 * appointment", "two weeks later"), or count vaguely ("several days ago"): not dates.
 */
const UNANCHORED = /\b(?:before|after|later|earlier|a few|few|several|some|many)\b/iu;
/** What may stand between a month and the year that qualifies it ("November last year"). */
const JOIN = /^(?:\s*,?\s*(?:of\s+)?)$/u;

/**
 * Every dated phrase of `text`, oldest sentence first. `reference` is the article's date
 * (YYYY-MM-DD): "last year", "on Tuesday" and "two weeks ago" count back from it. The reference
 * is taken as noon of that calendar day in this machine's zone and the result read back as
 * calendar fields, so the machine's time zone never moves a date by a day.
 */
export function datesIn(text: string, reference: string): FoundDate[] {
  const [y, m, d] = reference.split('-').map(Number) as [number, number, number];
  const instant = new Date(y, m - 1, d || 1, 12);
  const sentences = sentenceSpans(text);
  const out: FoundDate[] = [];
  const seen = new Set<string>();
  const add = (at: number, length: number, date: string, precision: DatePrecision) => {
    const sentence = sentences.find((s) => s.start <= at && at < s.end);
    if (!sentence) return;
    const key = `${sentence.start}:${date}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ date, precision, phrase: text.slice(at, at + length), ...sentence });
  };

  const results = chrono.en.parse(text, { instant }, { forwardDate: false });
  for (let i = 0; i < results.length; i++) {
    const r = results[i]!;
    const next = results[i + 1];
    // A month, then the year it is in, said apart: "in November last year", "March, next year".
    if (
      next &&
      r.start.isCertain('month') &&
      !r.start.isCertain('year') &&
      yearOnly(next.start) &&
      JOIN.test(text.slice(r.index + r.text.length, next.index))
    ) {
      const month = r.start.get('month')!;
      const length = next.index + next.text.length - r.index;
      if (r.start.isCertain('day')) {
        add(r.index, length, ymd(next.start.get('year')!, month, r.start.get('day')!), 'day');
      } else {
        add(r.index, length, ym(next.start.get('year')!, month), 'month');
      }
      i++;
      continue;
    }
    if (UNANCHORED.test(r.text)) continue;
    const { date, precision } = resolved(r.start);
    add(r.index, r.text.length, date, precision);
  }
  for (const match of text.matchAll(YEAR)) {
    const at = match.index + match[0].length - match[1]!.length;
    const covered = results.some((r) => r.index <= at && at < r.index + r.text.length);
    if (!covered) add(at, 4, match[1]!, 'year');
  }
  return out.sort((a, b) => a.start - b.start || a.date.localeCompare(b.date));
}

function yearOnly(c: chrono.ParsedComponents): boolean {
  return (
    c.isCertain('year') && !c.isCertain('month') && !c.isCertain('day') && !c.isCertain('weekday')
  );
}

function resolved(c: chrono.ParsedComponents): { date: string; precision: DatePrecision } {
  const year = c.get('year')!;
  const month = c.get('month')!;
  const day = c.get('day')!;
  // A weekday or a count of days or weeks names one day; chrono fills in the rest.
  if (c.isCertain('day') || c.isCertain('weekday')) {
    return { date: ymd(year, month, day), precision: 'day' };
  }
  if (c.isCertain('month')) return { date: ym(year, month), precision: 'month' };
  return { date: String(year), precision: 'year' };
}

const pad = (n: number) => String(n).padStart(2, '0');
const ym = (year: number, month: number) => `${year}-${pad(month)}`;
const ymd = (year: number, month: number, day: number) => `${ym(year, month)}-${pad(day)}`;

/** The sentences of the text, as offsets without their surrounding white space. */
export function sentenceSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  // Paragraphs first: a heading without a full stop is its own sentence.
  const paragraph = /[^\n]+/gu;
  for (const p of text.matchAll(paragraph)) {
    for (const s of segmenter.segment(p[0])) {
      const lead = s.segment.length - s.segment.trimStart().length;
      const body = s.segment.trim();
      if (!body) continue;
      const start = p.index + s.index + lead;
      spans.push({ start, end: start + body.length });
    }
  }
  return spans;
}
