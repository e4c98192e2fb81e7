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
