import { traceCpu } from '../browser/trace';
import type { Article } from '../../../core/article/article';
import {
  BenchPage,
  appTarget,
  floorEditorTarget,
  launchChromium,
  until,
  type BenchWindow,
} from '../browser/session';
import type { BenchContext } from '../lib/context';
import { result, type BenchResult } from '../lib/result';
import { median, quantile, round, rotationOrder, spread } from '../lib/stats';
import { benchArticle, type ArticleSize } from '../workload/cache';

const WARMUP_KEYS = 8;
const MEASURED_KEYS = 40;
const KEY_INTERVAL_MS = 100;
/**
 * Frames are watched this long past the measured keys' window, so those drawing the spelling check's
 * answer when typing pauses count too (the check starts 300 ms after the last key).
 */
const FRAMES_AFTER_KEYS_MS = 1500;
/** The page's console.timeStamp ending the keys' window: script CPU is summed up to it. */
const KEYS_END = 'bench:keys-end';
// Letters and spaces, as a journalist types; 48 keys in all.
const TYPED = 'the mayor said on tuesday that the new tram line';

interface TypingSession {
  /** 'floor' or the variant's name. */
  kind: string;
  p50: number;
  p95: number;
  max: number;
  scriptPerKey: number;
  /** Main-thread script CPU time per key from a trace (thread time: robust to other processes' load). */
  scriptCpuPerKey: number;
  mainThreadCpuPerKey: number;
  longestFrame: number;
  framesOver50: number;
  reactCommits: number;
}

async function typingSession(
  page: BenchPage,
  interval = KEY_INTERVAL_MS,
): Promise<Omit<TypingSession, 'kind'>> {
  await page.load();
  const selector = page.target.editor;
  await page.page.evaluate(
    (sel) => (window as unknown as BenchWindow).__bench.caretMid(sel),
    selector,
  );
  // Let ProseMirror pick up the DOM selection (selectionchange) and the page settle.
  await page.page.waitForTimeout(300);
  const keys = TYPED.slice(0, WARMUP_KEYS + MEASURED_KEYS).split('');
  const press = (key: string) => page.page.keyboard.press(key === ' ' ? 'Space' : key);
  let next = performance.now();
  for (const key of keys.slice(0, WARMUP_KEYS)) {
    await until(next);
    next += interval;
    await press(key);
  }
  await until(next);
  await page.page.evaluate(() => (window as unknown as BenchWindow).__bench.record(true));
  const scriptBefore = await page.scriptMs();
  const {
    cpu,
    result: { recorded, scriptAfter },
  } = await traceCpu(
    page.page,
    async () => {
      next = performance.now();
      for (const key of keys.slice(WARMUP_KEYS)) {
        await until(next);
        next += interval;
        await press(key);
      }
      await until(next + 200);
      await page.page.evaluate((stamp) => console.timeStamp(stamp), KEYS_END);
      const scriptAfter = await page.scriptMs();
      await until(next + 200 + FRAMES_AFTER_KEYS_MS);
      // Before the trace stops: collecting it loads the page's main thread and the machine.
      const recorded = await page.page.evaluate(() => {
        const bench = (window as unknown as BenchWindow).__bench;
        bench.record(false);
        return bench.results();
      });
      return { recorded, scriptAfter };
    },
    KEYS_END,
  );
  const typed = TYPED.slice(0, WARMUP_KEYS + MEASURED_KEYS);
  const landed = await page.page.evaluate(
    ([sel, text]) => (window as unknown as BenchWindow).__bench.contains(sel, text),
    [selector, typed] as const,
  );
  if (!landed)
    throw new Error(`typing: the typed text did not reach the editor (${page.target.page})`);
  if (recorded.samples.length !== MEASURED_KEYS)
    throw new Error(`typing: ${recorded.samples.length} of ${MEASURED_KEYS} keys measured`);
  const latencies = recorded.samples.map((s) => s.latency);
  return {
    p50: median(latencies),
    p95: quantile(latencies, 0.95),
    max: Math.max(...latencies),
    scriptPerKey: (scriptAfter - scriptBefore) / MEASURED_KEYS,
    scriptCpuPerKey: cpu.script / MEASURED_KEYS,
    mainThreadCpuPerKey: cpu.total / MEASURED_KEYS,
    longestFrame: recorded.longestFrame,
    framesOver50: recorded.framesOver50,
    reactCommits: recorded.reactCommits,
  };
}

/** One way of opening the app the typing scenarios measure: alone, or with the article on a desk. */
export interface TypingVariant {
  name: string;
  desk?: boolean;
}

