// desk-latency: a keystroke in one window until the frame that shows it in another, both windows
// on one desk article; the floor is the same two windows trading each update through a bare relay,
// and bare ProseMirror pages over that relay are measured beside it.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { countBody } from '../../../core/body/counts';
import { addDeskUser } from '../../../electron/desk-server/desk-users';
import { launchApp, type LaunchedApp } from '../../e2e/harness';
import { startServer } from '../../unit/electron/desk-server/desk-harness';
import { probeFile } from '../browser/build-pages';
import {
  BenchPage,
  appTarget,
  floorDeskTarget,
  launchChromium,
  until,
  type BenchWindow,
  type PageTarget,
} from '../browser/session';
import type { BenchContext } from '../lib/context';
import { result, type BenchResult } from '../lib/result';
import { abbaOrder, median, quantile, round } from '../lib/stats';
import { deskData } from './desk';
import { cpuMs, startRelay } from './desk-relay';

const WARMUP_KEYS = 8;
const MEASURED_KEYS = 40;
const KEY_INTERVAL_MS = 100;
// Every key must have shown in the other window by then.
const ARRIVAL_LIMIT_MS = 10_000;
const TYPED = 'the mayor said on tuesday that the new tram line';

interface Pair {
  typist: Page;
  reader: Page;
  editor: string;
  close(): Promise<void>;
}

/** Key → frame in the other window, ms, for each measured key; the pages' shared clock checked first. */
async function measurePair(
  pair: Pair,
): Promise<{ latencies: number[]; clockGap: number; commits: number; readerCommits: number }> {
  const { typist, reader, editor } = pair;
  // Both pages read performance.timeOrigin + now() on one machine clock: a reading in the reader
  // must fall between two readings in the typist.
  const clock = (page: Page) =>
    page.evaluate(() => (window as unknown as BenchWindow).__bench.clock());
  const before = await clock(typist);
  const middle = await clock(reader);
  const after = await clock(typist);
  if (middle < before - 1 || middle > after + 1)
    throw new Error(
      `desk-latency: the pages' clocks disagree (${before} ≤ ${middle} ≤ ${after} fails)`,
    );
  await typist.evaluate((sel) => (window as unknown as BenchWindow).__bench.caretMid(sel), editor);
  await typist.waitForTimeout(300);
  const keys = TYPED.slice(0, WARMUP_KEYS + MEASURED_KEYS).split('');
  const press = (key: string) => typist.keyboard.press(key === ' ' ? 'Space' : key);
  let next = performance.now();
  for (const key of keys.slice(0, WARMUP_KEYS)) {
    await until(next);
    next += KEY_INTERVAL_MS;
    await press(key);
  }
  const warm = TYPED.slice(0, WARMUP_KEYS);
  const deadline = performance.now() + ARRIVAL_LIMIT_MS;
  while (
    !(await reader.evaluate(
      ([sel, text]) => (window as unknown as BenchWindow).__bench.contains(sel, text),
      [editor, warm] as const,
    ))
  ) {
    if (performance.now() > deadline)
      throw new Error('desk-latency: the warm-up keys never reached the other window');
    await typist.waitForTimeout(20);
  }
  await typist.waitForTimeout(500);
  await reader.evaluate((sel) => {
    const probe = (window as unknown as BenchWindow).__bench;
    probe.watchArrivals(sel);
    probe.record(true);
  }, editor);
  await typist.evaluate(() => (window as unknown as BenchWindow).__bench.record(true));
  next = performance.now();
  for (const key of keys.slice(WARMUP_KEYS)) {
    await until(next);
    next += KEY_INTERVAL_MS;
    await press(key);
  }
  const arrivalDeadline = performance.now() + ARRIVAL_LIMIT_MS;
  type Arrivals = Awaited<ReturnType<BenchWindow['__bench']['arrivals']>>;
  let arrivals: Arrivals = [];
  while ((arrivals.at(-1)?.chars ?? 0) < MEASURED_KEYS) {
    if (performance.now() > arrivalDeadline)
      throw new Error(
        `desk-latency: ${arrivals.at(-1)?.chars ?? 0} of ${MEASURED_KEYS} keys reached the other window`,
      );
    await typist.waitForTimeout(50);
    arrivals = await reader.evaluate(() => (window as unknown as BenchWindow).__bench.arrivals());
  }
  const readerCommits = await reader.evaluate(
    () => (window as unknown as BenchWindow).__bench.results().reactCommits,
  );
  const { samples, reactCommits } = await typist.evaluate(() => {
    const probe = (window as unknown as BenchWindow).__bench;
    probe.record(false);
    return probe.results();
  });
  if (samples.length !== MEASURED_KEYS)
    throw new Error(`desk-latency: ${samples.length} of ${MEASURED_KEYS} keys measured`);
  const typed = TYPED.slice(0, WARMUP_KEYS + MEASURED_KEYS);
  const landed = await reader.evaluate(
    ([sel, text]) => (window as unknown as BenchWindow).__bench.contains(sel, text),
    [editor, typed] as const,
  );
  if (!landed) throw new Error('desk-latency: the other window does not show the typed text');
  // Key i has shown once a frame holds i characters more than when watching began.
  const keyAt = samples.map((s) => s.keyAt).sort((a, b) => a - b);
  const latencies = keyAt.map((at, i) => arrivals.find((a) => a.chars >= i + 1)!.at - at);
  return { latencies, clockGap: after - before, commits: reactCommits, readerCommits };
}

