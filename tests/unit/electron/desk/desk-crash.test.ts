import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeskDoc } from '../../../../electron/desk/desk-doc';
import { isTempName } from '../../../../electron/store/temp-files';
import { Workspace } from '../../../../electron/store/workspace';
import { bundleChild, seeded, sleep, startChild } from '../store/crash-child';
import { tempDir } from '../store/temp-workspace';

// SIGKILL a process that edits a desk article in a loop, at seeded random moments, and check
// after every kill that the log replays to every acknowledged edit, in order, and nothing more
// than the one edit in flight.
const KILLS = process.env.CI ? 150 : 25;
const SEED = Number(process.env.CRASH_SEED ?? 20261206);
const MAX_KILL_DELAY_MS = 60;
const SPARES = 2;
const id = 'deskcrash0000001';

let bundleDir: { dir: string; cleanup: () => Promise<void> };
let bundle: string;

beforeAll(async () => {
  bundleDir = await tempDir('newsroom-desk-crash-bundle-');
  bundle = path.join(bundleDir.dir, 'edit-loop.mjs');
  await bundleChild(path.join(import.meta.dirname, 'fixtures', 'edit-loop.ts'), bundle);
}, 60_000);

afterAll(() => bundleDir?.cleanup());

describe('desk log crash safety', () => {
  it(`loses no acknowledged update over ${KILLS} SIGKILLs (seed ${SEED})`, async () => {
    const random = seeded(SEED);
    const { dir, cleanup } = await tempDir('newsroom-desk-crash-');
    const file = path.join(dir, '.newsroom', 'desk', `${id}.updates`);
    const spares = Array.from({ length: SPARES }, () => startChild(bundle));
    let acknowledged = 0;
    try {
      for (let round = 1; round <= KILLS; round++) {
        const context = `round ${round} (seed ${SEED})`;
        const child = spares.shift()!;
        spares.push(startChild(bundle));
        await child.ready;
        child.process.stdin.write(`go ${file} ${id}\n`);
        // Killed only once it is editing, so every round tests a burst, however busy the machine.
        await Promise.race([child.acked, child.done]);
        await sleep(random() * MAX_KILL_DELAY_MS);
        child.process.kill('SIGKILL');
        await child.done;
        if (child.process.exitCode !== null)
          throw new Error(`${context}: child exited by itself: ${child.stderr()}`);
        acknowledged = (child.acks.at(-1) ?? acknowledged - 1) + 1;

        const deskDoc = await DeskDoc.open(id, file);
        const counters = deskDoc.doc.getArray<number>('counters').toArray();
        await deskDoc.close();
        // Every acknowledged edit, in order; at most the one in flight beyond it.
        expect([acknowledged, acknowledged + 1], context).toContain(counters.length);
        expect(counters, context).toEqual(counters.map((_, i) => i));
        acknowledged = counters.length;
        // A kill during compaction may leave its temporary file; the workspace sweeps those.
        const names = await readdir(path.dirname(file)).catch(() => []);
        expect(
          names.filter((n) => n !== `${id}.updates` && !isTempName(n)),
          context,
        ).toEqual([]);
      }
      const ws = await Workspace.open(dir);
      await ws.close();
      expect(await readdir(path.dirname(file))).toEqual([`${id}.updates`]);
      expect(acknowledged).toBeGreaterThan(KILLS);
    } finally {
      for (const spare of spares) {
        spare.process.kill('SIGKILL');
        await spare.done;
      }
      await cleanup();
    }
  }, 240_000);
});
