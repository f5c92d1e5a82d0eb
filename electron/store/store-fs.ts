import * as fsp from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';

/**
 * The file-system calls the store writes through. Tests swap single functions to inject
 * disk errors (ENOSPC, EACCES…) or spy on fsync; the app uses nodeStoreFs.
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
  unlink(path: string): Promise<void>;
  mkdir(path: string): Promise<void>;
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
  unlink: (path) => fsp.unlink(path),
  mkdir: async (path) => {
    await fsp.mkdir(path, { recursive: true });
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