/** Two app windows, each with its own laptop workspace, on the desk article. */
async function appPair(
  browser: Browser,
  url: string,
  tokens: [string, string],
  headline: string,
  editor: string,
): Promise<Pair> {
  const laptops = await mkdtemp(path.join(os.tmpdir(), 'newsroom-bench-laptops-'));
  const probe = await readFile(probeFile, 'utf8');
  const apps: LaunchedApp[] = [];
  const close = async () => {
    await Promise.all(apps.map((app) => app.close()));
    await rm(laptops, { recursive: true, force: true });
  };
  try {
    for (const [i, token] of tokens.entries()) {
      const app = await launchApp({
        workspace: path.join(laptops, `laptop-${i}`),
        desk: { url, token },
        browser,
        initScripts: [probe],
      });
      apps.push(app);
      await app.page.getByRole('button', { name: headline }).first().click();
      await app.page.evaluate(
        (sel) => (window as unknown as BenchWindow).__bench.whenReady(sel),
        editor,
      );
    }
  } catch (error) {
    await close();
    throw error;
  }
  return { typist: apps[0]!.page, reader: apps[1]!.page, editor, close };
}

/**
 * Two pages on `target` with the article, trading updates through `relay`: the app's windows (their
 * stand-in sends what `desk:update` gets through it) or bare ProseMirror pages.
 */
async function relayPair(
  browser: Browser,
  target: PageTarget,
  relay: string,
  article: Parameters<typeof BenchPage.open>[2],
): Promise<Pair> {
  const pages: BenchPage[] = [];
  const close = () => Promise.all(pages.map((p) => p.close())).then(() => undefined);
  try {
    for (let i = 0; i < 2; i++) {
      const page = await BenchPage.open(browser, target, article, {
        desk: true,
        relay,
        initScripts: [`window.__benchRelay = ${JSON.stringify(relay)};`],
      });
      pages.push(page);
      await page.load();
    }
  } catch (error) {
    await close();
    throw error;
  }
  return { typist: pages[0]!.page, reader: pages[1]!.page, editor: target.editor, close };
}

