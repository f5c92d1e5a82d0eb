import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { tokenize } from '../../../core/search/tokenize';
import { scanWorkspace } from '../../../electron/search/scan-workspace';
import { SEARCH_INDEX_FILE } from '../../../electron/search/search-index-file-name';
import { SearchService } from '../../../electron/search/search-service';
import { metaPaths } from '../../../electron/store/layout';
import type { BenchContext } from '../lib/context';
import { result, type BenchResult } from '../lib/result';
import { abbaOrder, median, quantile, round, spread } from '../lib/stats';
import { benchArchive, repoRoot } from '../workload/cache';
import { benchQueries } from './search';

/**
 * The floor: a plain Map from term to the numbers of the articles holding it, built with the same
 * tokenizer; prefixes by scanning keys. (Sets of id strings, as search-10k's floor keeps, would take
 * several GB at 100,000 articles.)
 */
class MapIndex {
  private readonly terms = new Map<string, number[]>();
  private readonly ids: string[] = [];
  add(doc: { id: string; headline: string; standfirst: string; byline: string; body: string }) {
    const no = this.ids.push(doc.id) - 1;
    for (const field of [doc.headline, doc.standfirst, doc.byline, doc.body])
      for (const term of tokenize(field)) {
        let docs = this.terms.get(term);
        if (!docs) this.terms.set(term, (docs = []));
        if (docs[docs.length - 1] !== no) docs.push(no);
      }
  }
  query(query: string): string[] {
    const perTerm = tokenize(query).map((term) => {
      const matches = new Set<number>(this.terms.get(term));
      if (term.length > 1)
        for (const [key, docs] of this.terms)
          if (key.startsWith(term)) for (const no of docs) matches.add(no);
      return matches;
    });
    if (perTerm.length === 0) return [];
    const [first, ...rest] = perTerm;
    return [...first!].filter((no) => rest.every((set) => set.has(no))).map((no) => this.ids[no]!);
  }
}

const archiveSearchFile = (root: string) => path.join(metaPaths(root).meta, SEARCH_INDEX_FILE);

/** The archive with its persisted search index (built and saved the first time, or when the saved one is of another version). */
async function archiveWithSearchIndex(ctx: BenchContext): Promise<{ root: string; ids: string[] }> {
  const archive = await benchArchive(ctx.log);
  const started = performance.now();
  const service = SearchService.open({ root: archive.root }, { persist: true });
  const stats = await service.ready;
  if (stats.source === 'built') {
    await service.save();
    ctx.log(
      `search-100k: built and saved the archive search index (${stats.rebuiltBecause ?? 'missing'}): ${stats.articles} articles in ${Math.round(performance.now() - started)} ms`,
    );
  }
  await service.close();
  return archive;
}

/** search-100k: p95 of query round trips over the archive (index loaded from its file), against a Map index in-process. */
export async function archiveSearchScenario(ctx: BenchContext): Promise<BenchResult> {
  const { root, ids } = await archiveWithSearchIndex(ctx);
  const queries = benchQueries();
  const rounds = 7;
  const service = SearchService.open({ root }, { persist: true });
  const stats = await service.ready;
  const roundTrip: number[] = [];
  const inWorker: number[] = [];
  try {
    for (const q of queries) await service.query(q);
    for (let r = 0; r < rounds; r++)
      for (const q of queries) {
        const start = performance.now();
        const { ms } = await service.queryTimed(q);
        roundTrip.push(performance.now() - start);
        inWorker.push(ms);
      }
  } finally {
    await service.close();
  }
  ctx.log('search-100k: building the Map floor');
  const floorIndex = new MapIndex();
  const floorStart = performance.now();
  scanWorkspace(root, (doc) => floorIndex.add(doc));
  const floorBuildMs = performance.now() - floorStart;
  const floorTimes: number[] = [];
  for (const q of queries) floorIndex.query(q);
  for (let r = 0; r < rounds; r++)
    for (const q of queries) {
      const start = performance.now();
      floorIndex.query(q);
      floorTimes.push(performance.now() - start);
    }
  const p95 = quantile(roundTrip, 0.95);
  const floorP95 = quantile(floorTimes, 0.95);
  return result('search-100k', p95, floorP95, {
    statistic:
      'p95 of query round trips (main thread → worker → main thread), index loaded from its file',
    target: 'p95 ≤ 10 ms and ratio ≤ 1',
    met: p95 <= 10 && p95 / floorP95 <= 1,
    articles: stats.articles,
    archive: ids.length,
    queries: queries.length,
    samples: roundTrip.length,
    p50: round(median(roundTrip)),
    max: round(Math.max(...roundTrip)),
    workerP95: round(quantile(inWorker, 0.95)),
    floorP50: round(median(floorTimes)),
    floorBuildMs: round(floorBuildMs),
  });
}

/** search-ready-100k: SearchService.open with its saved index until the first query answers, against reading the file. */
export async function archiveSearchReadyScenario(ctx: BenchContext): Promise<BenchResult> {
  const { root } = await archiveWithSearchIndex(ctx);
  const file = archiveSearchFile(root);
  const app = async () => {
    const start = performance.now();
    const service = SearchService.open({ root }, { persist: true });
    await service.query('council');
    const ms = performance.now() - start;
    if ((await service.ready).source !== 'loaded')
      throw new Error('search-ready: the index was rebuilt');
    await service.close();
    return ms;
  };
  await app();
  const samples = { app: [] as number[], floor: [] as number[] };
  for (const side of abbaOrder(5)) {
    if (side === 'app') samples.app.push(await app());
    else {
      const start = performance.now();
      readFileSync(file);
      samples.floor.push(performance.now() - start);
    }
  }
  const value = median(samples.app);
  const floor = median(samples.floor);
  return result('search-ready-100k', value, floor, {
    statistic:
      'median of SearchService.open (saved index present) until the first query answers; floor: readFileSync of the saved index',
    target: 'ratio ≤ 2',
    met: value / floor <= 2,
    indexFileBytes: statSync(file).size,
    runsEach: samples.app.length,
    appSpread: spread(samples.app),
    floorSpread: spread(samples.floor),
  });
}

/** memory-100k: resident memory of a fresh process holding the archive open, listed and searchable. */
export async function archiveMemoryScenario(ctx: BenchContext): Promise<BenchResult> {
  const { root } = await archiveWithSearchIndex(ctx);
  const child = path.join(repoRoot, 'tests', 'bench', 'scenarios', 'archive-memory-child.ts');
  const runs: { rssMiB: number; heapMiB: number; baseMiB: number }[] = [];
  for (let i = 0; i < 3; i++) {
    const out = execFileSync(process.execPath, ['--import', 'tsx', child, root], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    runs.push(JSON.parse(out.trim().split('\n').pop()!));
  }
  const value = median(runs.map((r) => r.rssMiB));
  const base = median(runs.map((r) => r.baseMiB));
  return {
    scenario: 'memory-100k',
    value: round(value),
    floor: round(base),
    ratio: round(value / base),
    unit: 'ms',
    detail: {
      unitNote:
        'MiB, not ms: value = resident memory with the archive open, listed and searchable; floor = the same process before opening it',
      statistic:
        'median of 3 fresh processes: Workspace.open + list() + SearchService (saved index) + one query; process RSS (worker threads included)',
      target: 'value ≤ 400 MiB',
      met: value <= 400,
      runs,
    },
  };
}
