import { createHash } from 'node:crypto';
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { attachPhoto } from '../../../../electron/photos/attach-photo';
import { exifTool } from '../../../../electron/photos/exiftool-process';
import { readEmbeddedMetadata } from '../../../../electron/photos/read-embedded-metadata';
import {
  photoMetadataTags,
  truncateUtf8,
  writePhotoMetadata,
} from '../../../../electron/photos/write-photo-metadata';
import { Workspace } from '../../../../electron/store/workspace';
import { fixture, makeImage, useExifToolDir } from './images';

const desk = {
  caption: 'Protesters in Zürich — «Ελλάδα» on January 23, 2017',
  credit: 'AFP/Kiril Kudryatsev for the Weekly Review',
  photographer: 'Kiril Kudryatsev',
  copyright: '© 2026 Agence France-Presse',
  altText: 'A crowd holding banners in a snowy square',
};
const sha = async (file: string) =>
  createHash('sha256')
    .update(await readFile(file))
    .digest('hex');

const tmp = useExifToolDir();

describe('writePhotoMetadata', () => {
  it('writes XMP and UTF-8 IIM into a JPEG copy; exifr and ExifTool read them back', async () => {
    const copy = path.join(tmp.dir, 'copy.jpg');
    await copyFile(fixture('iptc-staff-photographer-example.jpg'), copy);
    await writePhotoMetadata(copy, desk);

    expect(await readEmbeddedMetadata(await readFile(copy), 'jpeg')).toMatchObject({
      caption: desk.caption,
      credit: desk.credit,
      photographer: desk.photographer,
      copyright: desk.copyright,
      altText: desk.altText,
    });
    const tags = (await exifTool().readRaw(copy, {
      readArgs: ['-G1', '-a', '-charset', 'iptc=utf8'],
    })) as Record<string, unknown>;
    expect(tags['XMP-dc:Description']).toBe(desk.caption);
    expect(tags['XMP-photoshop:Credit']).toBe(desk.credit);
    expect(tags['XMP-dc:Creator']).toBe(desk.photographer);
    expect(tags['XMP-dc:Rights']).toBe(desk.copyright);
    expect(tags['XMP-iptcCore:AltTextAccessibility']).toBe(desk.altText);
    expect(tags['IPTC:CodedCharacterSet']).toBe('UTF8');
    expect(tags['IPTC:Caption-Abstract']).toBe(desk.caption);
    expect(tags['IPTC:Credit']).toBe(truncateUtf8(desk.credit, 32));
    expect(tags['IPTC:By-line']).toBe(desk.photographer);
    expect(tags['IPTC:CopyrightNotice']).toBe(desk.copyright);
    expect(tags['IFD0:ImageDescription']).toBe(desk.caption);
  });

  it('removes tags whose field is empty, so the copy says what the article says', async () => {
    const copy = path.join(tmp.dir, 'cleared.jpg');
    await copyFile(fixture('iptc-staff-photographer-example.jpg'), copy);
    await writePhotoMetadata(copy, { ...desk, copyright: '', altText: '' });
    const meta = await readEmbeddedMetadata(await readFile(copy), 'jpeg');
    expect(meta.copyright).toBe('');
    expect(meta.caption).toBe(desk.caption);
  });

  it.each(['png', 'webp', 'gif', 'tiff'] as const)('writes XMP into a %s copy', async (format) => {
    const copy = path.join(tmp.dir, `copy.${format}`);
    await writeFile(copy, await makeImage(format));
    await writePhotoMetadata(copy, desk);
    expect(await readEmbeddedMetadata(await readFile(copy), format)).toMatchObject({
      caption: desk.caption,
      credit: desk.credit,
      photographer: desk.photographer,
      altText: desk.altText,
    });
  });

  it('never modifies a workspace original', async () => {
    const ws = await Workspace.open(path.join(tmp.dir, 'ws'));
    try {
      const { article } = await ws.articles.create();
      const { photo } = await attachPhoto(ws, article.id, {
        path: fixture('iptc-staff-photographer-example.jpg'),
      });
      const original = await ws.photos.path(article.id, photo.file);
      const before = await sha(original);
      await expect(writePhotoMetadata(original, desk)).rejects.toThrow(/workspace original/);
      const copy = path.join(tmp.dir, 'export.jpg');
      await copyFile(original, copy);
      await writePhotoMetadata(copy, desk);
      expect(await sha(original)).toBe(before);
      expect(await sha(copy)).not.toBe(before);
    } finally {
      await ws.close();
    }
  });

  it('writes into a copy of the fixture with damaged EXIF', async () => {
    const copy = path.join(tmp.dir, 'broken-copy.jpg');
    await copyFile(fixture('broken1.jpg'), copy);
    await writePhotoMetadata(copy, desk);
    expect(await readEmbeddedMetadata(await readFile(copy), 'jpeg')).toMatchObject({
      caption: desk.caption,
      credit: desk.credit,
      photographer: desk.photographer,
    });
    const tags = (await exifTool().readRaw(copy, { readArgs: ['-G1', '-a'] })) as Record<
      string,
      unknown
    >;
    expect(tags['IPTC:Credit']).toBe(truncateUtf8(desk.credit, 32));
  });

  it('names a copy that is not an image', async () => {
    const copy = path.join(tmp.dir, 'notes.jpg');
    await writeFile(copy, 'hello');
    await expect(writePhotoMetadata(copy, desk)).rejects.toThrow(
      /photo copy ".*notes\.jpg" is not an image/,
    );
  });

  it('maps fields to XMP everywhere, and to IIM and EXIF only where the format has them', () => {
    const png = photoMetadataTags(
      { ...desk, photographer: 'Ann Lee; Bo Chan', copyright: '' },
      'png',
    );
    expect(png).toEqual({
      'XMP-dc:Description': desk.caption,
      'XMP-photoshop:Credit': desk.credit,
      'XMP-dc:Creator': ['Ann Lee', 'Bo Chan'],
      'XMP-dc:Rights': null,
      'XMP-iptcCore:AltTextAccessibility': desk.altText,
    });
    const jpeg = photoMetadataTags(desk, 'jpeg') as Record<string, unknown>;
    expect(jpeg['IPTC:CodedCharacterSet']).toBe('UTF8');
    expect(jpeg['IPTC:Credit']).toBe('AFP/Kiril Kudryatsev for the Wee');
    expect(jpeg['IPTC:By-line']).toEqual(['Kiril Kudryatsev']);
  });

  it('cuts IIM values at a character boundary', () => {
    expect(truncateUtf8('Zürich', 2)).toBe('Z');
    expect(truncateUtf8('Zürich', 3)).toBe('Zü');
    expect(truncateUtf8('short', 32)).toBe('short');
  });
});
