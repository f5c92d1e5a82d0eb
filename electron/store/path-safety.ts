import path from 'node:path';
import { articleId } from '../../core/article/article';
import { photoFileName } from '../../core/article/photo';
import { StoreError } from './store-error';
import type { StoreFs } from './store-fs';

const windowsReserved = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;

/** True when a file name (any extension) is a device name Windows reserves, like CON or lpt1.txt. */
export function isWindowsReservedName(name: string): boolean {
  const stem = name.split('.')[0] ?? name;
  return windowsReserved.test(stem.trimEnd());
}

/** Refuses anything that is not a well-formed article id (which also keeps it a plain file name). */
export function checkArticleId(id: unknown): string {
  const result = articleId.safeParse(id);
  if (!result.success) throw new StoreError(`"${printable(id)}" is not an article id`);
  return result.data;
}

/** Refuses photo file names that could leave the photos/ folder or misbehave on some platform. */
export function checkPhotoName(name: unknown): string {
  const shown = printable(name);
  if (typeof name !== 'string') throw new StoreError(`photo name "${shown}" is not a file name`);
  if (name.includes('\0')) throw new StoreError(`photo name "${shown}" contains a NUL byte`);
  if (/%[0-9a-f]{2}/i.test(name))
    throw new StoreError(`photo name "${shown}" contains URL-encoded characters`);
  if (path.isAbsolute(name) || path.win32.isAbsolute(name))
    throw new StoreError(`photo name "${shown}" is an absolute path`);
  const result = photoFileName.safeParse(name);
  if (!result.success)
    throw new StoreError(
      `photo name "${shown}" is not allowed: ${result.error.issues[0]?.message}`,
    );
  if (isWindowsReservedName(name))
    throw new StoreError(`photo name "${shown}" is a name Windows reserves`);
  if (/[. ]$/.test(name)) throw new StoreError(`photo name "${shown}" ends with a dot or space`);
  return name;
}

/** True when `child` is `parent` or inside it (both absolute, already resolved). */
export function isInside(parent: string, child: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * Resolves symlinks of an existing path (or of its nearest existing parent) and refuses it
 * when the real location is outside `root` (itself a real path).
 */
export async function ensureInside(
  fs: StoreFs,
  root: string,
  target: string,
  label: string,
): Promise<string> {
  const absolute = path.resolve(target);
  if (!isInside(root, absolute)) throw new StoreError(`${label} is outside the workspace`);
  let existing = absolute;
  let rest = '';
  for (;;) {
    try {
      const real = await fs.realpath(existing);
      const full = rest ? path.join(real, rest) : real;
      if (!isInside(root, full)) throw new StoreError(`${label} points outside the workspace`);
      return absolute;
    } catch (error) {
      if (error instanceof StoreError) throw error;
      const parent = path.dirname(existing);
      if (parent === existing) throw new StoreError(`${label} is outside the workspace`);
      rest = rest ? path.join(path.basename(existing), rest) : path.basename(existing);
      existing = parent;
    }
  }
}

function printable(value: unknown): string {
  const text = typeof value === 'string' ? value : String(value);
  return (
    text
      // eslint-disable-next-line no-control-regex -- control characters are what we make visible
      .replace(/[\u0000-\u001f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
      .slice(0, 80)
  );
}
