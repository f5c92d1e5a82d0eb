import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshWorkspace } from './fresh-workspace';

const t = freshWorkspace();

describe('article photos', () => {
  it('adds photos with unique, sanitized names and a lower-case extension', async () => {
    const { article } = await t.ws.articles.create({ headline: 'Photo' });
    const fixture = path.join(t.dir, 'Harbour View.JPG');
    await writeFile(fixture, 'jpeg bytes');
    const first = await t.ws.photos.add(article.id, { path: fixture });
    const second = await t.ws.photos.add(article.id, { path: fixture });
    const third = await t.ws.photos.add(article.id, {
      name: '../../evil/..\\CON.Png',
      bytes: new Uint8Array([7]),
    });
    expect(first).toBe('Harbour View.jpg');
    expect(second).toBe('Harbour View-2.jpg');
    expect(third).toBe('photo-CON.png');
    expect(await readFile(await t.ws.photos.path(article.id, first), 'utf8')).toBe('jpeg bytes');
    const photos = await readdir(path.join(await t.ws.articles.folder(article.id), 'photos'));
    expect(photos.sort()).toEqual(['Harbour View-2.jpg', 'Harbour View.jpg', 'photo-CON.png']);
  });

  it('refuses to add a photo that does not exist, naming it', async () => {
    const { article } = await t.ws.articles.create();
    await expect(
      t.ws.photos.add(article.id, { path: path.join(t.dir, 'nope.jpg') }),
    ).rejects.toThrow(/photo ".*nope\.jpg" cannot be read/);
  });
});
