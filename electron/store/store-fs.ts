import { watch as watchFs, type Stats } from 'node:fs';
import * as fsp from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';

/**
 * Every file-system call the store makes. Tests swap single functions to inject disk errors
 * (ENOSPC, EACCES…) or spy on fsync; the app uses nodeStoreFs.
 */
export interface StoreFs {
  open(path: string, flags: string): Promise<FileHandle>;
  write(handle: FileHandle, data: Uint8Array): Promise<void>;
  /** fsync of a file or a directory handle. */
  sync(handle: FileHandle): Promise<void>;
  close(handle: FileHandle): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  link(existing: string, target: string): Promise<void>;
  copyFile(from: string, to: string, mode?: number): Promise<void>;
  /** Copies a folder with everything in it. */
  copyDir(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  /** Creates a folder and its parents; an existing folder is fine. */
  mkdir(path: string): Promise<void>;
  /** Removes a file (or, with recursive, a folder tree); a missing path is fine. */
  rm(path: string, options?: { recursive?: boolean }): Promise<void>;
  /** Creates a file that must not exist yet (fails with EEXIST otherwise). */
  createFile(path: string, data: string): Promise<void>;
  readFile(path: string): Promise<Buffer>;
  readdir(path: string): Promise<string[]>;
  stat(path: string): Promise<Stats>;
  lstat(path: string): Promise<Stats>;
  realpath(path: string): Promise<string>;
  /**
   * Calls `onChange` with the entry's name (a relative path when recursive) when something in
   * folder `dir` changes; returns stop. Throws when the watch cannot be set up (ENOSPC: too many
   * watches); `onError` hears of a watch that fails later (without it, the watch just stops).
   */
  watch(dir: string, onChange: (name: string | null) => void, options?: WatchOptions): () => void;
}

export interface WatchOptions {
  /** Every folder below too (native on macOS and Windows only). */
  recursive?: boolean;
  onError?: (error: Error) => void;
}

/** The real file system. */
export const nodeStoreFs: StoreFs = {
  open: (path, flags) => fsp.open(path, flags),
  write: async (handle, data) => {
    await handle.writeFile(data);
  },
  sync: (handle) => handle.sync(),
  close: (handle) => handle.close(),
  rename: (from, to) => fsp.rename(from, to),
  link: (existing, target) => fsp.link(existing, target),
  copyFile: (from, to, mode) => fsp.copyFile(from, to, mode),
  copyDir: (from, to) => fsp.cp(from, to, { recursive: true }),
  unlink: (path) => fsp.unlink(path),
  mkdir: async (path) => {
    await fsp.mkdir(path, { recursive: true });
  },
  rm: (path, options) => fsp.rm(path, { force: true, recursive: options?.recursive ?? false }),
  createFile: (path, data) => fsp.writeFile(path, data, { flag: 'wx' }),
  readFile: (path) => fsp.readFile(path),
  readdir: (path) => fsp.readdir(path),
  stat: (path) => fsp.stat(path),
  lstat: (path) => fsp.lstat(path),
  realpath: (path) => fsp.realpath(path),
  watch: (dir, onChange, options = {}) => {
    const watcher = watchFs(
      dir,
      { persistent: false, recursive: options.recursive ?? false },
      (_event, name) => onChange(name),
    );
    // A watched folder that goes away (workspace deleted) just stops reporting.
    watcher.on('error', (error) => {
      watcher.close();
      options.onError?.(error);
    });
    return () => watcher.close();
  },
};

/** nodeStoreFs with some calls replaced; the rest are looked up on nodeStoreFs at call time (so spies see them). */
export function storeFs(overrides: Partial<StoreFs> = {}): StoreFs {
  const fs = {} as Record<keyof StoreFs, unknown>;
  for (const name of Object.keys(nodeStoreFs) as (keyof StoreFs)[]) {
    fs[name] =
      overrides[name] ??
      ((...args: unknown[]) => (nodeStoreFs[name] as (...a: unknown[]) => unknown)(...args));
  }
  return fs as StoreFs;
}
