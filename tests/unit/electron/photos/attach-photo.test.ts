import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PREVIEW_MAX_SIDE, previewFileName } from '../../../../core/photo/preview';
import { attachPhoto, readPhotoInfo } from '../../../../electron/photos/attach-photo';
import {
  recallPhotoCredit,
  recentCredits,
  registryPath,
  rememberArticlePhotos,
} from '../../../../electron/photos/photo-registry-file';
import { Workspace } from '../../../../electron/store/workspace';
import { fixture, makeImage, staffExampleText, tempDir } from './images';

const staff = fixture('iptc-staff-photographer-example.jpg');
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

let tmp: Awaited<ReturnType<typeof tempDir>>;
let ws: Workspace;

beforeEach(async () => {
  tmp = await tempDir();
  ws = await Workspace.open(path.join(tmp.dir, 'ws'));
});
afterEach(async () => {
  await ws.close();
  await tmp.cleanup();
});

async function photosOf(id: string) {
  return readdir(path.join(await ws.articles.folder(id), 'photos'));
}

describe('attachPhoto', () => {
  it('copies the file and prefills from its embedded metadata', async () => {
    const { article } = await ws.articles.create({ headline: 'Onions' });
    const { photo, embedded } = await attachPhoto(ws, article.id, { path: staff });
    expect(photo).toEqual({
      file: 'iptc-staff-photographer-example.jpg',
      ...staffExampleText,
      altText: '',
      width: 516,
      height: 350,
      fromFile: ['caption', 'credit', 'photographer', 'copyright'],
    });
    expect(embedded.headline).toBe('Farmer planting onions');
    const stored = await readFile(await ws.photos.path(article.id, photo.file));
    expect(sha(stored)).toBe(sha(await readFile(staff)));
    expect(await photosOf(article.id)).toEqual([photo.file]);
  });

  it('accepts bytes from a drop or paste', async () => {
    const { article } = await ws.articles.create();
    const { photo } = await attachPhoto(ws, article.id, {
      name: 'Pasted image.PNG',
      bytes: await makeImage('png', 30, 20),
    });
    expect(photo).toMatchObject({ file: 'Pasted image.png', width: 30, height: 20, fromFile: [] });
  });

  it.each([
    [
      'a text file',
      'notes.jpg',
      new TextEncoder().encode('hello, not a photo'),
      /photo ".*notes\.jpg" is not an image/,
    ],
    ['a truncated JPEG', 'cut.jpg', null, /photo ".*cut\.jpg" is a damaged or incomplete JPEG/],
  ])('refuses %s, naming it, and changes nothing', async (_what, name, data, message) => {
    const { article, revision } = await ws.articles.create({ headline: 'Keep me' });
    const bytes = data ?? (await makeImage('jpeg', 300, 200)).subarray(0, 400);
    const file = path.join(tmp.dir, name);
    await writeFile(file, bytes);
    await expect(attachPhoto(ws, article.id, { path: file })).rejects.toThrow(message);
    await expect(attachPhoto(ws, article.id, { name, bytes })).rejects.toThrow(message);
    expect(await photosOf(article.id)).toEqual([]);
    expect((await ws.articles.read(article.id)).revision).toBe(revision);
  });

  it('names a missing file', async () => {
    const { article } = await ws.articles.create();
    await expect(
      attachPhoto(ws, article.id, { path: path.join(tmp.dir, 'gone.jpg') }),
    ).rejects.toThrow(/photo ".*gone\.jpg" does not exist/);
  });

  it('attaches a 20-megapixel camera original with a downscaled preview', async () => {
    const { article } = await ws.articles.create();
    const camera = path.join(tmp.dir, 'IMG_0001.JPG');
    await writeFile(camera, await makeImage('jpeg', 5472, 3648));
    const { photo } = await attachPhoto(ws, article.id, { path: camera });
    expect(photo).toMatchObject({ file: 'IMG_0001.jpg', width: 5472, height: 3648 });
    expect((await photosOf(article.id)).sort()).toEqual([
      'IMG_0001.jpg',
      previewFileName('IMG_0001.jpg'),
    ]);
    const preview = await sharp(
      await ws.photos.path(article.id, previewFileName(photo.file)),
    ).metadata();
    expect(Math.max(preview.width, preview.height)).toBe(PREVIEW_MAX_SIDE);
  });
});

describe('credit stays with the image', () => {
  it('brings credit and photographer to another use of the same file, but not the caption', async () => {
    const first = await ws.articles.create({ headline: 'First' });
    const attached = await attachPhoto(ws, first.article.id, { path: staff });
    const edited = {
      ...first.article,
      leadPhoto: {
        ...attached.photo,
        caption: 'Desk caption',
        credit: 'AFP/Kiril Kudryatsev',
        photographer: 'Kiril Kudryatsev',
        fromFile: [],
      },
    };
    const saved = await ws.articles.save(edited, first.revision);
    expect(saved.ok).toBe(true);
    await rememberArticlePhotos(ws, edited);

    const second = await ws.articles.create({ headline: 'Second' });
    const again = await attachPhoto(ws, second.article.id, { path: staff });
    expect(again.photo.credit).toBe('AFP/Kiril Kudryatsev');
    expect(again.photo.photographer).toBe('Kiril Kudryatsev');
    expect(again.photo.caption).toBe(attached.photo.caption);
    expect(again.photo.fromFile).toEqual(['caption']);
    expect(await recentCredits(ws)).toEqual(expect.arrayContaining(['AFP/Kiril Kudryatsev']));
    expect((await recentCredits(ws))[0]).toBe('AFP/Kiril Kudryatsev');
  });

  it('recalls the credit for a photo already stored (e.g. a figure copied from another article)', async () => {
    const { article } = await ws.articles.create();
    const { photo } = await attachPhoto(ws, article.id, { path: staff });
    await rememberArticlePhotos(ws, { ...article, leadPhoto: { ...photo, credit: 'Staff' } });
    const blank = { ...photo, credit: '', photographer: '', caption: 'Other caption' };
    expect(await recallPhotoCredit(ws, article.id, blank)).toMatchObject({
      credit: 'Staff',
      photographer: 'John Doe',
      caption: 'Other caption',
    });
  });

  it('remembers credits of figures in the body and starts over from a damaged registry', async () => {
    const { article } = await ws.articles.create();
    const { photo } = await attachPhoto(ws, article.id, {
      name: 'fig.png',
      bytes: await makeImage('png'),
    });
    const body = {
      type: 'doc' as const,
      content: [
        {
          type: 'figure',
          attrs: {
            src: photo.file,
            caption: 'c',
            credit: 'Reuters',
            photographer: 'Ann',
            copyright: '',
            alt: '',
            width: 64,
            height: 48,
          },
        },
      ],
    };
    await rememberArticlePhotos(ws, { ...article, body });
    expect((await recentCredits(ws))[0]).toBe('Reuters');
    await writeFile(registryPath(ws), '{ not json');
    expect((await recentCredits(ws))[0]).toBe('Staff');
  });
});

describe('readPhotoInfo', () => {
  it('reports what photo-info prints', async () => {
    expect(await readPhotoInfo(fixture('BonTonARTSTORplusIPTC.jpg'))).toMatchObject({
      credit: 'Allan Kohl; Minneapolis College of Art & Design Visual Resource Collection',
      creator: 'Allan Kohl',
      copyright: 'publicDomain',
      width: 300,
      height: 379,
      format: 'jpeg',
    });
  });
});
