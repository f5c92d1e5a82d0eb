/** A short, human "updated" time: "just now", "12 min ago", "14:05", "Mon 14:05" or "3 Mar 2025". */
export function formatUpdated(iso: string, now: Date = new Date(), locale?: string): string {
  const then = new Date(iso);
  if (Number.isNaN(then.getTime())) return '';
  const seconds = (now.getTime() - then.getTime()) / 1000;
  if (seconds < 60 && seconds > -60) return 'just now';
  if (seconds > 0 && seconds < 3600) return `${Math.floor(seconds / 60)} min ago`;
  const time = then.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
  if (sameDay(then, now)) return time;
  if (seconds > 0 && seconds < 6 * 86400) {
    return `${then.toLocaleDateString(locale, { weekday: 'short' })} ${time}`;
  }
  return then.toLocaleDateString(locale, {
    day: 'numeric',
    month: 'short',
    ...(then.getFullYear() === now.getFullYear() ? {} : { year: 'numeric' }),
  });
}

function sameDay(a: Date, b: Date): boolean {
  return (
    a.getFullYear() === b.getFullYear() &&
    a.getMonth() === b.getMonth() &&
    a.getDate() === b.getDate()
  );
}
