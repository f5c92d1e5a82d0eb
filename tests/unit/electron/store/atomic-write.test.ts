import { readFile, readdir, writeFile } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { atomicWrite } from '../../../../electron/store/atomic-write';
import { StoreError } from '../../../../electron/store/store-error';
import { storeFs, type StoreFs } from '../../../../electron/store/store-fs';
import { tempDir } from './temp-workspace';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

function systemError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected`), { code });
}

/** The real fs, recording which paths were opened, fsynced and renamed. */
function recordingFs(overrides: Partial<StoreFs> = {}) {
  const real = storeFs(overrides);
  const opened = new Map<FileHandle, string>();
  const log: string[] = [];
  const fs: StoreFs = {
    ...real,
    open: async (p, flags) => {
      const handle = await real.open(p, flags);
      opened.set(handle, p);
      log.push(`open ${p}`);
      return handle;
    },
    write: async (handle, data) => {
      log.push(`write ${opened.get(handle)}`);
      await real.write(handle, data);
    },
    sync: async (handle) => {
      log.push(`sync ${opened.get(handle)}`);
      await real.sync(handle);
    },
    close: async (handle) => {
      log.push(`close ${opened.get(handle)}`);
      await real.close(handle);
    },
    rename: async (from, to) => {
      log.push(`rename ${from} -> ${to}`);
      await real.rename(from, to);
    },
  };
  return { fs, log };
}

describe('atomicWrite', () => {
  it('writes a temp file in the same folder, fsyncs it, renames it, then fsyncs the folder', async () => {
    const file = path.join(dir, 'article.json');
    const { fs, log } = recordingFs();
    await atomicWrite(file, 'hello', { fs });
    expect(await readFile(file, 'utf8')).toBe('hello');
    const temp = log[0]!.replace(/^open /, '');
    expect(path.dirname(temp)).toBe(dir);
    expect(temp).not.toBe(file);
    expect(log).toEqual([
      `open ${temp}`,
      `write ${temp}`,
      `sync ${temp}`,
      `close ${temp}`,
      `rename ${temp} -> ${file}`,
      `open ${dir}`,
      `sync ${dir}`,
      `close ${dir}`,
    ]);
    expect(await readdir(dir)).toEqual(['article.json']);
  });

  it('retries a rename that fails with EPERM or EBUSY (Windows, antivirus)', async () => {
    const file = path.join(dir, 'article.json');
    await writeFile(file, 'old');
    const failures = ['EPERM', 'EBUSY', 'EACCES'];
    const { fs, log } = recordingFs({
      rename: async (from, to) => {
        const code = failures.shift();
        if (code) throw systemError(code);
        await storeFs().rename(from, to);
      },
    });
    await atomicWrite(file, 'new', { fs, retryDelays: [1, 1, 1, 1] });
    expect(log.filter((l) => l.startsWith('rename'))).toHaveLength(4);
    expect(await readFile(file, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['article.json']);
  });

  it('gives up on a rename that keeps failing: old file intact, no temp file, a StoreError', async () => {
    const file = path.join(dir, 'article.json');
    await writeFile(file, 'old');
    let attempts = 0;
    const fs = storeFs({
      rename: async () => {
        attempts++;
        throw systemError('EBUSY');
      },
    });
    const error = await atomicWrite(file, 'new', {
      fs,
      retryDelays: [1, 1, 1],
      label: 'article.json in "x"',
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as Error).message).toBe(
      'could not replace article.json in "x": the file is busy (another program is using it) (EBUSY)',
    );
    expect(attempts).toBe(4);
    expect(await readFile(file, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['article.json']);
  });

  it('does not retry errors that are not transient', async () => {
    const file = path.join(dir, 'a.json');
    let attempts = 0;
    const fs = storeFs({
      rename: async () => {
        attempts++;
        throw systemError('EXDEV');
      },
    });
    await expect(atomicWrite(file, 'x', { fs, retryDelays: [1, 1] })).rejects.toThrow(StoreError);
    expect(attempts).toBe(1);
  });

  it.each([
    ['write', 'ENOSPC', 'could not write a.json: the disk is full (ENOSPC)'],
    ['open', 'EACCES', 'could not create a temporary file for a.json: permission denied (EACCES)'],
    [
      'open',
      'EROFS',
      'could not create a temporary file for a.json: the disk is read-only (EROFS)',
    ],
    [
      'sync',
      'EIO',
      'could not flush to disk a.json: the disk reported an input/output error (EIO)',
    ],
  ] as const)('when %s fails with %s the old file stays whole', async (call, code, message) => {
    const file = path.join(dir, 'a.json');
    await writeFile(file, 'old content');
    const real = storeFs();
    const fs = storeFs({
      [call]: async (...args: unknown[]) => {
        // Let the folder fsync through; fail only on the temp file.
        if (call === 'open' && args[0] === dir) return real.open(dir, 'r');
        throw systemError(code);
      },
    });
    await expect(atomicWrite(file, 'new content', { fs })).rejects.toThrow(message);
    expect(await readFile(file, 'utf8')).toBe('old content');
    expect(await readdir(dir)).toEqual(['a.json']);
  });

  it('leaves a partly written temp file behind no longer than the failed call', async () => {
    const file = path.join(dir, 'a.json');
    await writeFile(file, 'old content');
    const real = storeFs();
    const fs = storeFs({
      write: async (handle, data) => {
        await real.write(handle, data.subarray(0, 3));
        throw systemError('ENOSPC');
      },
    });
    await expect(atomicWrite(file, 'new content', { fs })).rejects.toThrow(/disk is full/);
    expect(await readFile(file, 'utf8')).toBe('old content');
    expect(await readdir(dir)).toEqual(['a.json']);
  });
});
