import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { ARTICLE_FILE, idFromFolderName, metaPaths } from '../../../electron/store/layout';
import type { IndexProgress } from '../../../electron/store/library-index';
import { libraryThreads } from '../../../electron/store/library-workers';
import { Workspace } from '../../../electron/store/workspace';
import type { BenchContext } from '../lib/context';
import { result, type BenchResult } from '../lib/result';
import { abbaOrder, median, spread } from '../lib/stats';
import { benchArchive, benchWorkspace } from '../workload/cache';

const RUNS = 5;

/** Workspace.open + list(), closed afterwards (not timed); throws when articles are missing. */
async function openAndList(
  root: string,
  expected: number,
  onIndexProgress?: (p: IndexProgress) => void,
): Promise<number> {
  const start = performance.now();
  const ws = await Workspace.open(root, { readOnlyIfLocked: false, onIndexProgress });
  const entries = await ws.articles.list();
  const ms = performance.now() - start;
  await ws.close();
  if (entries.length !== expected)
    throw new Error(`library: ${entries.length} of ${expected} articles listed`);
  return ms;
}

const articleFiles = (root: string): string[] =>
  readdirSync(root)
    .filter((name) => idFromFolderName(name))
    .map((name) => path.join(root, name, ARTICLE_FILE));

/** Alternates app and floor A B B A, `runs` each; returns both samples. */
async function alternate(
  runs: number,
  app: () => Promise<number>,
  floor: () => number,
): Promise<{ app: number[]; floor: number[] }> {
  const out = { app: [] as number[], floor: [] as number[] };
  for (const side of abbaOrder(runs)) {
    if (side === 'app') out.app.push(await app());
    else out.floor.push(floor());
  }
  return out;
}

/** library-open-100k: open + first listing of the archive with its index present, against stat-ing every article.json. */
export async function libraryOpenArchiveScenario(ctx: BenchContext): Promise<BenchResult> {
  const { root, ids } = await benchArchive(ctx.log);
  if (!existsSync(metaPaths(root).index)) {
    ctx.log('library-open-100k: building the archive index once');
    const ms = await openAndList(root, ids.length, (p) => {
      if (p.done % 20_000 === 0) ctx.log(`library-open-100k: index ${p.done}/${p.total}`);
    });
    ctx.log(`library-open-100k: index built in ${Math.round(ms)} ms`);
  }
  await openAndList(root, ids.length); // warm-up
  const samples = await alternate(
    RUNS,
    () => openAndList(root, ids.length),
    () => {
      const start = performance.now();
      for (const file of articleFiles(root)) statSync(file);
      return performance.now() - start;
    },
  );
  const value = median(samples.app);
  const floor = median(samples.floor);
  return result('library-open-100k', value, floor, {
    statistic:
      'median of Workspace.open + list() with index.json present; floor: readdirSync + statSync of every article.json',
    target: 'ratio ≤ 2',
    met: value / floor <= 2,
    articles: ids.length,
    runsEach: RUNS,
    appSpread: spread(samples.app),
    floorSpread: spread(samples.floor),
  });
}

/** library-rebuild-10k: open with the index missing until listed, against reading and parsing every article.json on one thread. */
export async function libraryRebuildScenario(ctx: BenchContext): Promise<BenchResult> {
  const { root, ids } = await benchWorkspace(ctx.workspaceSize, ctx.log);
  const indexFile = metaPaths(root).index;
  const rebuild = async () => {
    await rm(indexFile, { force: true });
    return openAndList(root, ids.length);
  };
  await rebuild(); // warm-up: page cache and worker code
  let bytes = 0;
  const samples = await alternate(RUNS, rebuild, () => {
    const start = performance.now();
    bytes = 0;
    for (const file of articleFiles(root)) {
      const text = readFileSync(file, 'utf8');
      bytes += text.length;
      JSON.parse(text);
    }
    return performance.now() - start;
  });
  const value = median(samples.app);
  const floor = median(samples.floor);
  const name = `library-rebuild-${ctx.workspaceSize >= 1000 ? `${ctx.workspaceSize / 1000}k` : ctx.workspaceSize}`;
  return result(name, value, floor, {
    statistic:
      'median of Workspace.open + list() with index.json missing (rebuilt in worker threads); floor: readdirSync + readFileSync + JSON.parse of every article.json on one thread',
    target: 'ratio ≤ 1',
    met: value / floor <= 1,
    articles: ids.length,
    runsEach: RUNS,
    appSpread: spread(samples.app),
    floorSpread: spread(samples.floor),
    articleChars: bytes,
    threads: libraryThreads(),
  });
}
