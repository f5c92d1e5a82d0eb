import path from 'node:path';
import { checkPhotoName, isWindowsReservedName } from './path-safety';

/**
 * A safe photos/ file name made from whatever the user's file was called: no folders,
 * no separators or control characters, no leading dot, no reserved device names,
 * a lower-case extension, at most ~100 characters.
 */
export function sanitizePhotoName(original: string): string {
  const base = original.replace(/\0/g, '').split(/[\\/]/).pop() ?? '';
  // Control and format characters (e.g. right-to-left overrides that disguise an extension) go.
  const decoded = base.normalize('NFC').replace(/[\p{Cc}\p{Cf}]/gu, '');
  const dot = decoded.lastIndexOf('.');
  const rawStem = dot > 0 ? decoded.slice(0, dot) : decoded;
  const rawExt = dot > 0 ? decoded.slice(dot + 1) : '';
  const ext = rawExt
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .slice(0, 10);
  let stem = rawStem
    // eslint-disable-next-line no-control-regex -- control characters are what we strip
    .replace(/[\\/:*?"<>|%\u0000-\u001f\u007f]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s-]+|[.\s]+$/g, '')
    .slice(0, 90)
    .trim();
  if (!stem) stem = 'photo';
  if (isWindowsReservedName(stem)) stem = `photo-${stem}`;
  const name = ext ? `${stem}.${ext}` : stem;
  return checkPhotoName(name);
}

/** `name`, or `name-2.ext`, `name-3.ext`… for the n-th candidate. */
export function numberedName(name: string, n: number): string {
  if (n <= 1) return name;
  const ext = path.extname(name);
  return `${name.slice(0, name.length - ext.length)}-${n}${ext}`;
}
