const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "27 November 2026, 18:05 UTC+01:00": the time as written in the article (its own offset), no locale data needed. */
export function displayDateTime(iso: string): string {
  const match =
    /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(iso);
  if (!match) return iso;
  const [, year, month, day, hour, minute, offset] = match;
  const zone = !offset || offset === 'Z' ? 'UTC' : `UTC${offset}`;
  return `${Number(day)} ${months[Number(month) - 1] ?? month} ${year}, ${hour}:${minute} ${zone}`;
}
