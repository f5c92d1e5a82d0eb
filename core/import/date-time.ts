const isoWithOffset = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

/** A date-time the article model accepts: kept as written when it already fits, else normalised to UTC. */
export function dateTime(raw: string): string | null {
  // NITF writes ISO 8601's basic form, "20180101T120000Z" or "20180101T1200+0100".
  const trimmed = raw.trim();
  const basic = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})?(.*)$/.exec(trimmed);
  const value = basic
    ? `${basic[1]}-${basic[2]}-${basic[3]}T${basic[4]}:${basic[5]}:${basic[6] ?? '00'}${basic[7]}`
    : trimmed;
  if (!value) return null;
  if (isoWithOffset.test(value) && !Number.isNaN(Date.parse(value))) return value;
  // Agencies send "2013-07-09T10:37:00" (no zone, UTC by convention) or "+0000" offsets.
  const withZone = /^\d{4}-\d{2}-\d{2}T[\d:.]+$/.test(value) ? value + 'Z' : value;
  const time = Date.parse(withZone.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}
