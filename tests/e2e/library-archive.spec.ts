import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { createArticle } from '../../core/article/article';
import { serializeArticle } from '../../electron/store/article-file';
import { ARTICLE_FILE, articleFolderName } from '../../electron/store/layout';
import { startOutsideWriter, type OutsideProcess } from '../support/outside-process';
import { launchApp, type LaunchedApp } from './harness';

// An archive in small: six years of articles, one every 17.5 hours, every fifth one ready.
const COUNT = 3_000;
const START = Date.parse('2020-01-01T09:00:00Z');
const STEP_MS = 63_000_000;
const headline = (n: number) => `Harbour report ${String(n).padStart(4, '0')}`;
const ready = (n: number) => n % 5 === 0;
// One word in the body of every hundredth article only, for the full-text search.
const body = (n: number) => ({
  type: 'doc' as const,
  content: [
    {
      type: 'paragraph',
      content: [{ type: 'text', text: n % 100 === 0 ? 'The lighthouse keeper spoke.' : 'Tides.' }],
    },
  ],
});
const isoDay = (n: number) => new Date(START + n * STEP_MS).toISOString().slice(0, 10);

let dir: string;
let app: LaunchedApp | null = null;
let writer: OutsideProcess | null = null;
test.beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsroom-archive-'));
  const root = join(dir, 'ws');
  for (let n = 0; n < COUNT; n++) {
    const article = createArticle(
      { headline: headline(n), status: ready(n) ? 'ready' : 'draft', body: body(n) },
      new Date(START + n * STEP_MS),
    );
    const folder = join(root, articleFolderName(article.headline, article.id));
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, ARTICLE_FILE), serializeArticle(article));
  }
});
test.afterEach(async () => {
  await writer?.stop();
  await app?.close();
  app = null;
  writer = null;
  await rm(dir, { recursive: true, force: true });
});

test('an archive of thousands: searched, sorted, filtered, paged, and changes from outside appear', async () => {
  app = await launchApp({ workspace: join(dir, 'ws') });
  const { page } = app;
  const library = page.getByRole('navigation', { name: 'Library' });
  const list = library.getByRole('list', { name: 'Articles' });
  const rows = list.getByRole('listitem');
  const total = library.getByRole('status', { name: 'Articles shown' });
  await expect(total).toHaveText('3,000');
  await expect(rows.first()).toContainText(headline(COUNT - 1));

  // Full-text search: the word is only in the body of every hundredth article.
  await library.getByLabel('Filter articles').fill('lighthouse');
  await expect(total).toHaveText('30 of 3,000');
  await expect(rows.first()).toContainText(headline(2900));

  // Status and date range narrow the search further: 2023 holds articles 1502–2002.
  await library.getByLabel('Show', { exact: true }).selectOption('ready');
  await library.getByLabel('Updated from').fill('2023-01-01');
  await library.getByLabel('Updated to').fill('2023-12-31');
  const in2023 = Array.from({ length: COUNT }, (_, n) => n).filter(
    (n) => isoDay(n).startsWith('2023') && n % 100 === 0,
  );
  await expect(total).toHaveText(`${in2023.length} of 3,000`);
  await expect(rows).toHaveCount(in2023.length);

  // Without the text: every ready article of 2023, oldest first.
  await library.getByLabel('Filter articles').fill('');
  const ready2023 = Array.from({ length: COUNT }, (_, n) => n).filter(
    (n) => ready(n) && isoDay(n).startsWith('2023'),
  );
  await library.getByLabel('Sort').selectOption('updated-asc');
  await expect(total).toHaveText(`${ready2023.length} of 3,000`);
  await expect(rows.first()).toContainText(headline(ready2023[0]!));
  await page.screenshot({ path: 'test-results/library-archive-filtered.png' });

  // Keyboard paging from the filter into the list: PageDown, End, Home.
  await library.getByLabel('Filter articles').press('ArrowDown');
  const button = (n: number) => library.getByRole('button', { name: headline(n), exact: true });
  await expect(button(ready2023[0]!)).toBeFocused();
  await page.keyboard.press('End');
  await expect(button(ready2023.at(-1)!)).toBeFocused();
  await page.keyboard.press('Home');
  await expect(button(ready2023[0]!)).toBeFocused();
  await page.keyboard.press('PageDown');
  const paged = await page.evaluate(() => document.activeElement?.textContent ?? '');
  const pagedIndex = ready2023.findIndex((n) => headline(n) === paged);
  expect(pagedIndex).toBeGreaterThan(1);
  await page.keyboard.press('PageUp');
  await expect(button(ready2023[0]!)).toBeFocused();

  // Headline A–Z over everything.
  await library.getByLabel('Show', { exact: true }).selectOption('all');
  await library.getByLabel('Updated from').fill('');
  await library.getByLabel('Updated to').fill('');
  await library.getByLabel('Sort').selectOption('headline');
  await expect(total).toHaveText('3,000');
  await expect(rows.first()).toContainText(headline(0));

  // Another process writes into the open workspace: the new article appears, counted, and is searchable.
  await library.getByLabel('Sort').selectOption('updated-desc');
  writer = await startOutsideWriter(join(dir, 'ws'));
  const made = await writer.do({
    op: 'create',
    headline: 'Ferry strike called off',
    text: 'The quartermaster confirmed it.',
    status: 'ready',
  });
  await expect(rows.first()).toContainText('Ferry strike called off');
  await expect(total).toHaveText('3,001');
  await library.getByLabel('Filter articles').fill('quartermaster');
  await expect(total).toHaveText('1 of 3,001');
  await expect(rows.first()).toContainText('Ferry strike called off');

  // It is edited and then removed from outside: the list follows, and so do the counts.
  await library.getByLabel('Filter articles').fill('');
  await writer.do({ op: 'edit', folder: made.folder!, headline: 'Ferry strike back on' });
  await expect(rows.first()).toContainText('Ferry strike back on');
  await writer.do({ op: 'remove', folder: made.folder! });
  await expect(total).toHaveText('3,000');
  await expect(rows.first()).toContainText(headline(COUNT - 1));
  expect(app.logs).toEqual([]);
});
