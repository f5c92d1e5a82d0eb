import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticle, type Article } from '../../../../core/article/article';
import { countBody } from '../../../../core/body/counts';
import { Workspace } from '../../../../electron/store/workspace';
import { bundleChild, seeded, sleep, startChild } from './crash-child';
import { crashCounter, crashVersion } from './fixtures/crash-content';
import { tempDir } from './temp-workspace';

// SIGKILL a process that saves in a loop, at seeded random moments, and check the
// workspace after every kill. The child is bundled once so a restart costs little, and the
// next child is always started (and waiting) before the current one is killed.
const KILLS = process.env.CI ? 200 : 30;
const SEED = Number(process.env.CRASH_SEED ?? 20261127);
const TIME_LIMIT_MS = 240_000;
const MAX_KILL_DELAY_MS = 80;
/** Share of kills aimed at start-up (opening, taking over the lock, cleaning up) rather than at saves. */
const STARTUP_KILLS = 0.15;
const SPARES = 2;

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

let bundleDir: { dir: string; cleanup: () => Promise<void> };
let bundle: string;

beforeAll(async () => {
  bundleDir = await tempDir('newsroom-crash-bundle-');
  bundle = path.join(bundleDir.dir, 'save-loop.mjs');
  await bundleChild(path.join(import.meta.dirname, 'fixtures', 'save-loop.ts'), bundle);
}, 60_000);

afterAll(() => bundleDir?.cleanup());

describe('crash safety', () => {
  it(
    `survives ${KILLS} SIGKILLs during saves (seed ${SEED})`,
    async () => {
      const random = seeded(SEED);
      const { dir, cleanup } = await tempDir('newsroom-crash-');
      const started = Date.now();
      const spares = Array.from({ length: SPARES }, () => startChild(bundle));
      try {
        const setup = await Workspace.open(dir);
        const { article } = await setup.articles.create({ headline: 'Crash test' });
        const bystander = await setup.articles.create({ headline: 'Bystander' });
        await setup.close();
        const bystanderFile = path.join(dir, `bystander--${bystander.article.id}`, 'article.json');
        const bystanderBytes = await readFile(bystanderFile, 'utf8');
        let base = 0;
        let killsDuringSave = 0;

        for (let round = 1; round <= KILLS; round++) {
          const context = `round ${round} (seed ${SEED})`;
          if (Date.now() - started > TIME_LIMIT_MS)
            throw new Error(`time limit reached after ${round - 1} of ${KILLS} kills`);
          const child = spares.shift()!;
          spares.push(startChild(bundle));
          await child.ready;
          child.process.stdin.write(`go ${dir} ${article.id}\n`);
          if (random() >= STARTUP_KILLS) await Promise.race([child.opened, child.done]);
          await sleep(random() * MAX_KILL_DELAY_MS);
          child.process.kill('SIGKILL');
          await child.done;
          if (child.process.exitCode !== null)
            throw new Error(`${context}: child exited by itself: ${child.stderr()}`);
          if (child.isOpen()) killsDuringSave++;

          // The state exactly as the crash left it: one folder, a whole and valid article.json.
          const folders = (await readdir(dir)).filter((n) => n.endsWith(`--${article.id}`));
          expect(folders, context).toHaveLength(1);
          const raw = await readFile(path.join(dir, folders[0]!, 'article.json'), 'utf8');
          let onDisk: Article;
          try {
            onDisk = parseArticle(JSON.parse(raw));
          } catch (error) {
            throw new Error(`${context}: article.json is damaged: ${(error as Error).message}`, {
              cause: error,
            });
          }
          const lastAck = child.acks.at(-1) ?? base;
          const n = crashCounter(onDisk) ?? 0;
          expect([lastAck, lastAck + 1], `${context}: last ack ${lastAck}, on disk ${n}`).toContain(
            n,
          );
          if (n > 0) {
            const expected = crashVersion(article, n);
            expect({ ...onDisk, updated: '', created: '' }, context).toEqual({
              ...expected,
              updated: '',
              created: '',
            });
          }
          expect(await readFile(bystanderFile, 'utf8'), context).toBe(bystanderBytes);
          base = n;

          // Reopening recovers: lock taken over, temp files gone, index agrees with the folders.
          const ws = await Workspace.open(dir);
          expect(ws.readOnly, context).toBe(false);
          const leftovers = (await filesUnder(dir)).filter(
            (f) =>
              f.endsWith('.newsroom-tmp') ||
              f.startsWith(path.join('.newsroom', 'staging') + path.sep),
          );
          expect(leftovers, context).toEqual([]);
          const list = await ws.articles.list();
          expect(list.map((e) => e.id).sort(), context).toEqual(
            [article.id, bystander.article.id].sort(),
          );
          const entry = list.find((e) => e.id === article.id)!;
          expect(entry, context).toMatchObject({
            headline: onDisk.headline,
            updated: onDisk.updated,
            words: countBody(onDisk.body).words,
          });
          expect(entry.error, context).toBeUndefined();
          for (const recovery of await ws.recovery.list()) {
            expect(recovery.id, context).toBe(article.id);
            expect(crashCounter(await ws.recovery.take(recovery.id)), context).not.toBeNull();
          }
          await ws.close();
          const index = JSON.parse(
            await readFile(path.join(dir, '.newsroom', 'index.json'), 'utf8'),
          );
          expect(index.articles[article.id], context).toMatchObject({
            folder: folders[0],
            headline: onDisk.headline,
            updated: onDisk.updated,
          });
        }
        // Most kills must land while saves are happening, or the test proves little.
        expect(killsDuringSave).toBeGreaterThan(KILLS * 0.6);
      } finally {
        for (const spare of spares) {
          spare.process.kill('SIGKILL');
          await spare.done;
        }
        await cleanup();
      }
    },
    TIME_LIMIT_MS + 30_000,
  );
});
