import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { BodyJSON } from '../../core/body/schema';
import { Workspace } from '../../electron/store/workspace';
import { launchApp } from './harness';

const paragraph = (text: string): BodyJSON => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

/** The library's article rows. */
const libraryItems = (page: Page) =>
  page
    .getByRole('navigation', { name: 'Library' })
    .getByRole('list', { name: 'Articles' })
    .getByRole('listitem');

/** A workspace whose last open article's file is cut short, beside one readable article. */
async function withUnreadableLastArticle(
  root: string,
  readable: Parameters<Workspace['articles']['create']>[0],
): Promise<void> {
  const ws = await Workspace.open(root);
  await ws.articles.create(readable);
  const broken = await ws.articles.create({ headline: 'Left open last' });
  await ws.lastArticle.set(broken.article.id);
  const brokenFile = join(await ws.articles.folder(broken.article.id), 'article.json');
  await ws.close();
  await writeFile(brokenFile, '{ "format": 1, "headline": ');
}

/** The window says the last article could not be read, shows none, and lists the workspace. */
async function expectUnreadableLastReported(page: Page, articles: number): Promise<void> {
  await expect(
    page.getByRole('alert').filter({ hasText: 'Could not load the workspace' }),
  ).toContainText('article.json');
  await expect(page.getByText('No article open')).toBeVisible();
  await expect(libraryItems(page)).toHaveCount(articles);
}

let dir: string;
test.beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsroom-library-'));
});
test.afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

test('library: list, filter, full-text search, error entries, delete with confirmation', async () => {
  const ws = await Workspace.open(join(dir, 'ws'));
  await ws.articles.create({
    headline: 'Ferry strike ends',
    status: 'ready',
    body: paragraph('Crews returned after the harbourmaster signed the deal.'),
  });
  await ws.articles.create({
    headline: 'Café reopens on the square',
    body: paragraph('Coffee again.'),
  });
  const broken = await ws.articles.create({ headline: 'Broken one' });
  const brokenFile = join(await ws.articles.folder(broken.article.id), 'article.json');
  await ws.close();
  await writeFile(brokenFile, '{ "format": 1, "headline": ');

  const app = await launchApp({ workspace: join(dir, 'ws') });
  const { page } = app;
  const library = page.getByRole('navigation', { name: 'Library' });
  const items = library.getByRole('list', { name: 'Articles' }).getByRole('listitem');
  await expect(items).toHaveCount(3);
  const errorItem = items.filter({ hasText: 'Cannot read this article' });
  await expect(errorItem).toContainText('article.json');
  await expect(items.filter({ hasText: 'Ferry strike ends' })).toContainText('Ready');
  await expect(items.filter({ hasText: 'Ferry strike ends' })).toContainText('8 words');

  // Headline filter (accents ignored), then a word that is only in a body.
  await library.getByLabel('Filter articles').fill('cafe');
  await expect(items.filter({ hasText: 'Café reopens' })).toHaveCount(1);
  await expect(items.filter({ hasText: 'Ferry strike ends' })).toHaveCount(0);
  await library.getByLabel('Filter articles').fill('harbourmaster');
  await expect(items.filter({ hasText: 'Ferry strike ends' })).toHaveCount(1);
  await expect(items.filter({ hasText: 'Café reopens' })).toHaveCount(0);
  await library.getByLabel('Filter articles').fill('');

  // Open, then delete: cancelling keeps it, confirming moves it to the trash.
  await library.getByRole('button', { name: 'Ferry strike ends', exact: true }).click();
  await expect(page.getByLabel('Headline')).toHaveValue('Ferry strike ends');
  const ferry = items.filter({ hasText: 'Ferry strike ends' });
  await ferry.hover();
  await ferry.getByRole('button', { name: /^Delete/ }).click();
  const confirm = page.getByRole('dialog', { name: 'Move to trash?' });
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();
  await expect(ferry).toHaveCount(1);
  await ferry.hover();
  await ferry.getByRole('button', { name: /^Delete/ }).click();
  await confirm.getByRole('button', { name: 'Move to trash' }).click();
  await expect(ferry).toHaveCount(0);
  await expect(page.getByText('No article open')).toBeVisible();
  expect((await app.workspace().articles.list()).map((e) => e.headline)).not.toContain(
    'Ferry strike ends',
  );

  // The application menu's New article command.
  await app.emit('menu:command', 'new-article');
  await expect(items).toHaveCount(3);
  await expect(page.getByLabel('Headline')).toBeFocused();
  await app.close();
});

