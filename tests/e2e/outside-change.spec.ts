import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parseArticle } from '../../core/article/article';
import type { Workspace } from '../../electron/store/workspace';
import { launchApp, type LaunchedApp } from './harness';
import { stopClock, visibleWhileClockStands } from './still-clock';

let dir: string;
let app: LaunchedApp | null = null;
test.beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsroom-outside-'));
});
test.afterEach(async () => {
  await app?.close();
  app = null;
  await rm(dir, { recursive: true, force: true });
});

const saved = (page: Page) => page.getByRole('status').filter({ hasText: /^Saved$/ });

/** Rewrites article.json behind the window's back, as another window, the CLI or a sync tool would. */
async function changeOnDisk(ws: Workspace, id: string, headline: string): Promise<void> {
  const file = join(await ws.articles.folder(id), 'article.json');
  const article = parseArticle(JSON.parse(await readFile(file, 'utf8')));
  await writeFile(file, JSON.stringify({ ...article, headline }, null, 2));
}

/** A new article headed `headline`, saved and open in a fresh window. */
async function openNew(headline: string) {
  app = await launchApp({ workspace: join(dir, 'ws') });
  const { page } = app;
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByLabel('Headline').fill(headline);
  await expect(saved(page)).toBeVisible();
  const id = (await app.workspace().lastArticle.get())!;
  return { page, ws: app.workspace(), id };
}

test('a clean window shows a version changed outside at once, without a save', async () => {
  const { page, ws, id } = await openNew('Ferry strike ends');
  await changeOnDisk(ws, id, 'Ferry strike ends after talks');
  await expect(page.getByLabel('Headline')).toHaveValue('Ferry strike ends after talks');
  const note = page.getByRole('status').filter({ hasText: 'Updated from disk' });
  await expect(note).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('reloaded.png') });
  await expect(saved(page)).toBeVisible();

  // What is typed next is saved on top of their version, and the note has said its piece.
  await page.getByLabel('Headline').fill('Ferry strike ends after late talks');
  await expect(note).toBeHidden();
  await expect(saved(page)).toBeVisible();
  expect((await ws.articles.read(id)).article.headline).toBe('Ferry strike ends after late talks');
});

test('unsaved text meets an outside change with the conflict choices at once', async () => {
  const { page, ws, id } = await openNew('Council meets');
  // The page's clock stands still: autosave cannot run, so the text stays unsaved while the disk changes.
  await stopClock(page);
  await page.getByLabel('Headline').fill('Council meets on Monday');
  await changeOnDisk(ws, id, 'Council meets, theirs');
  const banner = page.getByRole('alert').filter({ hasText: 'changed outside this window' });
  await visibleWhileClockStands(page, banner);
  await expect(page.getByLabel('Headline')).toHaveValue('Council meets on Monday');
  expect((await ws.articles.read(id)).article.headline).toBe('Council meets, theirs');
  await page.clock.resume();

  await banner.getByRole('button', { name: 'Keep both' }).click();
  await expect(page.getByLabel('Headline')).toHaveValue('Council meets on Monday (copy)');
  await expect(saved(page)).toBeVisible();
  expect((await ws.articles.read(id)).article.headline).toBe('Council meets, theirs');
});

test('an article deleted outside keeps its text and can be saved again', async () => {
  const { page, ws, id } = await openNew('Harbour reopens');
  await page.getByRole('textbox', { name: 'Body' }).click();
  await page.keyboard.type('Ships return at dawn.');
  await expect(saved(page)).toBeVisible();
  // A sync tool removes the folder (the workspace's own delete would tell this process's index).
  await rm(await ws.articles.folder(id), { recursive: true });

  const banner = page.getByRole('alert').filter({ hasText: 'deleted outside this window' });
  await expect(banner).toBeVisible();
  await expect(page.getByLabel('Headline')).toHaveValue('Harbour reopens');
  await expect(page.getByRole('textbox', { name: 'Body' })).toHaveText('Ships return at dawn.');
  await expect.poll(async () => (await ws.recovery.list()).map((e) => e.id)).toEqual([id]);
  // The banner moved the fields down: the headline's spelling underlines moved with them.
  const mirrorOffset = () =>
    page.getByLabel('Headline').evaluate((field) => {
      const mirror = field.nextElementSibling!;
      const [a, b] = [field.getBoundingClientRect(), mirror.getBoundingClientRect()];
      return [mirror.className, b.top - a.top, b.left - a.left];
    });
  await expect.poll(mirrorOffset).toEqual(['spelling-mirror', 0, 0]);
  await page.screenshot({ path: test.info().outputPath('deleted.png') });

  await banner.getByRole('button', { name: 'Save as new article' }).click();
  await expect(page.getByLabel('Headline')).toHaveValue('Harbour reopens (copy)');
  await expect(saved(page)).toBeVisible();
  expect(await ws.recovery.list()).toEqual([]);
  const copy = (await ws.articles.list()).find((e) => e.headline === 'Harbour reopens (copy)');
  expect(copy).toBeDefined();
});
