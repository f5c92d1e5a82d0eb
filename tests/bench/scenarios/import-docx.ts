import { readFile } from 'node:fs/promises';
import path from 'node:path';
import mammoth from 'mammoth';
import { importFile } from '../../../core/import/import-file';
import type { BenchContext } from '../lib/context';
import { result, type BenchResult } from '../lib/result';
import { median, round, spread } from '../lib/stats';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures/docx');
// Every fixture that is an article (empty.docx and the linked-picture one are refused by design).
const documents = [
  'libreoffice/feature-story.docx',
  'libreoffice/press-release.docx',
  'mammoth/comments.docx',
  'mammoth/footnotes.docx',
  'mammoth/simple-list.docx',
  'mammoth/strict-format.docx',
  'mammoth/tables.docx',
  'mammoth/text-box.docx',
  'mammoth/tiny-picture.docx',
  'mammoth/utf8-bom.docx',
];
const FILES = 50;

/**
 * import-docx-50: importing 50 Word files as the CLI and Import… do (`importFile`: zip checks,
 * mammoth, recognition, body, photos) vs mammoth's bare `convertToHtml` of the same bytes.
 */
export async function importDocxScenario(ctx: BenchContext): Promise<BenchResult> {
  const loaded = await Promise.all(
    documents.map(async (name) => new Uint8Array(await readFile(path.join(fixtures, name)))),
  );
  const files = Array.from({ length: FILES }, (_, i) => loaded[i % loaded.length]!);
  const now = new Date();
  const sides = {
    app: async () => {
      for (const bytes of files) await importFile({ name: 'bench.docx', bytes }, { now });
    },
    floor: async () => {
      for (const bytes of files) await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    },
  };
  for (let i = 0; i < 2; i++) await Promise.all([sides.app(), sides.floor()]);
  const rounds = 9;
  const times = { app: [] as number[], floor: [] as number[] };
  for (let i = 0; i < rounds; i++)
    for (const side of i % 2 === 0 ? (['app', 'floor'] as const) : (['floor', 'app'] as const)) {
      const start = performance.now();
      await sides[side]();
      times[side].push(performance.now() - start);
    }
  const value = median(times.app);
  const floor = median(times.floor);
  ctx.log(`import-docx-50: app ${round(value)} ms, floor ${round(floor)} ms`);
  return result('import-docx-50', value, floor, {
    statistic: `median of ${rounds} rounds of ${FILES} files each, app and floor alternated`,
    target: 'ratio ≤ 1.5',
    met: value / floor <= 1.5,
    files: FILES,
    documents,
    appSpread: spread(times.app),
    floorSpread: spread(times.floor),
    floorIs: "mammoth.convertToHtml({ buffer }) with mammoth's defaults (pictures as data: URLs)",
  });
}
