import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parseArticle } from '../../core/article/article';
import { Workspace } from '../../electron/store/workspace';
import { launchApp } from './harness';
import { pauseClock, stopClock, visibleWhileClockStands } from './still-clock';

function saved(page: Page) {
  return page.getByRole('status').filter({ hasText: /^Saved$/ });
}

function libraryEntry(page: Page, headline: string) {
  return page
    .getByRole('navigation', { name: 'Library' })
    .getByRole('button', { name: headline, exact: true });
}

let dir: string;
test.beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsroom-safety-'));
});
test.afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The save status drawn in the same DOM update that first shows `headline` in the Headline field. */
function statusWhenHeadlineShows(page: Page, headline: string) {
  return page.evaluateHandle((wanted) => {
    const label = () =>
      [...document.querySelectorAll('label')].find((l) => l.textContent === 'Headline');
    return {
      status: new Promise<string>((resolve) => {
        const observer = new MutationObserver(() => {
          const field = label()?.control;
          if (!(field instanceof HTMLTextAreaElement) || field.value !== wanted) return;
          observer.disconnect();
          resolve(document.querySelector('.save-indicator[role="status"]')?.textContent ?? '');
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      }),
    };
  }, headline);
}

/** Rewrites article.json behind the app's back, as a sync tool or another program would. */
async function changeOnDisk(ws: Workspace, id: string, headline: string): Promise<void> {
  const file = join(await ws.articles.folder(id), 'article.json');
  const article = parseArticle(JSON.parse(await readFile(file, 'utf8')));
  await writeFile(file, JSON.stringify({ ...article, headline }, null, 2));
}

test('a file changed on disk is never overwritten: keep both, or load theirs', async () => {
  const app = await launchApp({ workspace: join(dir, 'ws') });
  const { page } = app;
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByLabel('Headline').fill('Mine');
  await expect(saved(page)).toBeVisible();
  const id = (await app.workspace().articles.list())[0]!.id;

  // The clock stands still while the text is unsaved: autosave cannot race the change on disk.
  await stopClock(page);
  await page.getByLabel('Headline').fill('Mine, edited');
  await changeOnDisk(app.workspace(), id, 'Theirs');
  const banner = page.getByRole('alert').filter({ hasText: 'changed outside this window' });
  await visibleWhileClockStands(page, banner);
  await page.clock.resume();
  await expect(page.getByRole('status').filter({ hasText: 'Not saved' })).toBeVisible();
  expect((await app.workspace().articles.read(id)).article.headline).toBe('Theirs');

  await banner.getByRole('button', { name: 'Keep both' }).click();
  await expect(page.getByLabel('Headline')).toHaveValue('Mine, edited (copy)');
  await expect(saved(page)).toBeVisible();
  await expect(libraryEntry(page, 'Theirs')).toBeVisible();
  await expect(libraryEntry(page, 'Mine, edited (copy)')).toHaveAttribute('aria-current', 'true');

  // Second conflict on the copy: load theirs this time.
  const copyId = (await app.workspace().lastArticle.get())!;
  await pauseClock(page);
  await page.getByLabel('Headline').fill('My copy');
  await changeOnDisk(app.workspace(), copyId, 'Their copy');
  await visibleWhileClockStands(page, banner);
  await page.clock.resume();
  await banner.getByRole('button', { name: 'Load theirs' }).click();
  await expect(page.getByLabel('Headline')).toHaveValue('Their copy');
  await expect(banner).toBeHidden();
  await expect(saved(page)).toBeVisible();
  await app.close();
});

test('unsaved text from a crashed session is offered back and restored', async () => {
  const ws = await Workspace.open(join(dir, 'ws'));
  const { article } = await ws.articles.create({ headline: 'Saved headline' });
  // What the journal holds after a crash: newer text than the saved file.
  await ws.recovery.write({ ...article, headline: 'Typed before the crash' });
  await ws.close();

  const app = await launchApp({ workspace: join(dir, 'ws') });
  const { page } = app;
  const tray = page.getByRole('region', { name: 'Recovered text' });
  await expect(tray).toContainText('Typed before the crash');
  const shownWith = await statusWhenHeadlineShows(page, 'Typed before the crash');
  await tray.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByLabel('Headline')).toHaveValue('Typed before the crash');
  // Saved must mean on disk: the restored text is never drawn beside "Saved" before it is written.
  expect(await shownWith.evaluate((probe) => probe.status)).toBe('Saving…');
  await expect(saved(page)).toBeVisible();
  await expect(tray).toBeHidden();
  expect((await app.workspace().articles.read(article.id)).article.headline).toBe(
    'Typed before the crash',
  );
  await app.close();
});

test('history lists earlier versions, shows what changed and restores one', async () => {
  let app = await launchApp({ workspace: join(dir, 'ws') });
  let page = app.page;
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByLabel('Headline').fill('First version');
  await page.getByRole('textbox', { name: 'Body' }).click();
  await page.keyboard.type('The council met on Monday.');
  await expect(saved(page)).toBeVisible();
  await app.close();

  app = await launchApp({ workspace: join(dir, 'ws') });
  page = app.page;
  const id = (await app.workspace().lastArticle.get())!;
  await page.getByLabel('Headline').fill('Second version');
  await page.getByRole('textbox', { name: 'Body' }).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' It voted to keep the ferry.');
  await expect(saved(page)).toBeVisible();
  await page.getByRole('button', { name: 'History' }).click();
  const dialog = page.getByRole('dialog', { name: 'History' });
  const versions = dialog.getByRole('list', { name: 'Earlier versions' }).getByRole('listitem');
  // The first launch may have kept the headline alone too, depending on when it saved: take the newest.
  const first = versions.first();
  await expect(first).toContainText('First version');

  // The newest version is compared with the editor's text straight away, field by field.
  await expect(first.getByRole('button', { name: /^Show changes/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const changes = dialog.getByRole('region', { name: /^Changes since the version from/ });
  const headline = changes.locator('.diff-headline');
  await expect(headline.getByRole('deletion')).toHaveText('[removed: First]');
  await expect(headline.getByRole('insertion')).toHaveText('[added: Second]');
  await expect(changes.locator('.diff-body').getByRole('insertion')).toHaveText(
    /^\[added:\s+It voted to keep the ferry\.?\]$/,
  );
  await expect(changes.locator('.diff-body')).toContainText('The council met on Monday.');

  await first.getByRole('button', { name: /^Restore/ }).click();
  await expect(page.getByLabel('Headline')).toHaveValue('First version');
  await expect(page.getByRole('textbox', { name: 'Body' })).toHaveText(
    'The council met on Monday.',
  );
  await expect(dialog).toBeHidden();
  await expect(saved(page)).toBeVisible();
  expect((await app.workspace().articles.read(id)).article.headline).toBe('First version');

  // The text it replaced is a version of its own now, and the diff shows the way back.
  await page.getByRole('button', { name: 'History' }).click();
  await expect(changes).toContainText('This version is the same as the text now.');
  const second = versions.filter({ hasText: 'Second version' });
  await expect(second).toHaveCount(1);
  await second.getByRole('button', { name: /^Show changes/ }).click();
  await expect(second.getByRole('button', { name: /^Show changes/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(headline.getByRole('deletion')).toHaveText('[removed: Second]');
  await expect(headline.getByRole('insertion')).toHaveText('[added: First]');
  await expect(changes.locator('.diff-body').getByRole('deletion')).toHaveText(
    /^\[removed:\s+It voted to keep the ferry\.?\]$/,
  );
  const headlines = (await app.workspace().history.list(id)).map((s) => s.headline);
  expect(headlines.slice(0, 3)).toEqual(['First version', 'Second version', 'First version']);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await app.close();
});

test('leaving an article keeps a snapshot of it', async () => {
  const app = await launchApp({ workspace: join(dir, 'ws') });
  const { page } = app;
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByLabel('Headline').fill('Council vote');
  await expect(saved(page)).toBeVisible();
  const id = (await app.workspace().articles.list())[0]!.id;
  // The first save is a snapshot; later ones within a few minutes are not.
  await page.getByLabel('Headline').fill('Council vote delayed');
  await expect(saved(page)).toBeVisible();
  expect((await app.workspace().history.list(id)).map((s) => s.headline)).toEqual(['Council vote']);

  await page.getByRole('button', { name: 'New article' }).click();
  await expect(page.getByLabel('Headline')).toHaveValue('');
  expect((await app.workspace().history.list(id)).map((s) => s.headline)).toEqual([
    'Council vote delayed',
    'Council vote',
  ]);

  // Back to it and away again without a change: no new snapshot.
  await libraryEntry(page, 'Council vote delayed').click();
  await expect(page.getByLabel('Headline')).toHaveValue('Council vote delayed');
  await page.getByRole('button', { name: 'History' }).click();
  const dialog = page.getByRole('dialog', { name: 'History' });
  await expect(dialog.getByRole('listitem')).toHaveCount(2);
  await expect(dialog.getByText('This version is the same as the text now.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'New article' }).click();
  await expect(page.getByLabel('Headline')).toHaveValue('');
  expect(await app.workspace().history.list(id)).toHaveLength(2);
  await app.close();
});

test('a failed save keeps the text and says what failed', async () => {
  const app = await launchApp({ workspace: join(dir, 'ws') });
  const { page } = app;
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByLabel('Headline').fill('Still here');
  await expect(saved(page)).toBeVisible();
  const id = (await app.workspace().lastArticle.get())!;
  // Not deleted (that is an outside change the window hears) but unwritable: a folder where the file was.
  const file = join(await app.workspace().articles.folder(id), 'article.json');
  await rm(file);
  await mkdir(file);

  await page.getByLabel('Headline').fill('Still here after the file broke');
  const failure = page.getByRole('status').filter({ hasText: /^Not saved: / });
  await expect(failure).toBeVisible();
  await expect(failure).toContainText(id);
  await expect(page.getByLabel('Headline')).toHaveValue('Still here after the file broke');
  await app.close();
});

test('a workspace open elsewhere opens read-only and says so', async () => {
  const holder = await Workspace.open(join(dir, 'ws'));
  const { article } = await holder.articles.create({
    headline: 'Locked story',
    body: {
      type: 'doc',
      content: [
        {
          type: 'figure',
          // Not the editor's form (other order, no defaults): History must still see no change.
          attrs: { caption: 'The quay at dawn', src: 'quay.jpg' },
        },
        { type: 'paragraph', content: [{ type: 'text', text: 'Boats stayed in.' }] },
      ],
    },
  });
  await holder.history.snapshot(article.id);
  await holder.lastArticle.set(article.id);
  const app = await launchApp({ workspace: join(dir, 'ws') });
  try {
    const { page } = app;
    await expect(page.getByRole('navigation', { name: 'Library' })).toContainText('Read-only');
    await expect(page.getByRole('button', { name: 'New article' })).toBeDisabled();
    await expect(page.getByLabel('Headline')).toHaveValue('Locked story');
    await expect(page.getByLabel('Headline')).not.toBeEditable();
    await expect(page.getByRole('textbox', { name: 'Body' })).toHaveAttribute(
      'contenteditable',
      'false',
    );
    // An inline photo shows, but offers no editing.
    await expect(page.locator('.body-figure')).toContainText('The quay at dawn');
    await expect(page.getByRole('button', { name: 'Edit inline photo' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Delete inline photo' })).toHaveCount(0);
    // Versions can be compared, not restored.
    await page.getByRole('button', { name: 'History' }).click();
    const dialog = page.getByRole('dialog', { name: 'History' });
    await expect(dialog).toContainText('This version is the same as the text now.');
    await expect(dialog.getByRole('button', { name: /^Restore/ })).toBeDisabled();
  } finally {
    await app.close();
    await holder.close();
  }
});