/**
 * typing-10k / typing-50k (and their desk variants): keydown → next frame with the caret
 * mid-document, each variant of the app against one bare ProseMirror floor measured in the same
 * rotation, so the variants' ratios differ only by what the variants do.
 */
export async function typingScenario(
  ctx: BenchContext,
  size: ArticleSize,
  variants: readonly TypingVariant[],
  options: { intervalMs?: number; sessions?: number } = {},
): Promise<BenchResult[]> {
  const article: Article = await benchArticle(size);
  const browser = await launchChromium();
  const kinds = ['floor', ...variants.map((v) => v.name)];
  const sessions: TypingSession[] = [];
  try {
    // Whole rotations: every kind takes every place in the order equally often.
    const rounds = Math.ceil((options.sessions ?? ctx.sessions) / kinds.length) * kinds.length;
    for (const kind of rotationOrder(kinds, rounds)) {
      const variant = variants.find((v) => v.name === kind);
      const page = await BenchPage.open(
        browser,
        variant ? appTarget(ctx.rendererDir) : floorEditorTarget,
        article,
        { desk: variant?.desk },
      );
      try {
        sessions.push({ kind, ...(await typingSession(page, options.intervalMs)) });
      } finally {
        await page.close();
      }
      const last = sessions.at(-1)!;
      ctx.log(
        `typing-${size} ${kind}: p50 ${round(last.p50)} ms, script CPU/key ${round(last.scriptCpuPerKey)} ms (wall ${round(last.scriptPerKey)}), React commits ${last.reactCommits}`,
      );
    }
  } finally {
    await browser.close();
  }
  const floor = sessions.filter((s) => s.kind === 'floor');
  return variants.map((variant) =>
    typingResult(
      variant.name,
      sessions.filter((s) => s.kind === variant.name),
      floor,
      options.intervalMs ?? KEY_INTERVAL_MS,
      variants.filter((v) => v !== variant).map((v) => v.name),
    ),
  );
}

/** One variant's line: its sessions against the floor's, round by round. */
function typingResult(
  name: string,
  app: TypingSession[],
  floor: TypingSession[],
  intervalMs: number,
  floorSharedWith: string[],
): BenchResult {
  const value = median(app.map((s) => s.p50));
  const floorValue = median(floor.map((s) => s.p50));
  const pairRatios = app.map((s, i) => s.p50 / floor[i]!.p50);
  const script = median(app.map((s) => s.scriptCpuPerKey));
  const floorScript = median(floor.map((s) => s.scriptCpuPerKey));
  const maxFrame = Math.max(...app.map((s) => Math.max(s.max, s.longestFrame)));
  const ratio = value / floorValue;
  const reactCommitsPerKey = median(app.map((s) => s.reactCommits)) / MEASURED_KEYS;
  const checks = {
    ratio: ratio <= 1.15,
    within2ms: value - floorValue <= 2,
    script: script <= floorScript + 1.5,
    noFrameOver50ms: maxFrame <= 50,
    // Beyond the timing targets: a keystroke must not re-render React (the editor is ProseMirror's
    // job); timers such as autosave and counts account for the odd commit, so allow one per 2 keys.
    noReactRenderPerKey: reactCommitsPerKey <= 0.5,
  };
  return result(name, value, floorValue, {
    statistic: 'median over sessions of the per-session p50 keydown → next frame',
    target:
      'ratio ≤ 1.15 and value − floor ≤ 2 ms; script/key ≤ floor + 1.5 ms; no frame over 50 ms; ≤ 0.5 React commits per key',
    met: Object.values(checks).every(Boolean),
    checks,
    sessionsEach: app.length,
    floorSharedWith,
    ratioSpread: spread(pairRatios),
    p95: round(median(app.map((s) => s.p95))),
    floorP95: round(median(floor.map((s) => s.p95))),
    scriptCpuPerKey: round(script),
    floorScriptCpuPerKey: round(floorScript),
    mainThreadCpuPerKey: round(median(app.map((s) => s.mainThreadCpuPerKey))),
    floorMainThreadCpuPerKey: round(median(floor.map((s) => s.mainThreadCpuPerKey))),
    scriptWallPerKey: round(median(app.map((s) => s.scriptPerKey))),
    floorScriptWallPerKey: round(median(floor.map((s) => s.scriptPerKey))),
    longestFrame: round(maxFrame),
    floorLongestFrame: round(Math.max(...floor.map((s) => Math.max(s.max, s.longestFrame)))),
    framesOver50: app.reduce((n, s) => n + s.framesOver50, 0),
    reactCommitsPerKey: round(reactCommitsPerKey),
    keys: { warmup: WARMUP_KEYS, measured: MEASURED_KEYS, intervalMs },
  });
}
