import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { createArticle } from '../../core/article/article';
import { serializeArticle } from '../../electron/store/article-file';
import { ARTICLE_FILE, articleFolderName } from '../../electron/store/layout';
import { launchApp } from './harness';

const COUNT = 3_000;
const headline = (n: number) => `Article ${String(n).padStart(4, '0')} on the harbour`;

let dir: string;
test.beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsroom-large-library-'));
  // Article folders in the store's own format (the store indexes them on open); newest first in
  // the list, so Article 2999 is the first row and Article 0000 the last.
  const root = join(dir, 'ws');
  const base = Date.parse('2026-01-01T00:00:00Z');
  for (let n = 0; n < COUNT; n++) {
    const article = createArticle({ headline: headline(n) }, new Date(base + n * 60_000));
    const folder = join(root, articleFolderName(article.headline, article.id));
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, ARTICLE_FILE), serializeArticle(article));
  }
});
test.afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

test('a library of thousands draws only a window of rows, scrolls to the end and opens the last', async () => {
  const app = await launchApp({ workspace: join(dir, 'ws') });
  const { page } = app;
  const library = page.getByRole('navigation', { name: 'Library' });
  const list = library.getByRole('list', { name: 'Articles' });
  const rows = list.getByRole('listitem');
  await expect(rows.first()).toContainText(headline(COUNT - 1));
  await expect(library.locator('.library-total')).toHaveText(COUNT.toLocaleString('en-US'));
  // Only a window of rows is in the DOM, and each tells its place in the whole list.
  const drawn = await rows.count();
  expect(drawn).toBeGreaterThan(5);
  expect(drawn).toBeLessThan(80);
  await expect(rows.first()).toHaveAttribute('aria-setsize', String(COUNT));
  await expect(rows.first()).toHaveAttribute('aria-posinset', '1');

  // Scrolling to the end draws the last rows (and drops the first ones).
  await list.evaluate((el) => {
    const scroller = el.parentElement!;
    scroller.scrollTop = scroller.scrollHeight;
  });
  const last = library.getByRole('button', { name: headline(0), exact: true });
  await expect(last).toBeVisible();
  await expect(rows.last()).toHaveAttribute('aria-posinset', String(COUNT));
  await expect(library.getByRole('button', { name: headline(COUNT - 1), exact: true })).toHaveCount(
    0,
  );
  expect(await rows.count()).toBeLessThan(80);
  await last.click();
  await expect(page.getByLabel('Headline')).toHaveValue(headline(0));
  await expect(rows.filter({ hasText: headline(0) })).toHaveClass(/is-current/);

  // Keyboard: Home, arrows and End move focus through rows that were not drawn; Enter opens.
  await last.focus();
  await page.keyboard.press('Home');
  await expect(
    library.getByRole('button', { name: headline(COUNT - 1), exact: true }),
  ).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(
    library.getByRole('button', { name: headline(COUNT - 3), exact: true }),
  ).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(
    library.getByRole('button', { name: headline(COUNT - 2), exact: true }),
  ).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Headline')).toHaveValue(headline(COUNT - 2));
  await page.keyboard.press('End');
  await expect(library.getByRole('button', { name: headline(0), exact: true })).toBeFocused();
  await page.keyboard.press('PageUp');
  const focusedRow = list.locator('li:has(:focus)');
  const posinset = Number(await focusedRow.getAttribute('aria-posinset'));
  expect(posinset).toBeLessThan(COUNT - 3);
  expect(posinset).toBeGreaterThan(COUNT - 80);

  // A new article goes to the top of the list; the list scrolls back up to show it selected.
  await library.getByRole('button', { name: 'New article' }).click();
  await expect(page.getByLabel('Headline')).toBeFocused();
  await expect(list.locator('li.is-current')).toBeInViewport();
  await expect(list.locator('li.is-current')).toHaveAttribute('aria-posinset', '1');

  // Filtering narrows the whole list, not just the drawn window.
  await library.getByLabel('Filter articles').fill('Article 0007');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAttribute('aria-setsize', '1');
  await expect(rows.first()).toContainText(headline(7));
  await app.close();
});
