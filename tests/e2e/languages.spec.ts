import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { prose } from '../support/prose';
import { htmlErrors } from '../unit/core/export/html-validator';
import { pastePlainText } from './clipboard';
import { launchApp, type LaunchedApp } from './harness';

const body = (page: Page) => page.getByRole('textbox', { name: 'Body' });
const ARABIC = prose('ar.txt');
// Arabic with a Latin name and Latin digits in it ("… Oldsmobile Intrigue … 500 …").
const [MIXED_ARABIC] = prose('ar-mixed.txt') as [string];
const HEBREW = prose('he.txt');

/** The caret's offset in the body's first paragraph, in characters from its logical start. */
const caretOffset = (page: Page) =>
  page.evaluate(() => {
    const selection = window.getSelection()!;
    const paragraph = document.querySelector('.body-prose p')!;
    const range = document.createRange();
    range.setStart(paragraph, 0);
    range.setEnd(selection.focusNode!, selection.focusOffset);
    return range.toString().length;
  });

test.describe('languages', () => {
  let dir: string;
  let exports: string;
  const open: LaunchedApp[] = [];

  test.beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'newsroom-languages-'));
    exports = join(dir, 'exports');
    await mkdir(exports);
  });

  test.afterEach(async () => {
    for (const app of open.splice(0)) await app.close();
    await rm(dir, { recursive: true, force: true });
  });

  async function launch(): Promise<LaunchedApp> {
    const app = await launchApp({
      workspace: join(dir, 'workspace'),
      dialogs: { save: async (o) => join(exports, o.defaultPath ?? 'out') },
    });
    open.push(app);
    return app;
  }

  /** Exports the only article as HTML: its saved language and the exported page. */
  async function exportHtml({ page, workspace }: LaunchedApp) {
    await page.getByRole('button', { name: 'Export as HTML' }).click();
    await expect(page.getByRole('region', { name: 'Export' })).toContainText('Exported as HTML');
    const [entry] = await workspace().articles.list();
    const { article } = await workspace().articles.read(entry!.id);
    const [folder] = await readdir(exports);
    return {
      language: article.language,
      html: await readFile(join(exports, folder!, 'index.html'), 'utf8'),
    };
  }

  async function pickLanguage(page: Page, name: string): Promise<void> {
    const field = page.getByLabel('Language', { exact: true });
    await field.click();
    await field.fill(name);
    await field.press('Enter');
  }

  test('an Arabic article is written right to left in every field, saved and exported with its language', async () => {
    const app = await launch();
    const { page } = app;
    await page.getByRole('button', { name: 'New article' }).click();
    const headline = page.getByLabel('Headline');
    await expect(headline).toHaveAttribute('dir', 'ltr');

    await pickLanguage(page, 'Arabic');
    await expect(page.getByLabel('Language', { exact: true })).toHaveValue('Arabic — العربية (ar)');
    for (const field of ['Kicker', 'Headline', 'Standfirst', 'Byline', 'Dateline']) {
      await expect(page.getByLabel(field, { exact: true })).toHaveAttribute('dir', 'rtl');
      await expect(page.getByLabel(field, { exact: true })).toHaveAttribute('lang', 'ar');
    }
    await expect(body(page)).toHaveAttribute('dir', 'rtl');
    await expect(body(page)).toHaveAttribute('lang', 'ar');
    // The toolbar is mirrored with the text: its first group starts at the right.
    const frame = page.locator('.body-frame');
    await expect(frame).toHaveAttribute('dir', 'rtl');
    const [toolbar, first] = await Promise.all([
      frame.getByRole('toolbar').boundingBox(),
      frame.getByRole('toolbar').getByRole('button').first().boundingBox(),
    ]);
    expect(first!.x + first!.width).toBeGreaterThan(toolbar!.x + toolbar!.width - 60);

    // A phrase of the first sentence of ar.txt.
    await headline.fill('أداة تشخيصية جديدة');
    await body(page).click();
    await page.keyboard.type(MIXED_ARABIC);
    await page.keyboard.press('Enter');
    await page.keyboard.type(`- ${ARABIC[2]!}`);
    // Bullets of a right-to-left list hang on the right.
    const item = await page.locator('.body-prose li').first().boundingBox();
    const paragraph = await page.locator('.body-prose p').first().boundingBox();
    expect(item!.x + item!.width).toBeLessThan(paragraph!.x + paragraph!.width - 5);
    // 16 + 27: "جاس-٣٩" is one word (a hyphen joins), "٩:٣٠" one (a colon joins digits).
    await expect(page.locator('.counts')).toContainText('43 words');

    const { language, html } = await exportHtml(app);
    expect(language).toBe('ar');
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain('"inLanguage": "ar"');
    expect(await htmlErrors(html)).toEqual([]);
  });

  test('a Hebrew article is typed and pasted right to left, counted and exported with its language', async () => {
    const app = await launch();
    const { page } = app;
    await page.getByRole('button', { name: 'New article' }).click();
    await pickLanguage(page, 'he');
    await expect(page.getByLabel('Headline')).toHaveAttribute('dir', 'rtl');
    await expect(body(page)).toHaveAttribute('dir', 'rtl');
    await expect(body(page)).toHaveAttribute('lang', 'he');
    // A phrase of the first sentence of he.txt.
    await page.getByLabel('Headline').fill('אמצעי אבחון חדש');
    await body(page).click();
    await page.keyboard.type(HEBREW[0]!);
    await page.keyboard.press('Enter');
    await pastePlainText(page, HEBREW.slice(1).join('\n\n'));
    await expect(page.locator('.body-prose p')).toHaveText(HEBREW);
    // The first paragraph's text starts at the right edge of the body.
    const [first, prose] = await Promise.all([
      page
        .locator('.body-prose p')
        .first()
        .evaluate((p) => {
          const range = document.createRange();
          range.selectNodeContents(p);
          return range.getBoundingClientRect().right;
        }),
      body(page).boundingBox(),
    ]);
    expect(first).toBeGreaterThan(prose!.x + prose!.width - 40);
    // 39 + 30 + 25: "9:30" is one word (a colon joins digits), "(0230" one.
    await expect(page.locator('.counts')).toContainText('94 words');

    const { language, html } = await exportHtml(app);
    expect(language).toBe('he');
    expect(html).toContain('<html lang="he" dir="rtl">');
    expect(html).toContain('"inLanguage": "he"');
    expect(html).toContain('"wordCount": 94');
    expect(await htmlErrors(html)).toEqual([]);
  });

  test('arrow keys move through mixed Arabic and Latin text as a reader reads it', async () => {
    const app = await launch();
    const { page } = app;
    await page.getByRole('button', { name: 'New article' }).click();
    await pickLanguage(page, 'ar');
    await body(page).click();
    await page.keyboard.type(MIXED_ARABIC);
    // The sentence is about as long as the body's column is wide: it may take two lines.
    await page.keyboard.press('ControlOrMeta+Home');
    expect(await caretOffset(page)).toBe(0);
    // Where a caret can stand: between letters, never between a letter and its vowel mark (وجهتْ).
    const places = [
      ...[...new Intl.Segmenter('ar', { granularity: 'grapheme' }).segment(MIXED_ARABIC)].map(
        (s) => s.index,
      ),
      MIXED_ARABIC.length,
    ];
    expect(places.length).toBeLessThan(MIXED_ARABIC.length + 1);
    // In right-to-left text the left arrow goes on to the next letter, through the Arabic up to
    // the Latin name.
    const arabicRun = places.filter((place) => place <= MIXED_ARABIC.search(/[A-Za-z]/));
    const visited = [0];
    for (let i = 1; i < arabicRun.length; i++) {
      await page.keyboard.press('ArrowLeft');
      visited.push(await caretOffset(page));
    }
    expect(visited).toEqual(arabicRun);
    // On through the Latin name, the number and the line's end: every place in the sentence is
    // reached, none skipped, and the caret ends at the end of the sentence.
    for (let i = 0; i < places.length + 6; i++) {
      await page.keyboard.press('ArrowLeft');
      visited.push(await caretOffset(page));
    }
    for (const place of places) expect(visited).toContain(place);
    expect(visited.at(-1)).toBe(MIXED_ARABIC.length);
    // Home and End keep to the line: to the start of the last one (after a space), and back.
    await page.keyboard.press('Home');
    const lineStart = await caretOffset(page);
    expect(lineStart === 0 || MIXED_ARABIC[lineStart - 1] === ' ').toBe(true);
    await page.keyboard.press('End');
    expect(await caretOffset(page)).toBe(MIXED_ARABIC.length);
    await page.keyboard.press('ControlOrMeta+Home');
    await page.keyboard.press('End');
    expect(await caretOffset(page)).toBeLessThanOrEqual(lineStart);
    await page.keyboard.press('Home');
    expect(await caretOffset(page)).toBe(0);
  });

  test('Japanese and Norwegian news prose, typed and pasted, counted by the segmenter', async () => {
    const app = await launch();
    const { page } = app;
    const [ja] = prose('ja.txt');
    const nb = prose('nb.txt');
    await page.getByRole('button', { name: 'New article' }).click();
    await pickLanguage(page, '日本語');
    await expect(body(page)).toHaveAttribute('lang', 'ja');
    await expect(body(page)).toHaveAttribute('dir', 'ltr');
    await body(page).click();
    await page.keyboard.insertText(ja!);
    await expect(body(page)).toContainText('スタンフォード大学医学部');
    // Japanese has no spaces: counting by spaces would find a handful of words.
    const words = async () => {
      const text = (await page.locator('.counts').textContent()) ?? '';
      return Number(/([\d,]+) words/.exec(text)?.[1]?.replace(/,/g, '') ?? 0);
    };
    await expect.poll(words).toBeGreaterThan(40);

    await page.getByRole('button', { name: 'New article' }).click();
    // The new article is shown once its headline takes the cursor; until then the Japanese one is.
    await expect(page.getByLabel('Headline', { exact: true })).toBeFocused();
    await pickLanguage(page, 'norsk bokmål');
    await body(page).click();
    await pastePlainText(page, nb.join('\n\n'));
    await expect(body(page)).toContainText('analyseverktøyet Crowdtangle');
    await expect(page.locator('.body-prose p')).toHaveCount(3);
    await expect(body(page)).toHaveAttribute('lang', 'nb');
  });
});
