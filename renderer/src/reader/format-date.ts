// Shows calendar dates the way an article prints them, without time-zone drift.
/** `2024-06-25` -> `25 June 2024`. A calendar date has no time zone, so it is formatted in UTC. */
export function formatCalendarDate(
  date: string | undefined,
  month: 'long' | 'short' = 'long',
): string {
  if (!date) return '';
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return parsed.toLocaleDateString(undefined, {
    day: 'numeric',
    month,
    year: 'numeric',
    timeZone: 'UTC',
  });
}
