import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Article } from '../../../core/article/article';
import type { BodyNodeJSON } from '../../../core/body/schema';
import { serializeArticle } from '../../../electron/store/article-file';
import { ARTICLE_FILE, idFromFolderName, metaPaths } from '../../../electron/store/layout';
import { Workspace } from '../../../electron/store/workspace';
import type { BenchContext } from '../lib/context';
import { result, type BenchResult } from '../lib/result';
import { median, quantile, round, spread } from '../lib/stats';
import { benchWorkspace } from '../workload/cache';
import { libraryRenderMs } from './library-ui';

const SAVES = 40;

/** The article with one more word typed into the middle paragraph (what an autosave carries). */
function typed(article: Article, n: number): Article {
  const content = [...(article.body.content ?? [])];
  let at = Math.floor(content.length / 2);
  while (content[at]!.type !== 'paragraph') at++;
  const paragraph = content[at]!;
  const children = [...(paragraph.content ?? [])];
  const first = children[0]!;
  children[0] = { ...first, text: `${first.text ?? ''} word${n}` } as BodyNodeJSON;
  content[at] = { ...paragraph, content: children };
  return { ...article, body: { ...article.body, content } };
}

// The floor: the same bytes through temp file, fsync, rename and folder fsync — the minimum a safe save does.
async function writeAndRename(file: string, bytes: Uint8Array): Promise<void> {
  const temp = `${file}.bench-${process.pid}.tmp`;
  const handle = await open(temp, 'w');
  try {
    await handle.write(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, file);
  const dir = await open(path.dirname(file), 'r');
  try {
    await dir.sync();
  } finally {
    await dir.close();
  }
}

/** save: one autosave of a 1,500-word article through Workspace.save in the big workspace. */
export async function saveScenario(ctx: BenchContext): Promise<BenchResult> {
  const { root, ids } = await benchWorkspace(ctx.workspaceSize, ctx.log);
  const ws = await Workspace.open(root, { readOnlyIfLocked: false });
  const appTimes: number[] = [];
  const floorTimes: number[] = [];
  const loopDelay = monitorEventLoopDelay({ resolution: 1 });
  let articleBytes = 0;
  try {
    await ws.articles.list();
    const id = ids[Math.floor(ids.length / 2)]!;
    let { article, revision } = await ws.articles.read(id);
    const file = path.join(await ws.articles.folder(id), ARTICLE_FILE);
    const floorFile = path.join(path.dirname(file), 'floor-copy.json');
    loopDelay.enable();
    for (let i = 0; i < SAVES + 3; i++) {
      article = typed(article, i);
      const bytes = serializeArticle(article);
      const runApp = async () => {
        const start = performance.now();
        const saved = await ws.articles.save(article, revision);
        const ms = performance.now() - start;
        if (!saved.ok) throw new Error('save: unexpected conflict');
        revision = saved.revision;
        return ms;
      };
      const runFloor = async () => {
        const start = performance.now();
        await writeAndRename(floorFile, bytes);
        return performance.now() - start;
      };
      articleBytes = bytes.length;
      // A B A B … alternating which goes first (A B B A); the first 3 rounds are warm-up.
      const appFirst = i % 2 === 0;
      const floorMs0 = appFirst ? 0 : await runFloor();
      const appMs = await runApp();
      const floorMs = appFirst ? await runFloor() : floorMs0;
      if (i >= 3) {
        appTimes.push(appMs);
        floorTimes.push(floorMs);
      }
    }
    loopDelay.disable();
    await rm(floorFile, { force: true });
  } finally {
    await ws.close();
  }
  const value = median(appTimes);
  const floor = median(floorTimes);
  const blockedMax = loopDelay.max / 1e6;
  return result('save', value, floor, {
    statistic:
      'median of Workspace.save (validate, compare revision, write temp, fsync, rename, fsync folder, index batch)',
    target: 'value ≤ 5 ms p50; main process never blocked over 16 ms',
    met: value <= 5 && blockedMax <= 16,
    saves: appTimes.length,
    p95: round(quantile(appTimes, 0.95)),
    appSpread: spread(appTimes),
    floorSpread: spread(floorTimes),
    eventLoopDelayMaxMs: round(blockedMax),
    eventLoopDelayP99Ms: round(loopDelay.percentile(99) / 1e6),
    articles: ctx.workspaceSize,
    articleBytes,
  });
}

function readEveryArticleFile(root: string): number {
  let bytes = 0;
  for (const name of readdirSync(root)) {
    if (!idFromFolderName(name)) continue;
    bytes += readFileSync(path.join(root, name, ARTICLE_FILE)).length;
  }
  return bytes;
}

/** library-open-10k: Workspace.open + list() with the index present, vs readFileSync of every article file; plus the rebuild. */
export async function libraryOpenScenario(ctx: BenchContext): Promise<BenchResult> {
  const { root } = await benchWorkspace(ctx.workspaceSize, ctx.log);
  const indexFile = metaPaths(root).index;
  const openList = async () => {
    const start = performance.now();
    const ws = await Workspace.open(root, { readOnlyIfLocked: false });
    const entries = await ws.articles.list();
    const ms = performance.now() - start;
    await ws.close();
    if (entries.length < ctx.workspaceSize)
      throw new Error(`library: ${entries.length} of ${ctx.workspaceSize} articles listed`);
    return ms;
  };

  // Make sure the index exists (the first open after generating builds it).
  if (!existsSync(indexFile)) ctx.log('library: building the index once');
  await openList();

  const app: number[] = [];
  const floor: number[] = [];
  let bytes = 0;
  for (let i = 0; i < 6; i++) {
    const order = i % 2 === 0 ? ['app', 'floor'] : ['floor', 'app'];
    for (const side of order) {
      if (side === 'app') app.push(await openList());
      else {
        const start = performance.now();
        bytes = readEveryArticleFile(root);
        floor.push(performance.now() - start);
      }
    }
  }

  ctx.log('library: measuring the index-missing rebuild');
  const rebuild: number[] = [];
  for (let i = 0; i < 2; i++) {
    await rm(indexFile, { force: true });
    rebuild.push(await openList());
  }

  ctx.log(`library: rendering ${ctx.workspaceSize} rows in the app`);
  const uiRender = await libraryRenderMs(ctx, ctx.workspaceSize, 1);

  const value = median(app);
  const floorValue = median(floor);
  return result(
    `library-open-${ctx.workspaceSize >= 1000 ? `${ctx.workspaceSize / 1000}k` : ctx.workspaceSize}`,
    value,
    floorValue,
    {
      statistic:
        'median of Workspace.open + list() with index.json present (warm page cache for both)',
      target: 'ratio ≤ 2',
      met: value / floorValue <= 2,
      runsEach: app.length,
      appSpread: spread(app),
      floorSpread: spread(floor),
      articleBytesRead: bytes,
      indexMissingRebuildMs: round(median(rebuild)),
      indexMissingRebuildRatio: round(median(rebuild) / floorValue),
      uiRenderMs: round(median(uiRender)),
      uiRenderNote:
        'renderer only (in-page stand-in answers article:list): list handed over → frame in which the (windowed) list shows its rows for every entry; not part of value',
    },
  );
}