export async function deskLatencyScenario(ctx: BenchContext): Promise<BenchResult> {
  const desk = await deskData(1);
  const article = desk.articles[0]!;
  const reporter = await addDeskUser(desk.users, 'Bench Reporter', 'reporter');
  const server = await startServer({ data: desk.data, users: desk.users });
  const relay = await startRelay();
  const browser = await launchChromium();
  const editor = appTarget(ctx.rendererDir).editor;
  const windowsOverRelay = { ...appTarget(ctx.rendererDir), connect: relay.url };
  const latencies = { app: [] as number[], floor: [] as number[], bare: [] as number[] };
  const sessionP95 = { app: [] as number[], floor: [] as number[], bare: [] as number[] };
  let clockGap = 0;
  const commits = { typist: 0, reader: 0 };
  let serverCpu = 0;
  try {
    // Each floor session measures the app's windows over the relay and the bare pages, in turn.
    const order = abbaOrder(ctx.deskLatencySessions).flatMap((side, i) =>
      side === 'app'
        ? (['app'] as const)
        : i % 4 < 2
          ? (['floor', 'bare'] as const)
          : (['bare', 'floor'] as const),
    );
    for (const side of order) {
      const pair =
        side === 'app'
          ? await appPair(browser, server.url, [reporter, desk.token], article.headline, editor)
          : await relayPair(
              browser,
              side === 'floor' ? windowsOverRelay : floorDeskTarget(relay.url),
              relay.url,
              article,
            );
      try {
        const cpuBefore = cpuMs(server.child.pid!);
        const got = await measurePair(pair);
        if (side === 'app') {
          serverCpu += cpuMs(server.child.pid!) - cpuBefore;
          commits.typist += got.commits;
          commits.reader += got.readerCommits;
        }
        latencies[side].push(...got.latencies);
        sessionP95[side].push(quantile(got.latencies, 0.95));
        clockGap = Math.max(clockGap, got.clockGap);
        ctx.log(
          `desk-latency ${side}: p50 ${round(median(got.latencies))} ms, p95 ${round(quantile(got.latencies, 0.95))} ms`,
        );
      } finally {
        await pair.close();
      }
    }
  } finally {
    await browser.close();
    relay.child.kill('SIGKILL');
    await server.stop();
    await desk.cleanup();
  }
  const { app, floor, bare } = latencies;
  const p95 = quantile(app, 0.95);
  const floorP95 = quantile(floor, 0.95);
  const bareP95 = quantile(bare, 0.95);
  const checks = { ratio: p95 / floorP95 <= 1.5, p95Within50ms: p95 <= 50 };
  return result('desk-latency', p95, floorP95, {
    statistic:
      'p95 over every measured key of every session: keydown in one window → end of the frame showing it in the other',
    target: 'ratio ≤ 1.5 and p95 ≤ 50 ms',
    met: Object.values(checks).every(Boolean),
    checks,
    keys: app.length,
    floorKeys: floor.length,
    p50: round(median(app)),
    floorP50: round(median(floor)),
    max: round(Math.max(...app)),
    floorMax: round(Math.max(...floor)),
    sessionP95: sessionP95.app.map(round),
    floorSessionP95: sessionP95.floor.map(round),
    // Not the target: the editor's own cost against bare ProseMirror, over the same relay.
    bareEditorP95: round(bareP95),
    bareEditorP50: round(median(bare)),
    ratioToBareEditor: round(p95 / bareP95),
    bareEditorSessionP95: sessionP95.bare.map(round),
    reactCommitsPerKey: round(commits.typist / app.length),
    readerReactCommitsPerKey: round(commits.reader / app.length),
    serverCpuMsPerKey: round(serverCpu / ((WARMUP_KEYS + MEASURED_KEYS) * sessionP95.app.length)),
    clockCheckWindowMs: round(clockGap),
    articleWords: countBody(article.body).words,
    intervalMs: KEY_INTERVAL_MS,
    floor:
      'the same two windows of the production renderer, each update and caret sent at once in a y-protocols message through a bare ws relay process (no server, no main process)',
    bareEditor: 'bare ProseMirror + y-tiptap ySyncPlugin pages over the same relay',
  });
}
