import path from 'node:path';
import { StoreError, describeError, errorCode } from './store-error';
import { nodeStoreFs, type StoreFs } from './store-fs';
import { tempPathFor } from './temp-files';

/** Rename errors that Windows and virus scanners cause for a moment; worth retrying. */
const transientRenameCodes = new Set(['EPERM', 'EBUSY', 'EACCES']);

export interface AtomicWriteOptions {
  fs?: StoreFs;
  /** Delays before each rename retry, in ms. */
  retryDelays?: readonly number[];
  /** How the file is named in error messages, e.g. `article.json in "floods--abc…"`. */
  label?: string;
}

const defaultRetryDelays = [10, 30, 80, 200, 500];

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Replaces `file` with `data` so that a crash leaves either the old or the new bytes:
 * temp file in the same folder, write, fsync, close, rename (retried on EPERM/EBUSY/EACCES),
 * fsync the folder. On failure the old file is untouched, the temp file removed, and a
 * StoreError says what failed.
 */
export async function atomicWrite(
  file: string,
  data: Uint8Array | string,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const fs = options.fs ?? nodeStoreFs;
  const label = options.label ?? path.basename(file);
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const temp = tempPathFor(file);
  let step = 'create a temporary file for';
  try {
    const handle = await fs.open(temp, 'wx');
    try {
      step = 'write';
      await fs.write(handle, bytes);
      step = 'flush to disk';
      await fs.sync(handle);
    } finally {
      await fs.close(handle).catch(() => undefined);
    }
    step = 'replace';
    await renameWithRetry(fs, temp, file, options.retryDelays ?? defaultRetryDelays);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw new StoreError(`could not ${step} ${label}: ${describeError(error)}`, { cause: error });
  }
  try {
    await syncDir(path.dirname(file), fs);
  } catch (error) {
    throw new StoreError(`could not flush the folder of ${label}: ${describeError(error)}`, {
      cause: error,
    });
  }
}

/** rename, retried with backoff while the error looks transient. */
export async function renameWithRetry(
  fs: StoreFs,
  from: string,
  to: string,
  delays: readonly number[] = defaultRetryDelays,
): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      const code = errorCode(error);
      const delay = delays[attempt];
      if (delay === undefined || !code || !transientRenameCodes.has(code)) throw error;
      await sleep(delay);
    }
  }
}

/** fsync a folder so a rename inside it survives power loss; platforms that cannot (Windows) are skipped. */
export async function syncDir(dir: string, fs: StoreFs = nodeStoreFs): Promise<void> {
  let handle;
  try {
    handle = await fs.open(dir, 'r');
  } catch {
    return;
  }
  try {
    await fs.sync(handle);
  } catch (error) {
    const code = errorCode(error);
    // Windows and some network file systems refuse fsync on folders; the rename is already done.
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'EBADF') throw error;
  } finally {
    await fs.close(handle).catch(() => undefined);
  }
}
