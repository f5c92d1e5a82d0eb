import { watch } from 'node:fs';
import path from 'node:path';
import type { IndexChanges } from '../../../electron/store/library-index';
import { Workspace } from '../../../electron/store/workspace';
import { startOutsideWriter } from '../../support/outside-process';
import type { BenchContext } from '../lib/context';
import { result, type BenchResult } from '../lib/result';
import { median, quantile, round, spread } from '../lib/stats';
import { benchWorkspace } from '../workload/cache';

const ROUNDS = 30;
// Time between changes, so each is measured on its own rather than as a batch.
const PAUSE_MS = 150;

/**
 * watch-latency: another process creates, edits and removes articles in the big workspace while it
 * is open and watched; each change is timed from the moment the writer starts it until the library
 * (the index in the main process, whose changes go to the window) lists it. The floor: a bare
 * fs.watch on the same folder hearing the same write. The workspace is left as it was.
 */
export async function watchLatencyScenario(ctx: BenchContext): Promise<BenchResult> {
  const { root } = await benchWorkspace(ctx.workspaceSize, ctx.log);
  const ws = await Workspace.open(root, { readOnlyIfLocked: false });
  const writer = await startOutsideWriter(root);
  const heard = new Map<string, (changes: IndexChanges) => void>();
  const latencies: Record<'create' | 'edit' | 'remove', number[]> = {
    create: [],
    edit: [],
    remove: [],
  };
  const floor: number[] = [];
  let setupMs: number;
  try {
    await ws.articles.list();
    const setupStart = performance.now();
    const watcher = ws.articles.watch({
      onChange: (changes) => {
        for (const wait of heard.values()) wait(changes);
      },
      log: ctx.log,
    });
    await watcher.ready;
    setupMs = performance.now() - setupStart;
    if (watcher.polling) throw new Error('watch-latency: watching failed, the library is polled');

    const listed = (test: (changes: IndexChanges) => boolean) =>
      new Promise<number>((resolve) => {
        const key = String(Math.random());
        heard.set(key, (changes) => {
          if (!test(changes)) return;
          heard.delete(key);
          resolve(Date.now());
        });
      });
    const pause = () => new Promise((resolve) => setTimeout(resolve, PAUSE_MS));

    for (let i = 0; i < ROUNDS; i++) {
      const headline = `Watched ${i}`;
      let seen = listed((c) => c.put.some((p) => p.entry.headline === headline));
      const made = await writer.do({ op: 'create', headline });
      latencies.create.push((await seen) - made.started!);
      await pause();

      const edited = `Watched ${i}, edited`;
      // The floor hears the same write with nothing but fs.watch on the article's folder.
      let floorHeard = 0;
      const bare = watch(path.join(root, made.folder!), () => (floorHeard ||= Date.now()));
      seen = listed((c) => c.put.some((p) => p.entry.headline === edited));
      const edit = await writer.do({ op: 'edit', folder: made.folder!, headline: edited });
      latencies.edit.push((await seen) - edit.started!);
      bare.close();
      floor.push(floorHeard - edit.started!);
      await pause();

      seen = listed((c) => c.removed.includes(made.id!));
      const gone = await writer.do({ op: 'remove', folder: made.folder! });
      latencies.remove.push((await seen) - gone.started!);
      await pause();
    }
  } finally {
    await writer.stop();
    await ws.close();
  }
  const all = [...latencies.create, ...latencies.edit, ...latencies.remove];
  const value = quantile(all, 0.95);
  return result('watch-latency', value, median(floor), {
    statistic:
      'p95 over created, edited and removed articles: writer process starts the change → the watched library lists it',
    floorStatistic: 'median: the same edit heard by a bare fs.watch on the article folder',
    target: 'p95 ≤ 1000 ms',
    met: value <= 1000,
    changes: all.length,
    p50: round(median(all)),
    createP95: round(quantile(latencies.create, 0.95)),
    editP95: round(quantile(latencies.edit, 0.95)),
    removeP95: round(quantile(latencies.remove, 0.95)),
    spread: spread(all),
    articles: ctx.workspaceSize,
    watchSetupMs: round(setupMs),
    benchProcessRssMiB: round(process.memoryUsage().rss / 2 ** 20),
  });
}
