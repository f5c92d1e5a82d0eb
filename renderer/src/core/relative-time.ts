// toLocale*String builds a new Intl.DateTimeFormat per call (~0.5 ms): the library formats one per row.
const formats = new Map<string, Intl.DateTimeFormat>();
function formatter(
  locale: string | undefined,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${locale ?? ''} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

/** A short, human "updated" time: "just now", "12 min ago", "14:05", "Mon 14:05" or "3 Mar 2025". */
export function formatUpdated(iso: string, now: Date = new Date(), locale?: string): string {
  const then = new Date(iso);
  if (Number.isNaN(then.getTime())) return '';
  const seconds = (now.getTime() - then.getTime()) / 1000;
  if (seconds < 60 && seconds > -60) return 'just now';
  if (seconds > 0 && seconds < 3600) return `${Math.floor(seconds / 60)} min ago`;
  const time = formatter(locale, { hour: '2-digit', minute: '2-digit' }).format(then);
  if (sameDay(then, now)) return time;
  if (seconds > 0 && seconds < 6 * 86400) {
    return `${formatter(locale, { weekday: 'short' }).format(then)} ${time}`;
  }
  return formatter(locale, {
    day: 'numeric',
    month: 'short',
    ...(then.getFullYear() === now.getFullYear() ? {} : { year: 'numeric' }),
  }).format(then);
}

function sameDay(a: Date, b: Date): boolean {
  return (
    a.getFullYear() === b.getFullYear() &&
    a.getMonth() === b.getMonth() &&
    a.getDate() === b.getDate()
  );
}
