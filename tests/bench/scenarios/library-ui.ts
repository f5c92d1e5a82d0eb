import type { LibraryEntry } from '../../../electron/ipc/contract';
import { BenchPage, appTarget, launchChromium, type BenchWindow } from '../browser/session';
import type { BenchContext } from '../lib/context';
import { median } from '../lib/stats';
import { benchArticle } from '../workload/cache';
import { generateArticle } from '../workload/article-generator';

/** Library entries as the store lists them for the generated workspace (headline, status, dates, words). */
function entries(count: number): LibraryEntry[] {
  const out: LibraryEntry[] = [];
  for (let n = 0; n < count; n++) {
    const a = generateArticle(n, 60);
    out.push({
      id: a.id,
      headline: a.headline,
      status: a.status,
      updated: a.updated,
      words: 1_500,
    });
  }
  return out;
}

/**
 * How long the renderer takes to show a library of `count` entries: article:list answered → the
 * frame in which the list shows its rows for all `count` entries (app only; reported inside
 * library-open). The list is windowed, so "shown" is the rows that fit on screen, each carrying
 * aria-setsize = count; the number of rows in the DOM is logged.
 */
export async function libraryRenderMs(
  ctx: BenchContext,
  count: number,
  sessions = 3,
): Promise<number[]> {
  const article = await benchArticle('1.5k');
  const library = entries(count - 1);
  const browser = await launchChromium();
  const out: number[] = [];
  try {
    for (let i = 0; i < sessions; i++) {
      const page = await BenchPage.open(browser, appTarget(ctx.rendererDir), article, { library });
      try {
        await page.page.goto(`${page.origin}/index.html`, { waitUntil: 'commit' });
        const shown = await page.page.evaluate(
          (n) =>
            (window as unknown as BenchWindow).__bench.whenCount(
              `ul[aria-label="Articles"] > li[aria-setsize="${n}"]`,
              1,
            ),
          count,
        );
        const drawn = await page.page.locator('ul[aria-label="Articles"] > li').count();
        ctx.log(`library render: ${drawn} of ${count} rows in the DOM`);
        const arrived = await page.page.evaluate(() =>
          (window as unknown as BenchWindow).__bench.mark('bench:list-arrived'),
        );
        if (arrived === null) throw new Error('library render: article:list was never called');
        out.push(shown - arrived);
      } finally {
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }
  ctx.log(`library render of ${count} rows: median ${Math.round(median(out))} ms`);
  return out;
}