test('start-up: an unreadable last article is reported, and the library still loads', async () => {
  await withUnreadableLastArticle(join(dir, 'ws'), {
    headline: 'Tram line opens',
    body: paragraph('The first tram ran at dawn.'),
  });

  const app = await launchApp({ workspace: join(dir, 'ws') });
  const { page } = app;
  await expectUnreadableLastReported(page, 2);
  await libraryItems(page).getByRole('button', { name: 'Tram line opens', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Body' })).toContainText(
    'The first tram ran at dawn.',
  );
  await app.close();
});

test('switching workspaces shows the other one: its last article, its library, nothing of the first', async () => {
  const first = await Workspace.open(join(dir, 'desk-a'));
  await first.articles.create({
    headline: 'Tram line opens',
    body: paragraph('The first tram ran at dawn.'),
  });
  await first.close();
  const second = await Workspace.open(join(dir, 'desk-b'));
  await second.articles.create({ headline: 'Harbour closes early' });
  const last = await second.articles.create({
    headline: 'Ferry strike ends',
    body: paragraph('Crews are back.'),
  });
  await second.lastArticle.set(last.article.id);
  await second.close();

  const app = await launchApp({
    workspace: join(dir, 'desk-a'),
    dialogs: { open: async () => [join(dir, 'desk-b')] },
  });
  const { page } = app;
  const items = libraryItems(page);
  await expect(items).toHaveCount(1);
  await app.emit('menu:command', 'open-workspace');
  await expect(page.getByRole('button', { name: 'desk-b' })).toBeVisible();
  await expect(page.getByLabel('Headline')).toHaveValue('Ferry strike ends');
  await expect(page.getByRole('textbox', { name: 'Body' })).toContainText('Crews are back.');
  await expect(items).toHaveCount(2);
  await expect(items.filter({ hasText: 'Tram line opens' })).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await app.close();
});

test('switching to a workspace whose last article is unreadable says so, and lists that workspace', async () => {
  await (await Workspace.open(join(dir, 'desk-a'))).close();
  await withUnreadableLastArticle(join(dir, 'desk-b'), { headline: 'Harbour closes early' });

  const app = await launchApp({
    workspace: join(dir, 'desk-a'),
    dialogs: { open: async () => [join(dir, 'desk-b')] },
  });
  const { page } = app;
  await app.emit('menu:command', 'open-workspace');
  await expectUnreadableLastReported(page, 2);
  await app.close();
});

test('editor: toolbar and shortcuts, word counts, links refused unless http(s)/mailto', async () => {
  const app = await launchApp({ workspace: join(dir, 'ws') });
  const { page } = app;
  await page.getByRole('button', { name: 'New article' }).click();
  const body = page.getByRole('textbox', { name: 'Body' });
  await body.click();
  await page.getByRole('button', { name: 'Heading 2' }).click();
  await page.keyboard.type('Background');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Two points:');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Bulleted list' }).click();
  // Type only once the list exists and the caret is in its item, as a person would see it.
  await expect(body.locator('ul li')).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Bulleted list' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.keyboard.type('first');
  await page.keyboard.press('Enter');
  await page.keyboard.type('second');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.press('ControlOrMeta+i');
  await page.keyboard.type('fin');
  await expect(body.locator('h2')).toHaveText('Background');
  await expect(body.locator('ul li')).toHaveText(['first', 'second']);
  await expect(body.locator('em')).toHaveText('fin');
  await expect(page.getByRole('button', { name: 'Italic' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByRole('main').getByText(/^\d+ words$/)).toHaveText('6 words');

  await page.keyboard.press('ControlOrMeta+z');
  await expect(body.locator('em')).toHaveCount(0);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(body.locator('em')).toHaveText('fin');

  await page.keyboard.press('ControlOrMeta+k');
  const dialog = page.getByRole('dialog', { name: 'Add link' });
  for (const bad of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd']) {
    await dialog.getByLabel('Link address').fill(bad);
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await expect(dialog.getByRole('alert')).toContainText('Only http, https and mailto');
  }
  await dialog.getByLabel('Link address').fill('desk@example.org');
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(body.locator('a[href="mailto:desk@example.org"]')).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  await app.close();
});

test('batch export: selected articles to a folder, with progress, blockers confirmed', async () => {
  const ws = await Workspace.open(join(dir, 'ws'));
  for (const headline of ['Tram line opens', 'Bridge closed for repairs', 'Market day moves']) {
    await ws.articles.create({ headline, body: paragraph(`${headline}, the council said.`) });
  }
  await ws.articles.create({ headline: '' });
  await ws.close();
  const out = join(dir, 'batch');
  const app = await launchApp({
    workspace: join(dir, 'ws'),
    dialogs: { open: async () => [out] },
  });
  const { page } = app;
  const library = page.getByRole('navigation', { name: 'Library' });
  await library.getByRole('button', { name: 'Select', exact: true }).click();
  await library.getByRole('checkbox', { name: 'Tram line opens' }).check();
  await library.getByRole('checkbox', { name: 'Bridge closed for repairs' }).check();
  const bar = library.getByRole('region', { name: 'Export selected articles' });
  await expect(bar).toContainText('2 selected');
  await bar.getByLabel('Format').selectOption('ninjs');
  await bar.getByRole('button', { name: 'Export selected…' }).click();
  await expect(bar).toContainText('Exported 2 articles.');
  const { readdir } = await import('node:fs/promises');
  expect((await readdir(out)).sort()).toEqual([
    expect.stringMatching(/^bridge-closed-for-repairs--/),
    expect.stringMatching(/^tram-line-opens--/),
  ]);

  // Select all includes the untitled, empty one: blocked until confirmed.
  await bar.getByRole('button', { name: 'Select all' }).click();
  await expect(bar).toContainText('4 selected');
  await bar.getByLabel('Format').selectOption('json');
  await bar.getByRole('button', { name: 'Export selected…' }).click();
  await expect(bar).toContainText('Not exported');
  await bar.getByRole('button', { name: 'Export anyway' }).click();
  await expect(bar).toContainText('Exported 4 articles.');
  await bar.getByRole('button', { name: 'Done' }).click();
  await expect(bar).toBeHidden();
  await app.close();
});
