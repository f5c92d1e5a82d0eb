import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { IndexChanges } from '../../../../electron/store/library-index';
import { defaultWatchMode } from '../../../../electron/store/library-watch';
import { storeFs } from '../../../../electron/store/store-fs';
import { Workspace, type WorkspaceOptions } from '../../../../electron/store/workspace';
import { startOutsideWriter, type OutsideProcess } from '../../../support/outside-process';
import type { OutsideCommand } from '../../../support/outside-writer';
import { tempDir } from './temp-workspace';

let dir: string;
let cleanup: () => Promise<void>;
let ws: Workspace;
let writer: OutsideProcess;
let logs: string[];
let seen: IndexChanges[];

// One writer process for the file (starting one costs seconds on a busy machine); each test names its workspace.
beforeAll(async () => {
  writer = await startOutsideWriter();
});
afterAll(() => writer.stop());
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir('newsroom-watch-'));
  logs = [];
  seen = [];
});
afterEach(async () => {
  await ws?.close();
  await cleanup();
});
const outside = { do: (command: OutsideCommand) => writer.do({ ...command, root: dir }) };

async function open(
  options: WorkspaceOptions = {},
  watch: { pollMs?: number; maxPending?: number } = {},
) {
  ws = await Workspace.open(dir, options);
  await ws.articles.list();
  const watcher = ws.articles.watch({
    onChange: (changes) => seen.push(changes),
    log: (message) => logs.push(message),
    ...watch,
  });
  await watcher.ready;
  return watcher;
}

/** Waits until `check` passes (the watch is asynchronous by nature); fails after 10 s. */
async function until(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const putIds = () => seen.flatMap((c) => c.put.map((p) => p.entry.id));
const removedIds = () => seen.flatMap((c) => c.removed);
const lastPut = (id: string) =>
  seen
    .flatMap((c) => c.put)
    .filter((p) => p.entry.id === id)
    .at(-1);
// The index in memory, without a rescan (list() would check every folder).
const indexed = (id: string) =>
  (ws as unknown as { index: { entries(): { id: string; headline: string }[] } }).index
    .entries()
    .find((e) => e.id === id);

describe('watching the library for outside changes', () => {
  it('sees an article another process creates, with its text for the search index', async () => {
    await open();
    const { id } = await outside.do({ op: 'create', headline: 'Storm over the harbour' });
    await until(() => putIds().includes(id!), 'the new article');
    expect(lastPut(id!)?.entry).toMatchObject({ headline: 'Storm over the harbour', words: 4 });
    expect(lastPut(id!)?.article?.body).toBeTruthy();
    expect(indexed(id!)?.headline).toBe('Storm over the harbour');
    expect(logs).toEqual([]);
  });

  it('sees edits (atomic and in place), removals and renamed folders', async () => {
    await open();
    const made = await outside.do({ op: 'create', headline: 'First take' });
    const id = made.id!;
    await until(() => putIds().includes(id), 'the new article');

    await outside.do({
      op: 'edit',
      folder: made.folder!,
      headline: 'Second take',
      status: 'ready',
    });
    await until(() => lastPut(id)?.entry.headline === 'Second take', 'the atomic edit');
    expect(lastPut(id)?.entry.status).toBe('ready');

    await outside.do({ op: 'edit', folder: made.folder!, headline: 'Third take', inPlace: true });
    await until(() => lastPut(id)?.entry.headline === 'Third take', 'the in-place edit');

    const renamed = `third-take--${id}`;
    await outside.do({ op: 'rename', folder: made.folder!, to: renamed });
    await outside.do({ op: 'edit', folder: renamed, headline: 'Fourth take' });
    await until(
      () => lastPut(id)?.entry.headline === 'Fourth take',
      'an edit in the renamed folder',
    );
    expect(indexed(id)).toBeTruthy();
    await expect(ws.articles.folder(id)).resolves.toBe(path.join(ws.root, renamed));

    await outside.do({ op: 'remove', folder: renamed });
    await until(() => removedIds().includes(id), 'the removal');
    expect(indexed(id)).toBeUndefined();
  });

  it('shows a file broken from outside as an error entry', async () => {
    await open();
    const made = await outside.do({ op: 'create', headline: 'Fine' });
    await until(() => putIds().includes(made.id!), 'the new article');
    await outside.do({ op: 'raw', folder: made.folder!, text: '{"format": 2, "id": ' });
    await until(() => !!lastPut(made.id!)?.entry.error, 'the error entry');
    expect(lastPut(made.id!)?.entry.error).toMatch(/article\.json in ".*" is not valid JSON/);
    expect(lastPut(made.id!)?.article).toBeNull();
  });

  it('reports nothing for its own saves', async () => {
    await open();
    const { article, revision } = await ws.articles.create({ headline: 'Mine' });
    await until(() => indexed(article.id) !== undefined, 'the created article');
    const settled = seen.length;
    let current = revision;
    for (let i = 0; i < 5; i++) {
      const saved = await ws.articles.save({ ...article, headline: `Mine ${i}` }, current);
      if (!saved.ok) throw new Error('conflict');
      current = saved.revision;
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(seen.slice(settled).flatMap((c) => c.put.map((p) => p.entry.headline))).toEqual([]);
  });

  it('falls back to checking periodically when watching cannot start, and says so', async () => {
    const failing = storeFs({
      watch: () => {
        throw Object.assign(new Error('ENOSPC: System limit for number of file watchers reached'), {
          code: 'ENOSPC',
        });
      },
    });
    const watcher = await open({ fs: failing }, { pollMs: 200 });
    expect(watcher.polling).toBe(true);
    expect(logs.join('\n')).toMatch(/failed \(ENOSPC.*\); checking the whole library every 0.2 s/);
    const { id } = await outside.do({ op: 'create', headline: 'Seen by polling' });
    await until(() => putIds().includes(id!), 'the article found by polling');
  });

  it('falls back when a watch fails later', async () => {
    let fail: ((error: Error) => void) | undefined;
    const real = storeFs();
    const flaky = storeFs({
      watch: (folder, onChange, options) => {
        if (folder === ws?.root || !fail) fail ??= options?.onError;
        return real.watch(folder, onChange, options);
      },
    });
    const watcher = await open({ fs: flaky }, { pollMs: 200 });
    fail!(new Error('EMFILE: too many open files'));
    expect(watcher.polling).toBe(true);
    expect(logs.join('\n')).toMatch(/failed \(EMFILE.*\); checking the whole library/);
    const { id } = await outside.do({ op: 'create', headline: 'After the failure' });
    await until(() => putIds().includes(id!), 'the article found by polling');
  });

  it('checks the whole library when more folders change at once than it keeps track of', async () => {
    await open({}, { maxPending: 3 });
    const made = await Promise.all(
      Array.from({ length: 12 }, (_, i) => outside.do({ op: 'create', headline: `Wire ${i}` })),
    );
    await until(() => made.every((m) => putIds().includes(m.id!)), 'all twelve articles');
    expect(logs.join('\n')).toMatch(/more than 3 article folders changed at once/);
  });

  it('watches trees natively only where the platform can', () => {
    expect(defaultWatchMode('linux')).toBe('folders');
    expect(defaultWatchMode('darwin')).toBe('recursive');
    expect(defaultWatchMode('win32')).toBe('recursive');
  });
});
