import * as chrono from 'chrono-node';

/** Words that introduce a publication or update time on a news page. */
const timeLabel =
  /^(?:(first\s+)?published|posted|updated|last\s+updated|last\s+modified|modified|date|released|issued)\s*(?:on|at)?\s*[:|-]?\s*/i;
const isUpdateLabel = /^(updated|last\s+updated|last\s+modified|modified)/i;

export interface PublicationTime {
  /** ISO 8601 with the source's offset (`Z` for GMT/UTC; UTC when the source names no zone). */
  iso: string;
  /** The source named its time zone (or gave an offset). */
  zoned: boolean;
  /** The line says it is an update, not the first publication. */
  update: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The instant written in the given offset (minutes east of UTC): `Z` when it is zero. */
export function isoWithOffset(instant: Date, offsetMinutes: number): string {
  const local = new Date(instant.getTime() + offsetMinutes * 60_000);
  const stamp =
    `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
  if (offsetMinutes === 0) return `${stamp}Z`;
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${stamp}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

type ParsedStart = chrono.ParsedResult['start'];

/** The instant a parse names; a date without a time is that day's midnight, never the clock's hour. */
function instantOf(start: ParsedStart, offsetMinutes: number): Date {
  if (start.isCertain('hour')) return start.date();
  const day = Date.UTC(
    start.get('year') ?? 0,
    (start.get('month') ?? 1) - 1,
    start.get('day') ?? 1,
  );
  return new Date(day - offsetMinutes * 60_000);
}

/**
 * The publication time a line states, or null when the line is not (mostly) a date: "Published
 * January 24th, 2017 - 08:00 GMT" is 2017-01-24T08:00:00Z. Needs a day, month and year.
 */
export function parsePublicationTime(line: string, now: Date): PublicationTime | null {
  if (line.length > 160) return null;
  const labelled = timeLabel.exec(line);
  const rest = labelled ? line.slice(labelled[0].length) : line;
  const results = chrono.parse(rest, { instant: now, timezone: 0 });
  const found = results[0];
  if (!found) return null;
  const { start } = found;
  if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) return null;
  // A line that is mostly something else (a sentence mentioning a date) is not a time stamp.
  const other = rest.replace(found.text, '').replace(/[^\p{L}\p{N}]+/gu, '');
  if (!labelled && other.length > 6) return null;
  if (labelled && other.length > 40) return null;
  const zoned = start.isCertain('timezoneOffset');
  const offset = zoned ? (start.get('timezoneOffset') ?? 0) : 0;
  const instant = instantOf(start, offset);
  if (Number.isNaN(instant.getTime()) || instant.getUTCFullYear() < 1800) return null;
  return {
    iso: isoWithOffset(instant, offset),
    zoned,
    update: labelled ? isUpdateLabel.test(labelled[0]) : false,
  };
}

/** A machine-readable date from page metadata (ISO 8601 and its near relatives), kept in its offset. */
export function parseMachineTime(value: string, now: Date): string | null {
  const trimmed = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}/.test(trimmed)) return parsePublicationTime(trimmed, now)?.iso ?? null;
  const results = chrono.parse(trimmed, { instant: now, timezone: 0 });
  const start = results[0]?.start;
  if (!start) return null;
  const offset = start.isCertain('timezoneOffset') ? (start.get('timezoneOffset') ?? 0) : 0;
  const instant = instantOf(start, offset);
  return Number.isNaN(instant.getTime()) ? null : isoWithOffset(instant, offset);
}
