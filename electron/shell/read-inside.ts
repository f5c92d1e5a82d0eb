import { constants } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import { isInside } from './url-path';

/** Result of reading a file that must stay inside a folder. */
export type ReadInside =
  { ok: true; bytes: Uint8Array } | { ok: false; reason: 'missing' | 'outside' | 'not-a-file' };

/**
 * Reads `file` only if, after resolving every symlink, it is a regular file inside `root`.
 * Symlinks that lead out of `root` are refused, not followed.
 */
export async function readFileInside(root: string, file: string): Promise<ReadInside> {
  let realRoot: string;
  let realFile: string;
  try {
    realRoot = await realpath(root);
    realFile = await realpath(file);
  } catch {
    return { ok: false, reason: 'missing' };
  }
  if (!isInside(realRoot, realFile) || realFile === realRoot)
    return { ok: false, reason: 'outside' };
  let handle;
  try {
    // O_NOFOLLOW: if the last component became a symlink since realpath, refuse it.
    handle = await open(realFile, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  } catch {
    return { ok: false, reason: 'missing' };
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) return { ok: false, reason: 'not-a-file' };
    return { ok: true, bytes: new Uint8Array(await handle.readFile()) };
  } catch {
    return { ok: false, reason: 'not-a-file' };
  } finally {
    await handle.close();
  }
}
