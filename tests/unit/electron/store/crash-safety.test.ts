import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticle, type Article } from '../../../../core/article/article';
import { countBody } from '../../../../core/body/counts';
import { Workspace } from '../../../../electron/store/workspace';
import { repoRoot } from './child-process';
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

/** mulberry32: a small seeded generator, so a failing run can be replayed with CRASH_SEED. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Child {
  process: ChildProcessWithoutNullStreams;
  ready: Promise<void>;
  acks: number[];
  opened: Promise<void>;
  done: Promise<void>;
  stderr: () => string;
  /** True once the child has opened the workspace and entered its save loop. */
  isOpen: () => boolean;
}

function startChild(bundle: string): Child {
  const child = spawn(process.execPath, [bundle], {
    cwd: repoRoot,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const acks: number[] = [];
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  let onReady!: () => void;
  let onOpen!: () => void;
  let open = false;
  const ready = new Promise<void>((r) => (onReady = r));
  const opened = new Promise<void>((r) => (onOpen = r));
  const lines = createInterface({ input: child.stdout });
  lines.on('line', (line) => {
    if (line === 'ready') onReady();
    else if (line.startsWith('open ')) {
      open = true;
      onOpen();
    } else if (line.startsWith('ack ')) acks.push(Number(line.slice(4)));
  });
  // "done" waits for both the exit and the end of stdout, so every printed ack is counted.
  const done = Promise.all([
    new Promise<void>((r) => child.once('exit', () => r())),
    new Promise<void>((r) => lines.once('close', () => r())),
  ]).then(() => undefined);
  return { process: child, ready, acks, opened, done, stderr: () => stderr, isOpen: () => open };
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

let bundleDir: { dir: string; cleanup: () => Promise<void> };
let bundle: string;

beforeAll(async () => {
  bundleDir = await tempDir('newsroom-crash-bundle-');
  bundle = path.join(bundleDir.dir, 'save-loop.mjs');
  await build({
    entryPoints: [path.join(import.meta.dirname, 'fixtures', 'save-loop.ts')],
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: bundle,
    logLevel: 'error',
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  });
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
