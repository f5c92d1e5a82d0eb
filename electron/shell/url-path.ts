import { isAbsolute, relative, sep } from 'node:path';

/** Why a URL path was refused; `escape` means it tried to leave its folder. */
export type PathRefusal = 'malformed' | 'escape';

/** Windows device names (CON, NUL.jpg, COM1…) that open devices instead of files. */
const windowsReserved = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/**
 * Splits a raw URL path ("/a/b%20c") into decoded segments, refusing anything that could
 * name a different file than it appears to: dot segments (also %2e%2e), encoded slashes or
 * backslashes, NUL and control characters, drive letters, Windows device names and
 * trailing dots or spaces.
 */
export function decodePathSegments(urlPath: string): string[] | PathRefusal {
  if (!urlPath.startsWith('/')) return 'malformed';
  const raw = urlPath.slice(1).split('/');
  const segments: string[] = [];
  for (const part of raw) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(part);
    } catch {
      return 'malformed';
    }
    if (decoded === '' || decoded === '.' || decoded === '..') return 'escape';
    if (/[/\\:]/.test(decoded)) return 'escape';
    // eslint-disable-next-line no-control-regex -- control characters are exactly what we refuse
    if (/[\u0000-\u001f\u007f]/.test(decoded)) return 'escape';
    if (windowsReserved.test(decoded) || /[. ]$/.test(decoded)) return 'escape';
    segments.push(decoded);
  }
  return segments;
}

/** True when `child` is `parent` itself or lies inside it (both absolute, already resolved). */
export function isInside(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..' + sep) && rel !== '..' && !isAbsolute(rel));
}
