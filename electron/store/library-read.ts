import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readSync,
  realpathSync,
} from 'node:fs';
import path from 'node:path';
import { ARTICLE_FILE } from './layout';
import { summarizeArticleBytes } from './library-summary';
import type { ReadEntry } from './library-worker-protocol';

// One buffer for every file a worker reads: a new one per file would be garbage for the collector.
let scratch = Buffer.allocUnsafeSlow(256 * 1024);

/**
 * Reads one article.json; every problem becomes the entry's error, naming the file. A name that
 * is a file rather than a folder gives a null summary.
 */
export function readEntry(root: string, id: string, name: string): ReadEntry {
  const file = path.join(root, name, ARTICLE_FILE);
  const label = `${ARTICLE_FILE} in "${name}"`;
  let identity: ReadEntry['identity'] = null;
  let fd: number | null = null;
  try {
    // The same calls as readFileSync, plus an lstat of the folder: a symlinked folder or
    // article.json (ELOOP) is followed only when it stays inside the workspace.
    const linked = lstatSync(path.dirname(file)).isSymbolicLink();
    try {
      if (linked) throw Object.assign(new Error('linked folder'), { code: 'ELOOP' });
      fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ELOOP') throw error;
      if (!realpathSync(file).startsWith(root + path.sep))
        return {
          id,
          name,
          identity: null,
          summary: { error: `${label} points outside the workspace` },
        };
      fd = openSync(file, constants.O_RDONLY);
    }
    const s = fstatSync(fd);
    identity = { mtimeMs: s.mtimeMs, size: s.size, ino: s.ino };
    if (scratch.length < s.size) scratch = Buffer.allocUnsafeSlow(s.size + (s.size >> 1));
    let read = 0;
    while (read < s.size) {
      const n = readSync(fd, scratch, read, s.size - read, read);
      if (n === 0) break;
      read += n;
    }
    const summary = summarizeArticleBytes(scratch.subarray(0, read), name, id);
    return { id, name, identity, summary };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTDIR') return { id, name, identity: null, summary: null };
    const why = code === 'ENOENT' ? 'is missing' : `could not be read: ${(error as Error).message}`;
    return { id, name, identity, summary: { error: `${label} ${why}` } };
  } finally {
    if (fd !== null) closeSync(fd);
  }
}
