import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serveMedia } from '../../../../electron/shell/media';
import { Workspace } from '../../../../electron/store/workspace';

const repoRoot = path.resolve(import.meta.dirname, '../../../..');
const fixture = path.resolve(
  repoRoot,
  '../shared/fixtures/photos/iptc-staff-photographer-example.jpg',
);

let base: string;
let ws: Workspace;
let id: string;
let stored: string;

beforeEach(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'newsroom-media-'));
  ws = await Workspace.open(path.join(base, 'workspace'));
  id = (await ws.articles.create({ headline: 'Floods' })).article.id;
  stored = await ws.photos.add(id, { path: fixture });
});

afterEach(async () => {
  await ws.close();
  await rm(base, { recursive: true, force: true });
});

describe('serveMedia', () => {
  it('serves a photo of an article with its type, nosniff and no-store', async () => {
    const res = await serveMedia(ws, `/media/${id}/${stored}`);
    expect(res.status).toBe(200);
    expect(res.headers['Content-Type']).toBe('image/jpeg');
    expect(res.headers['X-Content-Type-Options']).toBe('nosniff');
    expect(res.headers['Cache-Control']).toBe('no-store');
    expect(Buffer.from(res.body).equals(await readFile(fixture))).toBe(true);
  });

  it('decodes percent-encoded names', async () => {
    const name = await ws.photos.add(id, {
      name: 'harbour at dawn.png',
      bytes: new Uint8Array([1, 2, 3]),
    });
    const res = await serveMedia(ws, `/media/${id}/${encodeURIComponent(name)}`);
    expect(res.status).toBe(200);
    expect(res.headers['Content-Type']).toBe('image/png');
  });

  it.each([
    ['jpg', 'image/jpeg'],
    ['JPEG', 'image/jpeg'],
    ['jpe', 'image/jpeg'],
    ['png', 'image/png'],
    ['webp', 'image/webp'],
    ['gif', 'image/gif'],
    ['tif', 'image/tiff'],
    ['tiff', 'image/tiff'],
  ])('serves .%s as %s', async (ext, type) => {
    const name = await ws.photos.add(id, { name: `x.${ext}`, bytes: new Uint8Array([9]) });
    const res = await serveMedia(ws, `/media/${id}/${name}`);
    expect(res.status).toBe(200);
    expect(res.headers['Content-Type']).toBe(type);
  });

  it('refuses files that are not photos, even inside the article folder', async () => {
    const res = await serveMedia(ws, `/media/${id}/article.json`);
    expect(res.status).toBe(403);
    expect(res.headers['X-Content-Type-Options']).toBe('nosniff');
    const html = await serveMedia(ws, `/media/${id}/page.html`);
    expect(html.status).toBe(403);
  });

  it.each([
    ['parent segments', (id: string) => `/media/${id}/../../../etc/passwd`],
    ['encoded dots', (id: string) => `/media/${id}/%2e%2e/article.json`],
    ['upper-case encoded dots', (id: string) => `/media/${id}/%2E%2E/x.jpg`],
    ['an encoded slash', (id: string) => `/media/${id}/..%2f..%2fsecret.jpg`],
    ['an encoded backslash', (id: string) => `/media/${id}/..%5c..%5csecret.jpg`],
    ['a NUL byte', (id: string) => `/media/${id}/photo.jpg%00.png`],
    [
      'an absolute path in a segment',
      (_id: string) => `/media/${encodeURIComponent('/etc')}/passwd.jpg`,
    ],
    ['a drive letter', (id: string) => `/media/${id}/C%3A%5Cwindows.jpg`],
    ['a Windows device name', (id: string) => `/media/${id}/CON.jpg`],
    ['a trailing dot', (id: string) => `/media/${id}/photo.jpg.`],
    ['an empty segment', (id: string) => `/media/${id}//photo.jpg`],
  ])('refuses %s with 403', async (_label, make) => {
    const res = await serveMedia(ws, make(id));
    expect(res.status).toBe(403);
    expect(res.headers['Content-Type']).toMatch(/^text\/plain/);
  });

  it('answers 404 for unknown articles, missing photos and other shapes', async () => {
    expect((await serveMedia(ws, `/media/zzzzzzzzzzzzzzzz/${stored}`)).status).toBe(404);
    expect((await serveMedia(ws, `/media/${id}/missing.jpg`)).status).toBe(404);
    expect((await serveMedia(ws, `/media/not-an-id/${stored}`)).status).toBe(404);
    expect((await serveMedia(ws, `/media/${id}`)).status).toBe(404);
    expect((await serveMedia(ws, `/media/${id}/photos/${stored}`)).status).toBe(404);
    expect((await serveMedia(ws, `/other/${id}/${stored}`)).status).toBe(404);
  });

  it('answers 400 for malformed percent-encoding', async () => {
    expect((await serveMedia(ws, `/media/${id}/%E0%A4%A.jpg`)).status).toBe(400);
  });

  it('refuses a symlink that leads out of the workspace', async () => {
    const outside = path.join(base, 'outside.jpg');
    await writeFile(outside, 'secret');
    const photos = path.join(await ws.articles.folder(id), 'photos');
    await symlink(outside, path.join(photos, 'escape.jpg'));
    const res = await serveMedia(ws, `/media/${id}/escape.jpg`);
    expect(res.status).toBe(403);
    expect(new TextDecoder().decode(res.body)).not.toContain('secret');
  });

  it('refuses a photos folder that is a symlink out of the workspace', async () => {
    const outsideDir = path.join(base, 'elsewhere');
    await mkdir(outsideDir);
    await writeFile(path.join(outsideDir, 'leak.jpg'), 'secret');
    const folder = await ws.articles.folder(id);
    await rm(path.join(folder, 'photos'), { recursive: true });
    await symlink(outsideDir, path.join(folder, 'photos'));
    const res = await serveMedia(ws, `/media/${id}/leak.jpg`);
    expect(res.status).toBe(403);
    expect(new TextDecoder().decode(res.body)).not.toContain('secret');
  });

  it('serves a symlink that stays inside the workspace', async () => {
    const photos = path.join(await ws.articles.folder(id), 'photos');
    await symlink(path.join(photos, stored), path.join(photos, 'alias.jpg'));
    const res = await serveMedia(ws, `/media/${id}/alias.jpg`);
    expect(res.status).toBe(200);
  });

  it('ignores a query string', async () => {
    expect((await serveMedia(ws, `/media/${id}/${stored}?v=2`)).status).toBe(200);
  });

  it('serves nothing but the article photos, whatever the path (property)', async () => {
    const secret = path.join(base, 'secret.jpg');
    await writeFile(secret, 'secret');
    const photo = await readFile(fixture);
    const piece = fc.constantFrom(
      '/',
      'media',
      id,
      stored,
      '..',
      '.',
      '%2e%2e',
      '%2E.',
      '%2f',
      '%5c',
      '%00',
      'photos',
      'article.json',
      '.newsroom',
      'index.json',
      'secret.jpg',
      'workspace',
      '%25',
      'C:',
      encodeURIComponent(secret),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { minLength: 1, maxLength: 8 }), async (parts) => {
        const res = await serveMedia(ws, '/' + parts.join(''));
        if (res.status === 200) expect(Buffer.from(res.body).equals(photo)).toBe(true);
        else expect(new TextDecoder().decode(res.body)).not.toContain('secret');
        expect(res.headers['X-Content-Type-Options']).toBe('nosniff');
      }),
      { numRuns: 1000 },
    );
  });
});
