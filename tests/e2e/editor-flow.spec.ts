import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { ninjsErrors } from '../../core/export/ninjs';
import { launchApp, repoRoot } from './harness';

const photoFixture = resolve(
  repoRoot,
  '../shared/fixtures/photos/iptc-staff-photographer-example.jpg',
);
const screenshots = join(repoRoot, 'tests', 'e2e', 'screenshots');

const article = {
  kicker: 'City hall',
  headline: 'Council approves the new harbour budget',
  standfirst: 'After six hours of debate, the vote passed by a single voice.',
  byline: 'Ana Reporter',
  dateline: 'Rotterdam',
  keywords: 'harbour, budget, Rotterdam',
  published: '2026-03-01T09:30',
  caption: 'Councillors vote on the harbour budget on Tuesday evening.',
  credit: 'Staff/Jan Fotograaf',
  altText: 'A row of councillors raising their hands in a wood-panelled chamber.',
  link: 'https://example.org/budget-2026',
};

function saveState(page: Page) {
  return page.getByRole('status').filter({ hasText: /^(Saved|Saving…|Not saved.*)$/ });
}

test.describe('editor flow', () => {
  let dir: string;

  test.beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'newsroom-e2e-'));
  });

  test.afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('write, attach a photo, close, reopen and export', async () => {
    const workspace = join(dir, 'workspace');
    const exports = join(dir, 'exports');
    await mkdir(exports);
    const dialogs = {
      open: async () => [photoFixture],
      save: async (options: { defaultPath?: string }) =>
        join(exports, options.defaultPath ?? 'out'),
    };

    // First session: write everything.
    let app = await launchApp({ workspace, dialogs });
    let page = app.page;
    await page.getByRole('button', { name: 'New article' }).click();
    await page.getByLabel('Kicker').fill(article.kicker);
    await page.getByLabel('Headline').fill(article.headline);
    await page.getByLabel('Standfirst').fill(article.standfirst);
    await page.getByLabel('Byline').fill(article.byline);
    await page.getByLabel('Dateline').fill(article.dateline);
    await page.getByLabel('Keywords').fill(article.keywords);
    await page.getByLabel('Publication time').fill(article.published);
    await page.getByLabel('Status').selectOption('ready');

    const body = page.getByRole('textbox', { name: 'Body' });
    await body.click();
    await page.keyboard.type('The budget was ');
    await page.keyboard.press('ControlOrMeta+b');
    await page.keyboard.type('approved');
    await page.keyboard.press('ControlOrMeta+b');
    await page.keyboard.type(' late on Tuesday. Read the ');
    await page.getByRole('button', { name: 'Link' }).click();
    const linkDialog = page.getByRole('dialog', { name: 'Add link' });
    await linkDialog.getByLabel('Link address').fill('javascript:alert(1)');
    await linkDialog.getByRole('button', { name: 'Apply' }).click();
    await expect(linkDialog.getByRole('alert')).toHaveText(
      'Only http, https and mailto links are allowed.',
    );
    await linkDialog.getByLabel('Link address').fill(article.link);
    // Keys typed right after Apply land in the text only if the caret is back before the click returns.
    const caretBackAtOnce = await linkDialog
      .getByRole('button', { name: 'Apply' })
      .evaluate((apply: HTMLElement) => {
        apply.click();
        return document.activeElement?.classList.contains('ProseMirror') === true;
      });
    expect(caretBackAtOnce).toBe(true);
    await expect(linkDialog).toBeHidden();
    await page.keyboard.type(' for details.');
    await expect(body.locator('strong')).toHaveText('approved');
    await expect(body.locator(`a[href="${article.link}"]`)).toHaveText(article.link);

    await page.getByRole('button', { name: 'Attach photo' }).click();
    const preview = page.getByRole('complementary', { name: 'Lead photo' }).locator('img');
    await expect(preview).toBeVisible();
    await expect
      .poll(() => preview.evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(0);
    await page.getByLabel('Caption').fill(article.caption);
    await page.getByLabel('Credit').fill(article.credit);
    await page.getByLabel('Alt text').fill(article.altText);

    await expect(saveState(page)).toHaveText('Saved');
    await app.close();

    // Second session: everything is back, the last article reopened.
    app = await launchApp({ workspace, dialogs });
    page = app.page;
    await expect(page.getByLabel('Headline')).toHaveValue(article.headline);
    await expect(page.getByLabel('Kicker')).toHaveValue(article.kicker);
    await expect(page.getByLabel('Standfirst')).toHaveValue(article.standfirst);
    await expect(page.getByLabel('Byline')).toHaveValue(article.byline);
    await expect(page.getByLabel('Dateline')).toHaveValue(article.dateline);
    await expect(page.getByLabel('Keywords')).toHaveValue(article.keywords);
    await expect(page.getByLabel('Publication time')).toHaveValue(article.published);
    await expect(page.getByLabel('Status')).toHaveValue('ready');
    const reopened = page.getByRole('textbox', { name: 'Body' });
    await expect(reopened).toHaveText(
      `The budget was approved late on Tuesday. Read the ${article.link} for details.`,
    );
    await expect(reopened.locator('strong')).toHaveText('approved');
    await expect(reopened.locator(`a[href="${article.link}"]`)).toHaveCount(1);
    await expect(page.getByLabel('Caption')).toHaveValue(article.caption);
    await expect(page.getByLabel('Credit')).toHaveValue(article.credit);
    await expect(page.getByLabel('Alt text')).toHaveValue(article.altText);
    const photo = page.getByRole('complementary', { name: 'Lead photo' }).locator('img');
    await expect
      .poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(0);
    await expect(
      page
        .getByRole('navigation', { name: 'Library' })
        .getByRole('button', { name: article.headline, exact: true }),
    ).toHaveAttribute('aria-current', 'true');

    // Export as HTML: a folder with index.html and the photo beside it.
    await page.getByRole('button', { name: 'Export as HTML' }).click();
    await expect(page.getByRole('region', { name: 'Export' })).toContainText('Exported as HTML');
    const htmlDir = join(exports, 'council-approves-the-new-harbour-budget');
    const html = await readFile(join(htmlDir, 'index.html'), 'utf8');
    const figure = /<figure[\s\S]*?<\/figure>/.exec(html)?.[0] ?? '';
    expect(figure).toContain(article.caption);
    expect(figure).toContain(article.credit);
    expect(figure).toContain(`alt="${article.altText}"`);
    expect(html).toContain('<strong>approved</strong>');
    expect(html).toContain(`<meta name="keywords" content="${article.keywords}">`);
    const src = /<img[^>]*\ssrc="([^"]+)"/.exec(figure)?.[1] ?? '';
    expect(src).not.toMatch(/^(\/|[a-z]+:)/i);
    expect(existsSync(join(htmlDir, decodeURIComponent(src)))).toBe(true);

    // Export as ninjs: valid against the official 3.1 schema, with our values.
    await page.getByRole('button', { name: 'Export as ninjs JSON' }).click();
    await expect(page.getByRole('region', { name: 'Export' })).toContainText(
      'Exported as ninjs JSON',
    );
    const ninjsFile = (await readdir(exports)).find((f) => f.endsWith('.json'));
    expect(ninjsFile).toBeDefined();
    const ninjs = JSON.parse(await readFile(join(exports, ninjsFile!), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(ninjsErrors(ninjs)).toEqual([]);
    expect(ninjs.subjects).toEqual([
      { name: 'harbour' },
      { name: 'budget' },
      { name: 'Rotterdam' },
    ]);
    expect(JSON.stringify(ninjs)).toContain(article.headline);
    expect(JSON.stringify(ninjs)).toContain(article.caption);
    expect(JSON.stringify(ninjs)).toContain(article.credit);

    await mkdir(screenshots, { recursive: true });
    await page.screenshot({ path: join(screenshots, 'editor-flow-export.png') });
    await app.close();
  });
});
