import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sanitizePhotoName } from '../../../../electron/store/photo-name';
import { StoreError, Workspace } from '../../../../electron/store/workspace';
import { tempDir } from './temp-workspace';

let dir: string;
let outside: string;
let cleanup: () => Promise<void>;
let cleanupOutside: () => Promise<void>;
let ws: Workspace;
let id: string;

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  ({ dir: outside, cleanup: cleanupOutside } = await tempDir('newsroom-outside-'));
  await writeFile(path.join(outside, 'secret.jpg'), 'secret');
  ws = await Workspace.open(path.join(dir, 'ws'));
  id = (await ws.articles.create({ headline: 'Safe' })).article.id;
});
afterEach(async () => {
  await ws.close();
  await cleanup();
  await cleanupOutside();
});

describe('paths that try to leave the workspace', () => {
  it.each([
    ['../', '../../etc/passwd'],
    ['a folder separator', 'sub/photo.jpg'],
    ['a backslash', '..\\..\\photo.jpg'],
    ['an absolute path', '/etc/passwd'],
    ['a Windows absolute path', 'C:\\Windows\\win.ini'],
    ['a NUL byte', 'photo.jpg\0.png'],
    ['URL-encoded dots', '%2e%2e%2fsecret.jpg'],
    ['URL-encoded dots (upper case)', '%2E%2E'],
    ['a Windows reserved name', 'CON'],
    ['a Windows reserved name with extension', 'lpt1.jpg'],
    ['dot-dot', '..'],
    ['a leading dot', '.hidden.jpg'],
    ['a trailing dot', 'photo.jpg.'],
    ['an empty name', ''],
  ])('photoPath refuses %s', async (_what, name) => {
    await expect(ws.photos.path(id, name)).rejects.toThrow(StoreError);
    await expect(ws.photos.path(id, name)).rejects.toThrow(/^photo name ".*" /);
  });

  it.each([
    '../x',
    '0123456789abcdef/../..',
    '/etc',
    'ABCDEF0123456789',
    '%2e%2e',
    'con',
    '0123456789abcde\0',
    '',
  ])('refuses the article id %j everywhere', async (bad) => {
    await expect(ws.articles.read(bad)).rejects.toThrow(/is not an article id/);
    await expect(ws.articles.folder(bad)).rejects.toThrow(/is not an article id/);
    await expect(ws.photos.path(bad, 'a.jpg')).rejects.toThrow(/is not an article id/);
    await expect(ws.articles.delete(bad)).rejects.toThrow(/is not an article id/);
    await expect(ws.photos.add(bad, { name: 'a.jpg', bytes: new Uint8Array() })).rejects.toThrow(
      /is not an article id/,
    );
    await expect(ws.history.list(bad)).rejects.toThrow(/is not an article id/);
    await expect(ws.lastArticle.set(bad)).rejects.toThrow(/is not an article id/);
  });

  it('refuses a photo that is a symlink pointing outside the workspace', async () => {
    const photos = path.join(await ws.articles.folder(id), 'photos');
    await symlink(path.join(outside, 'secret.jpg'), path.join(photos, 'evil.jpg'));
    await expect(ws.photos.path(id, 'evil.jpg')).rejects.toThrow(
      /photo "evil\.jpg" of "safe--\w+" points outside the workspace/,
    );
  });

  it('refuses a photos/ folder that is a symlink pointing outside', async () => {
    const folder = await ws.articles.folder(id);
    const { rm } = await import('node:fs/promises');
    await rm(path.join(folder, 'photos'), { recursive: true });
    await symlink(outside, path.join(folder, 'photos'));
    await expect(ws.photos.path(id, 'secret.jpg')).rejects.toThrow(/points outside the workspace/);
    await expect(ws.photos.add(id, { name: 'x.jpg', bytes: new Uint8Array([1]) })).rejects.toThrow(
      /points outside the workspace/,
    );
  });

  it('refuses an article folder that is a symlink pointing outside', async () => {
    const fake = '0123456789abcdef';
    await mkdir(path.join(outside, 'evil'));
    await symlink(path.join(outside, 'evil'), path.join(ws.root, `evil--${fake}`));
    await expect(ws.articles.folder(fake)).rejects.toThrow(
      /article folder "evil--0123456789abcdef" points outside/,
    );
    const entry = (await ws.articles.list()).find((e) => e.id === fake);
    expect(entry?.error).toMatch(/points outside the workspace/);
  });

  it('accepts a symlink that stays inside the workspace', async () => {
    const photos = path.join(await ws.articles.folder(id), 'photos');
    await writeFile(path.join(photos, 'real.jpg'), 'x');
    await symlink(path.join(photos, 'real.jpg'), path.join(photos, 'alias.jpg'));
    expect(await ws.photos.path(id, 'alias.jpg')).toBe(path.join(photos, 'alias.jpg'));
  });

  it('accepts ordinary photo names, including ones not yet on disk', async () => {
    const photos = path.join(await ws.articles.folder(id), 'photos');
    expect(await ws.photos.path(id, 'Harbour view 2.jpg')).toBe(
      path.join(photos, 'Harbour view 2.jpg'),
    );
    expect(await ws.photos.path(id, 'Åsane–bybane.jpeg')).toBe(
      path.join(photos, 'Åsane–bybane.jpeg'),
    );
  });
});

describe('sanitizePhotoName', () => {
  it.each([
    ['IMG_0001.JPG', 'IMG_0001.jpg'],
    ['/abs/path/to/Photo.Jpeg', 'Photo.jpeg'],
    ['C:\\Users\\ann\\Desktop\\pic.PNG', 'pic.png'],
    ['../../etc/passwd', 'passwd'],
    ['..', 'photo'],
    ['.hidden.jpg', 'hidden.jpg'],
    ['con.jpg', 'photo-con.jpg'],
    ['LPT9', 'photo-LPT9'],
    ['a\0b.jpg', 'ab.jpg'],
    ['%2e%2e%2fsecret.jpg', '2e-2e-2fsecret.jpg'],
    ['what?*<>|:".tif', 'what-------.tif'],
    ['trailing dots....jpg', 'trailing dots.jpg'],
    ['x'.repeat(300) + '.jpg', 'x'.repeat(90) + '.jpg'],
    ['noext', 'noext'],
    ['photo\u202egpj.exe', 'photogpj.exe'],
    ['weird.ex t!', 'weird.ext'],
  ])('%j → %j', (input, expected) => {
    expect(sanitizePhotoName(input)).toBe(expected);
  });
});
