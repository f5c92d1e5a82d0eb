import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { StoreFs } from './store-fs';

/** Every temporary file the store creates ends with this, so a restart can find and remove leftovers. */
export const TEMP_SUFFIX = '.newsroom-tmp';

/** A fresh temporary name beside `file` (same folder, so the final rename stays on one disk). */
export function tempPathFor(file: string): string {
  const name = `.${path.basename(file)}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`;
  return path.join(path.dirname(file), name);
}

/** True for names made by tempPathFor. */
export function isTempName(name: string): boolean {
  return name.endsWith(TEMP_SUFFIX);
}

/** Removes leftover temp files directly inside `dir`; returns the paths removed. A missing dir is fine. */
export async function removeTempFiles(fs: StoreFs, dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names.filter(isTempName)) {
    const file = path.join(dir, name);
    await fs.rm(file, { recursive: true });
    removed.push(file);
  }
  return removed;
}
