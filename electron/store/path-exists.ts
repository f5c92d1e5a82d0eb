import { lstat } from 'node:fs/promises';

/** True when something (a file, folder or link, even a dangling one) is at `p`. */
export async function pathExists(p: string): Promise<boolean> {
  try {
    await lstat(p);
    return true;
  } catch {
    return false;
  }
}
