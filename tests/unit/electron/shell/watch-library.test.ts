import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SearchService } from '../../../../electron/search/search-service';
import { watchLibrary } from '../../../../electron/shell/watch-library';
import type { LibraryChanges } from '../../../../electron/store/store-types';
import { Workspace } from '../../../../electron/store/workspace';
import { startOutsideWriter, type OutsideProcess } from '../../../support/outside-process';
import { tempDir } from '../store/temp-workspace';

let writer: OutsideProcess;
let dir: string;
let cleanup: () => Promise<void>;
let ws: Workspace;
let search: SearchService;

beforeAll(async () => {
  writer = await startOutsideWriter();
});
afterAll(() => writer.stop());
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir('newsroom-watch-search-'));
  ws = await Workspace.open(dir);
  search = SearchService.open(ws);
  await search.ready;
});
afterEach(async () => {
  await search.close();
  await ws.close();
  await cleanup();
});

async function until(check: () => Promise<boolean> | boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('watchLibrary', () => {
  it('brings outside changes to the search index and the window', async () => {
    const events: LibraryChanges[] = [];
    const logs: string[] = [];
    const watch = watchLibrary(ws, {
      search: () => search,
      emit: (changes) => events.push(changes),
      log: (message) => logs.push(message),
    });
    await watch.ready;
    const made = await writer.do({
      root: dir,
      op: 'create',
      headline: 'Harbour',
      text: 'The quaymaster counted seventeen trawlers.',
    });
    await until(async () => (await search.query('quaymaster')).includes(made.id!), 'search hit');
    expect(events.flatMap((e) => e.entries.map((x) => x.headline))).toContain('Harbour');

    await writer.do({ root: dir, op: 'edit', folder: made.folder!, text: 'Only gulls now.' });
    await until(async () => (await search.query('gulls')).includes(made.id!), 'the edit');
    expect(await search.query('quaymaster')).toEqual([]);

    await writer.do({ root: dir, op: 'remove', folder: made.folder! });
    await until(() => events.some((e) => e.removed.includes(made.id!)), 'the removal');
    expect(await search.query('gulls')).toEqual([]);
    expect(logs).toEqual([]);
  });
});
