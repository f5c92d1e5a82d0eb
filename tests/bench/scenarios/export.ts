import { renderToHTMLString } from '@tiptap/static-renderer/pm/html-string';
import type { Article } from '../../../core/article/article';
import { bodyExtensions } from '../../../core/body/extensions';
import { bodySchema } from '../../../core/body/schema';
import { exportHtml } from '../../../core/export/html';
import { exportNinjs, serializeNinjs } from '../../../core/export/ninjs';
import type { BenchContext } from '../lib/context';
import { result, type BenchResult } from '../lib/result';
import { median, spread } from '../lib/stats';
import { benchArticle, type ArticleSize } from '../workload/cache';

const photoHref = (file: string): string => `photos/${file}`;

/** Times app and floor alternately (A B B A) after warm-up; returns per-call ms of each. */
function alternate(
  app: () => unknown,
  floor: () => unknown,
  runsEach: number,
): { app: number[]; floor: number[] } {
  // Sub-millisecond calls need V8's optimizing compiler finished before timing; the floor is a builtin.
  const warmUntil = performance.now() + 300;
  for (let i = 0; i < 20 || performance.now() < warmUntil; i++) {
    app();
    floor();
  }
  const out = { app: [] as number[], floor: [] as number[] };
  for (let i = 0; i < runsEach; i++) {
    const order =
      i % 2 === 0
        ? ([
            ['app', app],
            ['floor', floor],
          ] as const)
        : ([
            ['floor', floor],
            ['app', app],
          ] as const);
    for (const [side, fn] of order) {
      const start = performance.now();
      fn();
      out[side].push(performance.now() - start);
    }
  }
  return out;
}

function exportResult(
  name: string,
  target: number,
  times: { app: number[]; floor: number[] },
  extra: Record<string, unknown>,
): BenchResult {
  const value = median(times.app);
  const floor = median(times.floor);
  return result(name, value, floor, {
    statistic: 'median per call, app and floor alternated',
    target: `ratio ≤ ${target}`,
    met: value / floor <= target,
    runsEach: times.app.length,
    appSpread: spread(times.app),
    floorSpread: spread(times.floor),
    ...extra,
  });
}

/** export-html-10k / -50k: the HTML exporter vs TipTap's static renderer with the schema built once. */
export async function exportHtmlScenario(
  _ctx: BenchContext,
  size: ArticleSize,
): Promise<BenchResult> {
  const article: Article = await benchArticle(size);
  let bytes = 0;
  const times = alternate(
    () => (bytes = exportHtml(article, { form: 'folder', photoHref }).length),
    () =>
      renderToHTMLString({
        content: bodySchema().nodeFromJSON(article.body),
        extensions: bodyExtensions,
      }),
    size === '50k' ? 15 : 40,
  );
  return exportResult(`export-html-${size}`, 1.2, times, {
    outputChars: bytes,
    floorIs: 'renderToHTMLString(bodySchema.nodeFromJSON(body))',
  });
}

/** export-ninjs-10k: the ninjs exporter (document and its JSON text) vs JSON.stringify of the article. */
export async function exportNinjsScenario(_ctx: BenchContext): Promise<BenchResult> {
  const article: Article = await benchArticle('10k');
  let chars = 0;
  const times = alternate(
    () => (chars = serializeNinjs(exportNinjs(article, { photoHref })).length),
    () => JSON.stringify(article),
    40,
  );
  return exportResult('export-ninjs-10k', 2, times, {
    outputChars: chars,
    floorChars: JSON.stringify(article).length,
    note: 'ninjs carries the body as HTML, so the exporter renders it',
  });
}
