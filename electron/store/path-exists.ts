import type { StoreFs } from './store-fs';

/** True when something (a file, folder or link, even a dangling one) is at `p`. */
export async function pathExists(fs: StoreFs, p: string): Promise<boolean> {
  try {
    await fs.lstat(p);
    return true;
  } catch {
    return false;
  }
}

/** True when `p` is a folder (or a link to one). */
export async function isDirectory(fs: StoreFs, p: string): Promise<boolean> {
  try {
    return (await fs.stat(p)).isDirectory();
  } catch {
    return false;
  }
}
