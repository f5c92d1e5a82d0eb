import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { errorCode } from './store-error';
import type { StoreFs } from './store-fs';
import { tempPathFor } from './temp-files';

/** What the lock file (.newsroom/lock) holds. */
export interface LockInfo {
  pid: number;
  host: string;
  time: string;
  token: string;
}

export type LockResult =
  /** tookOver: a crashed instance's lock was replaced, so its leftovers need cleaning up. */
  { held: true; info: LockInfo; tookOver: boolean } | { held: false; holder: LockInfo | null };

/** "host (process 123) since 2026-…", for "read-only: the workspace is open in …" messages. */
export function describeHolder(holder: LockInfo | null): string {
  if (!holder) return 'another Newsroom (unreadable lock file)';
  return `${holder.host} (process ${holder.pid}) since ${holder.time}`;
}

/** True when a process with this pid runs on this machine. */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
}

/**
 * Takes the workspace lock: the lock file is written whole to a temp file, then hard-linked
 * into place (link fails if a lock exists, so two instances never both win). A lock left by
 * a dead process on this host is taken over.
 */
export async function acquireLock(
  fs: StoreFs,
  lockFile: string,
  now = new Date(),
): Promise<LockResult> {
  const info: LockInfo = {
    pid: process.pid,
    host: os.hostname(),
    time: now.toISOString(),
    token: randomBytes(8).toString('hex'),
  };
  let tookOver = false;
  for (let attempt = 0; attempt < 3; attempt++) {
    if (await tryCreate(fs, lockFile, info)) return { held: true, info, tookOver };
    const holder = await readLock(fs, lockFile);
    if (holder === 'missing') continue;
    if (holder && !isStale(holder)) return { held: false, holder };
    // Dead holder (or a lock that never got its content): remove it and try again.
    await fs.unlink(lockFile).catch(() => undefined);
    tookOver = true;
  }
  const holder = await readLock(fs, lockFile);
  return { held: false, holder: holder === 'missing' ? null : holder };
}

/** Removes the lock if it is still ours. */
export async function releaseLock(fs: StoreFs, lockFile: string, info: LockInfo): Promise<void> {
  const current = await readLock(fs, lockFile);
  if (current !== 'missing' && current?.token === info.token)
    await fs.unlink(lockFile).catch(() => undefined);
}

function isStale(holder: LockInfo): boolean {
  return holder.host === os.hostname() && !processAlive(holder.pid);
}

async function tryCreate(fs: StoreFs, lockFile: string, info: LockInfo): Promise<boolean> {
  const temp = tempPathFor(lockFile);
  await fs.createFile(temp, JSON.stringify(info) + '\n');
  try {
    await linkOrCreate(fs, temp, lockFile, info);
    return true;
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw error;
  } finally {
    await fs.unlink(temp).catch(() => undefined);
  }
}

async function linkOrCreate(
  fs: StoreFs,
  temp: string,
  lockFile: string,
  info: LockInfo,
): Promise<void> {
  try {
    await fs.link(temp, lockFile);
  } catch (error) {
    const code = errorCode(error);
    // File systems without hard links: fall back to an exclusive create.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS')
      throw error;
    await fs.createFile(lockFile, JSON.stringify(info) + '\n');
  }
}

async function readLock(fs: StoreFs, lockFile: string): Promise<LockInfo | null | 'missing'> {
  let text: string;
  try {
    text = (await fs.readFile(lockFile)).toString('utf8');
  } catch (error) {
    return errorCode(error) === 'ENOENT' ? 'missing' : null;
  }
  try {
    const data = JSON.parse(text) as Partial<LockInfo>;
    if (typeof data.pid === 'number' && typeof data.host === 'string')
      return {
        pid: data.pid,
        host: data.host,
        time: typeof data.time === 'string' ? data.time : '?',
        token: typeof data.token === 'string' ? data.token : '',
      };
  } catch {
    // fall through: unreadable lock
  }
  return null;
}
