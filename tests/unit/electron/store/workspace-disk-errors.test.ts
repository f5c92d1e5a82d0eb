import { chmod, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nodeStoreFs, storeFs, type StoreFs } from '../../../../electron/store/store-fs';
import { StoreError, Workspace } from '../../../../electron/store/workspace';
import { paragraphs, tempDir } from './temp-workspace';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(async () => {
  vi.restoreAllMocks();
  await chmod(dir, 0o755).catch(() => undefined);
  await cleanup();
});

function systemError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected`), { code });
}

/** Every file under dir (recursively), relative. */
async function allFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)))
    .sort();
}

describe('Workspace on a failing disk', () => {
  it('fsyncs article.json and its folder on every save (spy on the fs layer)', async () => {
    const ws = await Workspace.open(dir);
    const { article, revision } = await ws.articles.create({ headline: 'Sync' });
    const folder = await ws.articles.folder(article.id);
    const opened: string[] = [];
    const synced: string[] = [];
    const realOpen = nodeStoreFs.open;
    const handles = new Map<unknown, string>();
    vi.spyOn(nodeStoreFs, 'open').mockImplementation(async (p, flags) => {
      const handle = await realOpen(p, flags);
      handles.set(handle, p);
      opened.push(p);
      return handle;
    });
    const realSync = nodeStoreFs.sync;
    vi.spyOn(nodeStoreFs, 'sync').mockImplementation(async (handle) => {
      synced.push(handles.get(handle) ?? '?');
      await realSync(handle);
    });
    const result = await ws.articles.save({ ...article, body: paragraphs('text') }, revision);
    expect(result.ok).toBe(true);
    const temp = opened.find((p) => p.includes('article.json') && p.endsWith('.newsroom-tmp'));
    expect(temp && path.dirname(temp)).toBe(folder);
    expect(synced).toContain(temp);
    expect(synced).toContain(folder);
    await ws.close();
  });

  it.each([
    [
      'ENOSPC',
      'write',
      /could not write article\.json in "disk--\w+": the disk is full \(ENOSPC\)/,
    ],
    [
      'EACCES',
      'open',
      /could not create a temporary file for article\.json in "disk--\w+": permission denied \(EACCES\)/,
    ],
    [
      'EROFS',
      'open',
      /could not create a temporary file for article\.json in "disk--\w+": the disk is read-only \(EROFS\)/,
    ],
    [
      'EPERM',
      'rename',
      /could not replace article\.json in "disk--\w+": operation not permitted \(EPERM\)/,
    ],
  ] as const)(
    'a save failing with %s keeps the old file whole and says what failed',
    async (code, call, message) => {
      let failing = false;
      const real = storeFs();
      const overrides: Partial<StoreFs> = {
        [call]: async (...args: [never, never]) => {
          if (failing) throw systemError(code);
          return (real[call] as (...a: [never, never]) => Promise<unknown>)(...args);
        },
      };
      const ws = await Workspace.open(dir, { fs: overrides });
      const { article, revision } = await ws.articles.create({ headline: 'Disk' });
      const file = path.join(await ws.articles.folder(article.id), 'article.json');
      const before = await readFile(file, 'utf8');
      const filesBefore = await allFiles(dir);
      failing = true;
      const error = await ws.articles
        .save({ ...article, body: paragraphs('lost?') }, revision)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoreError);
      expect((error as StoreError).code).toBe(code);
      expect((error as Error).message).toMatch(message);
      expect(await readFile(file, 'utf8')).toBe(before);
      expect(await allFiles(dir)).toEqual(filesBefore);
      // Once the disk recovers, the same save (same revision) goes through.
      failing = false;
      const retry = await ws.articles.save({ ...article, body: paragraphs('kept') }, revision);
      expect(retry.ok).toBe(true);
      await ws.close();
    },
  );

  it('a failing create leaves no half-made article folder', async () => {
    const ws = await Workspace.open(dir, {
      fs: {
        write: async () => {
          throw systemError('ENOSPC');
        },
      },
    });
    await expect(ws.articles.create({ headline: 'Nope' })).rejects.toThrow(/the disk is full/);
    expect((await readdir(dir)).sort()).toEqual(['.newsroom', '.trash']);
    expect(await ws.articles.list()).toEqual([]);
    await ws.close();
  });

  it('a failing photo copy leaves no partial photo', async () => {
    const ws = await Workspace.open(dir, {
      fs: {
        copyFile: async () => {
          throw systemError('ENOSPC');
        },
      },
    });
    const { article } = await ws.articles.create({ headline: 'Photo' });
    const source = path.join(dir, 'in.jpg');
    await writeFile(source, 'x');
    await expect(ws.photos.add(article.id, { path: source })).rejects.toThrow(
      /could not copy photo ".*in\.jpg" into the photos of "photo--\w+": the disk is full \(ENOSPC\)/,
    );
    expect(await readdir(path.join(await ws.articles.folder(article.id), 'photos'))).toEqual([]);
    await ws.close();
  });

  it('a workspace folder that cannot be written opens read-only and refuses writes clearly', async () => {
    const seed = await Workspace.open(dir);
    const { article, revision } = await seed.articles.create({ headline: 'Locked' });
    await seed.close();
    await chmod(path.join(dir, '.newsroom'), 0o555);
    await chmod(dir, 0o555);
    const probe = path.join(dir, 'probe');
    const canStillWrite = await writeFile(probe, '').then(
      () => true,
      () => false,
    );
    if (canStillWrite) {
      // Running as root: permissions do not bind; the injected-error tests above cover this.
      await chmod(dir, 0o755);
      return;
    }
    const ws = await Workspace.open(dir);
    expect(ws.readOnly).toBe(true);
    expect(ws.readOnlyReason).toMatch(/permission denied/);
    expect((await ws.articles.list()).map((e) => e.id)).toEqual([article.id]);
    await expect(ws.articles.save(article, revision)).rejects.toThrow(/read-only/);
    await ws.close();
  });

  it('a lock file that cannot be created opens read-only, saying why, and refuses writes', async () => {
    const seed = await Workspace.open(dir);
    const { article, revision } = await seed.articles.create({ headline: 'Unwritable' });
    await seed.close();
    const ws = await Workspace.open(dir, {
      fs: {
        createFile: async () => {
          throw systemError('EACCES');
        },
      },
    });
    expect(ws.readOnly).toBe(true);
    expect(ws.readOnlyReason).toBe('its folder cannot be written: permission denied (EACCES)');
    expect((await ws.articles.list()).map((e) => e.id)).toEqual([article.id]);
    await expect(ws.articles.save(article, revision)).rejects.toThrow(
      /cannot save: workspace ".*" is read-only because its folder cannot be written/,
    );
    await ws.close();
  });

  it('an article.json that cannot be read is named with the reason', async () => {
    let failing = false;
    const real = storeFs();
    const ws = await Workspace.open(dir, {
      fs: {
        readFile: async (p) => {
          if (failing && path.basename(p) === 'article.json') throw systemError('EIO');
          return real.readFile(p);
        },
      },
    });
    const { article } = await ws.articles.create({ headline: 'Bad sector' });
    failing = true;
    await expect(ws.articles.read(article.id)).rejects.toThrow(
      /^article\.json in "bad-sector--\w+" could not be read: the disk reported an input\/output error \(EIO\)$/,
    );
    await ws.close();
  });

  it('a delete that cannot reach the trash leaves the article in place', async () => {
    const ws = await Workspace.open(dir, {
      fs: {
        rename: async (from, to) => {
          if (to.includes(`${path.sep}.trash${path.sep}`)) throw systemError('EXDEV');
          await storeFs().rename(from, to);
        },
      },
    });
    const { article } = await ws.articles.create({ headline: 'Stays' });
    await expect(ws.articles.delete(article.id)).rejects.toThrow(
      /^could not move "stays--\w+" to the trash: EXDEV: injected$/,
    );
    expect((await ws.articles.read(article.id)).article.headline).toBe('Stays');
    expect((await ws.articles.list()).map((e) => e.id)).toEqual([article.id]);
    await ws.close();
  });
});
