// Shows calendar dates the way an article prints them, without time-zone drift.

/** Made once each: building a date formatter costs far more than formatting with it. */
const formatters = {
  long: new Intl.DateTimeFormat(undefined, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }),
  short: new Intl.DateTimeFormat(undefined, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }),
  monthYear: new Intl.DateTimeFormat(undefined, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }),
};

/** `2024-06-25` -> `25 June 2024`. A calendar date has no time zone, so it is formatted in UTC. */
export function formatCalendarDate(
  date: string | undefined,
  month: 'long' | 'short' = 'long',
): string {
  if (!date) return '';
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return formatters[month].format(parsed);
}

/** A date as precise as it is written: `2023` as is, `2023-11` as `November 2023`, a day in full. */
export function formatPartialDate(date: string): string {
  if (/^\d{4}$/.test(date)) return date;
  if (/^\d{4}-\d{2}$/.test(date)) {
    const parsed = new Date(`${date}-01T00:00:00Z`);
    return Number.isNaN(parsed.getTime()) ? date : formatters.monthYear.format(parsed);
  }
  return formatCalendarDate(date);
}
