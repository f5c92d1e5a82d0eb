import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { createArticle } from '../../core/article/article';
import { serializeArticle } from '../../electron/store/article-file';
import { ARTICLE_FILE, articleFolderName } from '../../electron/store/layout';
import { launchApp } from './harness';

// Past the 1,000 folders from which a missing index is rebuilt in worker threads, with progress.
const COUNT = 2_000;

let dir: string;
test.beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsroom-indexing-'));
  for (let n = 0; n < COUNT; n++) {
    const article = createArticle({ headline: `Archive story ${n}` });
    const folder = join(dir, articleFolderName(article.headline, article.id));
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, ARTICLE_FILE), serializeArticle(article));
  }
});
test.afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

test('a workspace without its index opens, is rebuilt with progress and lists everything', async () => {
  const app = await launchApp({ workspace: dir });
  const { page } = app;
  const library = page.getByRole('navigation', { name: 'Library' });
  // Usable meanwhile: a new article can be started and written in.
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByLabel('Headline').fill('Written while indexing');
  await expect(library.locator('.library-total')).toHaveText((COUNT + 1).toLocaleString('en-US'), {
    timeout: 60_000,
  });
  await expect(library.locator('.library-indexing')).toHaveCount(0);
  await app.close();
});

test('the progress bar says how far the rebuild is and goes when it is done', async () => {
  const app = await launchApp({ workspace: dir });
  const { page } = app;
  const library = page.getByRole('navigation', { name: 'Library' });
  await expect(library.locator('.library-total')).toHaveText(COUNT.toLocaleString('en-US'), {
    timeout: 60_000,
  });
  await app.emit('library:progress', { done: 500, total: 2_000 });
  const bar = library.getByRole('progressbar', { name: 'Indexing articles' });
  await expect(bar).toHaveAttribute('value', '500');
  await expect(library.locator('.library-indexing')).toContainText(
    'Indexing articles… 500 of 2,000',
  );
  await app.emit('library:progress', { done: 2_000, total: 2_000 });
  await expect(bar).toHaveCount(0);
  await app.close();
});
