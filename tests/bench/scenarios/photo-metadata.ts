import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { sniffImageFormat } from '../../../core/photo/image-format';
import { endExifTool, exifTool } from '../../../electron/photos/exiftool-process';
import { readEmbeddedMetadata } from '../../../electron/photos/read-embedded-metadata';
import type { BenchContext } from '../lib/context';
import { result, type BenchResult } from '../lib/result';
import { median, round, spread } from '../lib/stats';

const fixtures = path.resolve(import.meta.dirname, '../../../../shared/fixtures/photos');
const photos = ['iptc-staff-photographer-example.jpg', 'BonTonARTSTORplusIPTC.jpg', 'broken1.jpg'];

// Every field the desk reads, by group, so IIM is not cut to 32 bytes and MWG precedence can apply.
const exifToolReadArgs = [
  '-G1',
  '-a',
  '-n',
  '-b',
  '-charset',
  'iptc=utf8',
  ...[
    'XMP-dc:Description',
    'XMP-dc:Creator',
    'XMP-dc:Rights',
    'XMP-photoshop:Credit',
    'XMP-photoshop:Headline',
    'XMP-iptcCore:AltTextAccessibility',
    'XMP-tiff:Orientation',
    'IPTC:Caption-Abstract',
    'IPTC:Credit',
    'IPTC:By-line',
    'IPTC:CopyrightNotice',
    'IPTC:Headline',
    'IPTC:CodedCharacterSet',
    'IFD0:ImageDescription',
    'IFD0:Artist',
    'IFD0:Copyright',
    'IFD0:Orientation',
    'Photoshop:IPTCDigest',
    'CurrentIPTCDigest',
  ].map((tag) => `-${tag}`),
];

/**
 * photo-metadata: reading a photo's embedded caption, credit and rights the way attach does (exifr
 * and the IIM/XMP scanners over bytes already in memory) vs ExifTool's warm process reading the
 * same fields from the file, without even mapping them. Ratio ≤ 1 is why exifr stays the reader.
 */
export async function photoMetadataScenario(ctx: BenchContext): Promise<BenchResult> {
  const runs = 31;
  const app: number[] = [];
  const floor: number[] = [];
  const perPhoto: Record<string, { app: number; floor: number }> = {};
  try {
    for (const name of photos) {
      const file = path.join(fixtures, name);
      const bytes = new Uint8Array(await readFile(file));
      const format = sniffImageFormat(bytes)!;
      const sides = {
        app: () => readEmbeddedMetadata(bytes, format),
        floor: () => exifTool().readRaw(file, { readArgs: exifToolReadArgs }),
      };
      for (let i = 0; i < 5; i++) await Promise.all([sides.app(), sides.floor()]);
      const times = { app: [] as number[], floor: [] as number[] };
      for (let i = 0; i < runs; i++)
        for (const side of i % 2 === 0
          ? (['app', 'floor'] as const)
          : (['floor', 'app'] as const)) {
          const start = performance.now();
          await sides[side]();
          times[side].push(performance.now() - start);
        }
      app.push(...times.app);
      floor.push(...times.floor);
      perPhoto[name] = { app: round(median(times.app)), floor: round(median(times.floor)) };
      ctx.log(`photo-metadata ${name}: ${JSON.stringify(perPhoto[name])}`);
    }
  } finally {
    await endExifTool();
  }
  const value = median(app);
  const floorValue = median(floor);
  return result('photo-metadata', value, floorValue, {
    statistic: 'median per photo read, app and floor alternated, ExifTool process warm',
    target: 'ratio ≤ 1',
    met: value / floorValue <= 1,
    runsEachPerPhoto: runs,
    perPhoto,
    appSpread: spread(app),
    floorSpread: spread(floor),
    floorIs: 'exiftool-vendored readRaw of the same fields by group (-G1 -b), no mapping',
  });
}
