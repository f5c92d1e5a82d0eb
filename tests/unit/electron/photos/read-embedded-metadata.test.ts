import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exifTool } from '../../../../electron/photos/exiftool-process';
import { readEmbeddedMetadata } from '../../../../electron/photos/read-embedded-metadata';
import { fixture, makeImage, staffExampleText, useExifToolDir } from './images';

describe('readEmbeddedMetadata on the IPTC fixtures', () => {
  it('reads the IPTC staff photographer example', async () => {
    const meta = await readEmbeddedMetadata(
      await readFile(fixture('iptc-staff-photographer-example.jpg')),
      'jpeg',
    );
    expect(meta).toEqual({
      ...staffExampleText,
      altText: '',
      headline: 'Farmer planting onions',
      orientation: 1,
    });
  });

  it('keeps non-ASCII text and XML entities intact in the museum scan', async () => {
    const meta = await readEmbeddedMetadata(
      await readFile(fixture('BonTonARTSTORplusIPTC.jpg')),
      'jpeg',
    );
    expect(meta.caption).toContain('Sais-tu ta leçon?');
    expect(meta.credit).toBe(
      'Allan Kohl; Minneapolis College of Art & Design Visual Resource Collection',
    );
    expect(meta.photographer).toBe('Allan Kohl');
    expect(meta.copyright).toBe('publicDomain');
    expect(meta.headline).toBe(
      'Do you know your lesson?: Tailored ensembles imagined by Jeanne Lanvin',
    );
  });

  it('survives the file with odd metadata', async () => {
    const meta = await readEmbeddedMetadata(await readFile(fixture('broken1.jpg')), 'jpeg');
    expect(meta.credit).toBe('Eric');
    expect(meta.headline).toBe('Palace of Culture and Science');
  });

  it('treats unreadable metadata as none', async () => {
    const bytes = Uint8Array.from([
      0xff, 0xd8, 0xff, 0xe1, 0x00, 0x10, 0x45, 0x78, 0x69, 0x66, 0, 0, 0x4d, 0x4d, 0, 0x2a, 0, 0,
      0, 8,
    ]);
    await expect(readEmbeddedMetadata(bytes, 'jpeg')).resolves.toMatchObject({
      caption: '',
      credit: '',
    });
  });
});

describe('readEmbeddedMetadata on files written by ExifTool', () => {
  const tmp = useExifToolDir();

  async function written(
    name: string,
    format: 'jpeg' | 'png' | 'webp' | 'gif' | 'tiff',
    tags: Record<string, string>,
    args: string[] = [],
  ) {
    const file = path.join(tmp.dir, name);
    await writeFile(file, await makeImage(format));
    await exifTool().write(file, tags, {
      writeArgs: ['-overwrite_original', ...args],
      ignoreMinorErrors: true,
    });
    return readFile(file);
  }

  it('decodes UTF-8 IIM declared by CodedCharacterSet 1:90', async () => {
    const bytes = await written('utf8.jpg', 'jpeg', {
      'IPTC:CodedCharacterSet': 'UTF8',
      'IPTC:Caption-Abstract': 'Zürich — «Ελλάδα» 東京',
      'IPTC:By-line': 'Jürgen Müller',
    });
    expect(bytes.includes(Buffer.from([0x1c, 0x01, 0x5a]))).toBe(true);
    const meta = await readEmbeddedMetadata(bytes, 'jpeg');
    expect(meta.caption).toBe('Zürich — «Ελλάδα» 東京');
    expect(meta.photographer).toBe('Jürgen Müller');
  });

  it('decodes Latin-1 IIM without 1:90', async () => {
    const bytes = await written(
      'latin1.jpg',
      'jpeg',
      { 'IPTC:Caption-Abstract': 'Leçon à Zürich', 'IPTC:Credit': 'Agence Française' },
      ['-charset', 'iptc=latin'],
    );
    expect(bytes.includes(Buffer.from('Le\xe7on', 'latin1'))).toBe(true);
    const meta = await readEmbeddedMetadata(bytes, 'jpeg');
    expect(meta.caption).toBe('Leçon à Zürich');
    expect(meta.credit).toBe('Agence Française');
  });

  it('never lets a 32-byte IIM Credit beat the full XMP one', async () => {
    const full = 'AFP/Kiril Kudryatsev for The Weekly Review';
    const bytes = await written('credit.jpg', 'jpeg', {
      'IPTC:Credit': full,
      'XMP-photoshop:Credit': full,
      'XMP-iptcCore:AltTextAccessibility': 'Two people shake hands',
    });
    const meta = await readEmbeddedMetadata(bytes, 'jpeg');
    expect(meta.credit).toBe(full);
    expect(meta.altText).toBe('Two people shake hands');
  });

  it('follows the IPTC digest: IIM edited after the XMP wins, the fixtures are in sync', async () => {
    const tags = {
      'XMP-dc:Description': 'Caption before the correction',
      'XMP-photoshop:Credit': 'AFP/Kiril Kudryatsev for the Weekly Review',
      'IPTC:Caption-Abstract': 'Caption after the correction',
      'IPTC:Credit': 'AFP/Kiril Kudryatsev for the Weekly Review',
    };
    const stale = await written('stale.jpg', 'jpeg', {
      ...tags,
      'Photoshop:IPTCDigest': '00112233445566778899aabbccddeeff',
    });
    expect(await readEmbeddedMetadata(stale, 'jpeg')).toMatchObject({
      caption: 'Caption after the correction',
      credit: 'AFP/Kiril Kudryatsev for the Weekly Review',
    });
    const fresh = await written('fresh.jpg', 'jpeg', { ...tags, 'Photoshop:IPTCDigest': 'new' });
    expect((await readEmbeddedMetadata(fresh, 'jpeg')).caption).toBe(
      'Caption before the correction',
    );
  });

  it('reads UTF-8 IIM from a TIFF (tag 33723)', async () => {
    const bytes = await written('iim.tif', 'tiff', {
      'IPTC:CodedCharacterSet': 'UTF8',
      'IPTC:Caption-Abstract': 'Łódź at dawn',
      'IPTC:Credit': 'Agencja Gazeta',
      'IPTC:By-line': 'Jürgen',
      'IPTC:Headline': 'Morning',
    });
    expect(await readEmbeddedMetadata(bytes, 'tiff')).toMatchObject({
      caption: 'Łódź at dawn',
      credit: 'Agencja Gazeta',
      photographer: 'Jürgen',
      headline: 'Morning',
    });
  });

  it.each(['png', 'webp', 'gif', 'tiff'] as const)('reads XMP from %s', async (format) => {
    const bytes = await written(`x.${format}`, format, {
      'XMP-dc:Description': 'Caption in XMP ü',
      'XMP-photoshop:Credit': 'Staff',
      'XMP-dc:Creator': 'Ann Lee',
    });
    const meta = await readEmbeddedMetadata(bytes, format);
    expect(meta).toMatchObject({
      caption: 'Caption in XMP ü',
      credit: 'Staff',
      photographer: 'Ann Lee',
    });
  });
});
