import path from 'node:path';
import { pathExists } from './path-exists';
import { renameWithRetry } from './atomic-write';
import { numberedName } from './photo-name';
import { StoreError, errorCode } from './store-error';
import type { StoreFs } from './store-fs';
import { tempPathFor } from './temp-files';

/**
 * Copies a photo into `photos` as `name` (or `name-2`, `name-3`… when taken): the bytes go to a
 * temp file that is fsynced, then hard-linked to the first free name (a link never overwrites).
 * Returns the stored name; the caller fsyncs the folder.
 */
export async function storePhoto(
  fs: StoreFs,
  photos: string,
  name: string,
  source: { path: string } | { bytes: Uint8Array },
): Promise<string> {
  const temp = tempPathFor(path.join(photos, name));
  try {
    if ('path' in source) await fs.copyFile(source.path, temp);
    const handle = await fs.open(temp, 'path' in source ? 'r+' : 'wx');
    try {
      if ('bytes' in source) await fs.write(handle, source.bytes);
      await fs.sync(handle);
    } finally {
      await fs.close(handle);
    }
    return await claimName(fs, temp, photos, name);
  } finally {
    await fs.rm(temp);
  }
}

async function claimName(fs: StoreFs, temp: string, photos: string, name: string): Promise<string> {
  for (let n = 1; n < 10_000; n++) {
    const candidate = numberedName(name, n);
    const target = path.join(photos, candidate);
    try {
      await fs.link(temp, target);
      return candidate;
    } catch (error) {
      const code = errorCode(error);
      if (code === 'EEXIST') continue;
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') throw error;
      // No hard links on this file system: check, then rename.
      if (await pathExists(fs, target)) continue;
      await renameWithRetry(fs, temp, target);
      return candidate;
    }
  }
  throw new StoreError(`too many photos named "${name}"`);
}
