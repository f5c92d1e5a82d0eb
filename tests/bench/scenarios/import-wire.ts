import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { importFile } from '../../../core/import/import-file';
import type { BenchContext } from '../lib/context';
import { result, type BenchResult } from '../lib/result';
import { abbaOrder, median, spread } from '../lib/stats';
import { repoRoot } from '../workload/cache';

const FILES = 50;
/** Batches per side: one is ~20 ms, so a median of 15 moved by a tenth between quiet runs. */
const BATCHES = 41;

/** 50 real agency files: the IPTC examples and agency samples that import, repeated in turn. */
function wireFiles(): { name: string; bytes: Uint8Array; text: string }[] {
  const root = path.join(repoRoot, 'tests/fixtures/wire');
  const sources = ['iptc', 'superdesk'].flatMap((dir) =>
    readdirSync(path.join(root, dir))
      .filter(
        (f) => f.endsWith('.xml') && !f.startsWith('LISTING_25') && !f.startsWith('LISTING_28'),
      )
      // AFP's NewsML 1.x is refused by design, so it would time an error, not an import.
      .filter((f) => f !== 'afp20.xml')
      .map((f) => path.join(root, dir, f)),
  );
  return Array.from({ length: FILES }, (_, i) => {
    const file = sources[i % sources.length]!;
    const bytes = new Uint8Array(readFileSync(file));
    return { name: path.basename(file), bytes, text: new TextDecoder().decode(bytes) };
  });
}

/**
 * import-newsml-50: importing 50 NITF and NewsML-G2 files as the CLI and the app do (sniffing,
 * safe parse, fields, body through the editor's schema, photos) vs xmldom's bare parse of them.
 */
export async function importNewsml50Scenario(ctx: BenchContext): Promise<BenchResult> {
  const files = wireFiles();
  const app = async () => {
    for (const file of files) await importFile(file, { now: new Date(0) });
  };
  const floor = async () => {
    for (const file of files) new DOMParser().parseFromString(file.text, 'text/xml');
  };
  for (let i = 0; i < 5; i++) {
    await app();
    await floor();
  }
  const times = { app: [] as number[], floor: [] as number[] };
  for (const side of abbaOrder(BATCHES)) {
    const start = performance.now();
    await (side === 'app' ? app() : floor());
    times[side].push(performance.now() - start);
  }
  ctx.log(`import-newsml-50: ${new Set(files.map((f) => f.name)).size} distinct files`);
  const value = median(times.app);
  const floorValue = median(times.floor);
  return result('import-newsml-50', value, floorValue, {
    statistic: `median of ${BATCHES} batches of 50 files each, app and floor in A B B A order`,
    target: 'ratio ≤ 1.5',
    met: value / floorValue <= 1.5,
    files: FILES,
    distinctFiles: new Set(files.map((f) => f.name)).size,
    appSpread: spread(times.app),
    floorSpread: spread(times.floor),
    floorIs: "new DOMParser().parseFromString(text, 'text/xml') of each file (@xmldom/xmldom)",
  });
}
