import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Article } from '../../core/article/article';
import { atomicWrite } from '../store/atomic-write';
import { metaPaths } from '../store/layout';
import { toBase64 } from './base64';

/** A change the desk refused, as kept on this computer. */
export interface RefusedChange {
  id: string;
  /** The desk's reason, without "refused: ". */
  reason: string;
  desk: string;
  time: string;
  /** The article as this computer had it, the refused change included (null: not a whole article). */
  article: Article | null;
  /** The refused Yjs update, base64: it can be applied again by someone allowed to make it. */
  update: string;
}

/** Where refused changes are kept: `.newsroom/desk-refused/`. */
export function refusedDir(root: string): string {
  return path.join(metaPaths(root).meta, 'desk-refused');
}

/** Keeps a refused change in its own file, written whole; returns the file's path. */
export async function keepRefusedChange(
  root: string,
  change: Omit<RefusedChange, 'update'> & { update: Uint8Array },
): Promise<string> {
  const stamp = change.time.replace(/[-:.]/g, '');
  const file = path.join(refusedDir(root), `${change.id}--${stamp}.json`);
  await mkdir(path.dirname(file), { recursive: true });
  const kept: RefusedChange = { ...change, update: toBase64(change.update) };
  await atomicWrite(file, JSON.stringify(kept, null, 2) + '\n', {
    label: `the refused change of article ${change.id}`,
  });
  return file;
}
