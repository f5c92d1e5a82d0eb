import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  BenchPage,
  appTarget,
  blankTarget,
  floorEditorTarget,
  launchChromium,
  type PageTarget,
  type Side,
} from '../browser/session';
import type { BenchContext } from '../lib/context';
import { result, type BenchResult } from '../lib/result';
import { abbaOrder, median, round, spread } from '../lib/stats';
import { benchArticle } from '../workload/cache';

const ARRIVED = 'bench:article-arrived';

type Run = { value: number; mounted: number };

/**
 * Runs `ctx.firstKeySessions` app and floor sessions A B B A, each in a fresh context, plus one
 * session of `reference` (if given) after each pair; returns ms per session.
 */
async function sessions(
  ctx: BenchContext,
  name: string,
  targets: Record<Side, PageTarget>,
  article: Awaited<ReturnType<typeof benchArticle>>,
  measure: (timings: {
    readyAt: number;
    keyAt: number;
    frameEnd: number;
    mark: number | null;
  }) => Run,
  reference?: PageTarget,
): Promise<Record<Side | 'reference', Run[]>> {
  const out: Record<Side | 'reference', Run[]> = { app: [], floor: [], reference: [] };
  const order = abbaOrder(ctx.firstKeySessions).flatMap((side, i): (Side | 'reference')[] =>
    reference && i % 2 === 1 ? [side, 'reference'] : [side],
  );
  const browser = await launchChromium();
  try {
    for (const side of order) {
      const target = side === 'reference' ? reference! : targets[side];
      const page = await BenchPage.open(browser, target, article, { armFirstKey: true });
      try {
        const timings = await page.firstKey(
          side === 'app' || name.startsWith('open') ? ARRIVED : null,
        );
        const m = measure(timings);
        out[side].push(m);
        ctx.log(`${name} ${side}: ${round(m.value)} ms`);
      } finally {
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }
  return out;
}

/** open-10k: from the article JSON arriving (stand-in article:open) to the end of the frame after the first accepted key. */
export async function openScenario(ctx: BenchContext): Promise<BenchResult> {
  const article = await benchArticle('10k');
  const runs = await sessions(
    ctx,
    'open-10k',
    { app: appTarget(ctx.rendererDir), floor: floorEditorTarget },
    article,
    (t) => {
      if (t.mark === null)
        throw new Error('open-10k: the article never arrived (no bench:article-arrived mark)');
      return { value: t.frameEnd - t.mark, mounted: t.readyAt - t.mark };
    },
  );
  const value = median(runs.app.map((r) => r.value));
  const floor = median(runs.floor.map((r) => r.value));
  return result('open-10k', value, floor, {
    statistic:
      'median over sessions; article JSON handed over → frame after the first accepted keystroke',
    target: 'ratio ≤ 1.3',
    met: value / floor <= 1.3,
    sessionsEach: runs.app.length,
    ratioSpread: spread(runs.app.map((r, i) => r.value / runs.floor[i]!.value)),
    mountedMs: round(median(runs.app.map((r) => r.mounted))),
    floorMountedMs: round(median(runs.floor.map((r) => r.mounted))),
    note: 'two key presses are kept in flight from navigation on; keys after the first accepted one are swallowed until its frame ends',
  });
}

async function bundleSize(
  dir: string,
): Promise<{ files: number; bytes: number; gzipBytes: number }> {
  let files = 0;
  let bytes = 0;
  let gzipBytes = 0;
  const walk = async (d: string): Promise<void> => {
    for (const entry of await readdir(d, { withFileTypes: true })) {
      const file = path.join(d, entry.name);
      if (entry.isDirectory()) await walk(file);
      else if (/\.(js|css|html)$/.test(entry.name)) {
        files++;
        bytes += (await stat(file)).size;
        gzipBytes += gzipSync(await readFile(file)).length;
      }
    }
  };
  await walk(dir);
  return { files, bytes, gzipBytes };
}

/** cold-start: navigation start → frame after the first key the editor accepts, vs a blank page with an editable div. */
export async function coldStartScenario(ctx: BenchContext): Promise<BenchResult> {
  const article = await benchArticle('1.5k');
  const runs = await sessions(
    ctx,
    'cold-start',
    { app: appTarget(ctx.rendererDir), floor: blankTarget },
    article,
    (t) => ({
      value: t.frameEnd,
      mounted: t.readyAt,
    }),
    floorEditorTarget,
  );
  const value = median(runs.app.map((r) => r.value));
  const floor = median(runs.floor.map((r) => r.value));
  return result('cold-start', value, floor, {
    statistic:
      'median over sessions; navigation start → frame after the first accepted keystroke (1,500-word article reopened)',
    target: 'value − floor ≤ 400 ms',
    met: value - floor <= 400,
    difference: round(value - floor),
    sessionsEach: runs.app.length,
    ratioSpread: spread(runs.app.map((r, i) => r.value / runs.floor[i]!.value)),
    editorShownMs: round(median(runs.app.map((r) => r.mounted))),
    proseMirrorPageMs: round(median(runs.reference.map((r) => r.value))),
    proseMirrorPageNote:
      "open-10k's floor page (bare ProseMirror over our schema: no React, no window around it) started the same way: what an editor alone costs to start here",
    bundle: await bundleSize(ctx.rendererDir),
  });
}
