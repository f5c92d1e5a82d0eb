import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { launchApp, type LaunchedApp } from './harness';

const origin = 'http://newsroom.test/';
const body = (page: Page) => page.getByRole('textbox', { name: 'Body' });
const underlined = (page: Page, word: string) =>
  page.locator('.body-prose .misspelled', { hasText: new RegExp(`^${word}$`) });

test.describe('spelling', () => {
  let dir: string;
  const open: LaunchedApp[] = [];

  test.beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'newsroom-spelling-'));
  });

  test.afterEach(async () => {
    for (const app of open.splice(0)) await app.close();
    await rm(dir, { recursive: true, force: true });
  });

  async function launch(): Promise<LaunchedApp> {
    const app = await launchApp({ workspace: join(dir, 'workspace') });
    open.push(app);
    return app;
  }

  test('underlines a misspelling offline and replaces it with a suggestion in one undo step', async () => {
    const app = await launch();
    const { page } = app;
    const requests: string[] = [];
    page.context().on('request', (request) => requests.push(request.url()));
    await page.getByRole('button', { name: 'New article' }).click();
    await body(page).click();
    await page.keyboard.type('The goverment said the ferry from Bergen was late. ');
    await expect(underlined(page, 'goverment')).toHaveCount(1);
    await expect(page.locator('.body-prose .misspelled')).toHaveCount(1);
    // Chromium's own checker is off, so it cannot underline a second time or call out.
    await expect(body(page)).toHaveAttribute('spellcheck', 'false');

    await underlined(page, 'goverment').click({ button: 'right' });
    const menu = page.getByRole('menu', { name: /Spelling of “goverment”/ });
    await menu.getByRole('menuitem', { name: 'government', exact: true }).click();
    await expect(body(page)).toContainText('The government said the ferry');
    await expect(page.locator('.body-prose .misspelled')).toHaveCount(0);
    await expect(menu).toHaveCount(0);

    await page.keyboard.press('Control+z');
    await expect(body(page)).toContainText('The goverment said the ferry');
    await expect(underlined(page, 'goverment')).toHaveCount(1);

    // The dictionary came from the app itself, and nothing else left the window.
    expect(requests.some((url) => url === `${origin}dictionaries/en.dic`)).toBe(true);
    expect(requests.filter((url) => !url.startsWith(origin))).toEqual([]);
  });

  test('Add to dictionary reaches a second window at once and survives a restart', async () => {
    const first = await launch();
    await first.page.getByRole('button', { name: 'New article' }).click();
    await body(first.page).click();
    await first.page.keyboard.type('Fjordline runs the ferry to Kvitsoy and the goverment pays. ');
    await expect(underlined(first.page, 'Fjordline')).toHaveCount(1);
    await expect(underlined(first.page, 'goverment')).toHaveCount(1);
    // Saved, so the second window opens the same article.
    await expect(first.page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();

    const second = await launch();
    await expect(body(second.page)).toContainText('Fjordline runs the ferry');
    await expect(underlined(second.page, 'Fjordline')).toHaveCount(1);

    await underlined(first.page, 'Fjordline').click({ button: 'right' });
    await first.page.getByRole('menuitem', { name: 'Add to dictionary' }).click();
    await expect(underlined(first.page, 'Fjordline')).toHaveCount(0);
    await expect(underlined(second.page, 'Fjordline')).toHaveCount(0);
    await expect(underlined(second.page, 'goverment')).toHaveCount(1);
    expect(await readFile(join(dir, 'workspace', 'desk-dictionary.txt'), 'utf8')).toBe(
      'Fjordline\n',
    );

    for (const app of open.splice(0)) await app.close();
    const again = await launch();
    await expect(underlined(again.page, 'goverment')).toHaveCount(1);
    await expect(underlined(again.page, 'Kvitsoy')).toHaveCount(1);
    await expect(underlined(again.page, 'Fjordline')).toHaveCount(0);
  });
});
