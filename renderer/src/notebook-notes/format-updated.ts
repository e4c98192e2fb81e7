// When a note was last changed, short: the time for today, else the date.
export function formatTimestamp(iso: string, now = new Date()): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return '';
  const sameDay = at.toDateString() === now.toDateString();
  return sameDay
    ? `Today ${at.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })}`
    : at.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
}
