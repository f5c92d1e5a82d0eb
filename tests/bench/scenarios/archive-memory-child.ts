// A fresh process for memory-100k: opens the archive as the app does and prints its memory as JSON.
import path from 'node:path';
import { SearchService } from '../../../electron/search/search-service';
import { Workspace } from '../../../electron/store/workspace';
import { useBuiltWorkers } from '../../../electron/workers/start-worker';

const root = process.argv[2]!;
useBuiltWorkers(path.resolve(import.meta.dirname, '../../../out/main'));
const mib = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;
globalThis.gc?.();
const baseMiB = mib(process.memoryUsage().rss);
const ws = await Workspace.open(root, { readOnlyIfLocked: false });
const entries = await ws.articles.list();
const search = SearchService.open(ws, { persist: true });
await search.current;
const hits = await search.query('council');
const { rss, heapUsed } = process.memoryUsage();
process.stdout.write(
  JSON.stringify({
    rssMiB: mib(rss),
    heapMiB: mib(heapUsed),
    baseMiB,
    entries: entries.length,
    hits: hits.length,
  }) + '\n',
);
await search.close();
await ws.close();
