import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type Page } from '@playwright/test';
import { countBody, type TextCounts } from '../../core/body/counts';
import { exportNinjs } from '../../core/export/ninjs';
import { prose } from '../support/prose';
import { pastePlainText } from './clipboard';
import { selectionTaken } from './editor-selection';
import { launchApp, repoRoot, type LaunchedApp } from './harness';

const run = promisify(execFile);

// News prose (tests/fixtures/prose), and tokens where ICU versions break words differently and
// scripts the segmenter splits (those written for this test). `words` is the rule's answer
// (core/body/word-count.ts), counted by hand.
const corpus = [
  {
    language: 'en',
    paragraphs: [
      'Read more at https://www.example.com/news/2026/story-name?id=42 today.',
      'Mail jane.doe@example.com or desk@nrk.no: a.b:c, 10:30, $1,234.56 and 3.5%.',
      "A well-known, state-of-the-art plan; don't rock'n'roll, user_name.",
      'Family 👨‍👩‍👧, flag 🇳🇴, thumbs 👍🏽 and e\u0301 with ZWJ a\u200Db.',
    ],
    words: 29,
  },
  {
    language: 'ar',
    paragraphs: [
      ...prose('ar-mixed.txt'),
      ...prose('ar.txt'),
      // Written for this test: a time in Arabic-Indic digits and the Arabic decimal separator.
      'في الساعة ١٠:٣٠ قال إن ٣٫٥ مليون شخص',
    ],
    // 16 + 38 + 36 + 27 + 8: "جاس-٣٩" and "٩:٣٠" are one word each.
    words: 125,
  },
  {
    language: 'he',
    paragraphs: [
      ...prose('he.txt'),
      // Written for this test: gershayim, geresh and a maqaf inside words, and an address.
      'צה"ל אמר כי ארה״ב ו־ג׳ורג׳ בוש, www.example.co.il',
    ],
    // 39 + 30 + 25 + 7: "9:30" is one word.
    words: 101,
  },
  {
    language: 'ja',
    paragraphs: [
      '詳しくはhttps://example.jp/をご覧ください。',
      '東京都は月曜日に新しい計画を発表した。',
    ],
    words: 19,
  },
  { language: 'th', paragraphs: ['ประเทศไทยมีฝนตกหนัก 10:30 น.'], words: 6 },
];

const body = (page: Page) => page.getByRole('textbox', { name: 'Body' });

/** The counts the window shows under the body. */
async function shownCounts(page: Page): Promise<TextCounts> {
  const text = (await page.locator('.counts').textContent()) ?? '';
  const figure = (unit: string) =>
    Number(new RegExp(`([\\d,]+) ${unit}`).exec(text)?.[1]?.replace(/,/g, '') ?? NaN);
  return { words: figure('word'), characters: figure('character') };
}

/** The body counted afresh in Node from the paragraphs the window shows. */
async function recount(page: Page, language: string): Promise<TextCounts> {
  const paragraphs = await page.locator('.body-prose > p').allTextContents();
  const content = paragraphs.map((text) => ({
    type: 'paragraph',
    ...(text ? { content: [{ type: 'text', text }] } : {}),
  }));
  return countBody({ type: 'doc', content }, language);
}

/** The counts shown once they are a full recount of the body (the live count waits for a pause). */
async function settledCounts(page: Page, language: string): Promise<TextCounts> {
  let shown: TextCounts | undefined;
  await expect
    .poll(async () => {
      const full = await recount(page, language);
      shown = await shownCounts(page);
      return JSON.stringify(shown) === JSON.stringify(full) ? 'equal' : { shown, full };
    })
    .toBe('equal');
  return shown!;
}

async function pickLanguage(page: Page, tag: string): Promise<void> {
  const field = page.getByLabel('Language', { exact: true });
  await field.click();
  await field.fill(tag);
  await field.press('Enter');
  await expect(field).toHaveValue(new RegExp(`\\(${tag}\\)$`));
}

test.describe('counts', () => {
  let dir: string;
  let app: LaunchedApp | undefined;

  test.beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'newsroom-counts-'));
    app = await launchApp({ workspace: join(dir, 'workspace') });
  });

  test.afterEach(async () => {
    await app?.close();
    await rm(dir, { recursive: true, force: true });
  });

  test('the window counts as the library, the CLI and the exports do, in every script', async () => {
    const { page } = app!;
    const shown = new Map<string, TextCounts>();
    for (const { language, paragraphs, words } of corpus) {
      await page.getByRole('button', { name: 'New article' }).click();
      await expect(page.getByLabel('Headline')).toHaveValue('');
      await expect(body(page)).toHaveText('');
      await page.getByLabel('Headline').fill(`Counts ${language}`);
      await pickLanguage(page, language);
      await expect(body(page)).toHaveAttribute('lang', language);
      await body(page).click();
      for (const [i, paragraph] of paragraphs.entries()) {
        if (i > 0) await page.keyboard.press('Enter');
        await page.keyboard.insertText(paragraph);
      }
      await expect(body(page)).toContainText(paragraphs.at(-1)!.slice(0, 8));
      const counts = await settledCounts(page, language);
      expect(counts.words, language).toBe(words);
      shown.set(`Counts ${language}`, counts);
    }
    await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();

    const ws = app!.workspace();
    const listed = new Map<string, number>();
    for (const entry of await ws.articles.list()) {
      const { article } = await ws.articles.read(entry.id);
      const inWindow = shown.get(article.headline)!;
      expect(countBody(article.body, article.language), article.language).toEqual(inWindow);
      expect(entry.words, article.language).toBe(inWindow.words);
      const ninjs = exportNinjs(article);
      const text = ninjs.bodies?.[0];
      expect([text?.wordCount, text?.charCount], article.language).toEqual([
        inWindow.words,
        inWindow.characters,
      ]);
      listed.set(entry.id, inWindow.words);
    }
    expect(listed.size).toBe(corpus.length);
    await app!.close();
    app = undefined;

    // The CLI on plain Node, as a journalist runs it.
    const { stdout } = await run(
      process.execPath,
      [join(repoRoot, 'out/main/cli.js'), 'list', '--workspace', join(dir, 'workspace'), '--json'],
      { cwd: repoRoot },
    );
    const entries = JSON.parse(stdout) as { id: string; words: number }[];
    expect(new Map(entries.map((e) => [e.id, e.words]))).toEqual(listed);
  });

  test('the live count after typing, deleting and pasting across blocks is a full recount', async () => {
    const { page } = app!;
    await page.getByRole('button', { name: 'New article' }).click();
    await body(page).click();
    const settled = () => settledCounts(page, 'en');

    await page.keyboard.type('Read more at https://www.example.com/news today.');
    await page.keyboard.press('Enter');
    await page.keyboard.type("Second well-known block, don't stop.");
    await page.keyboard.press('Enter');
    await page.keyboard.type('Third block at 10:30.');
    expect((await settled()).words).toBe(5 + 5 + 4);

    // Deleting within a word, then the break between two blocks ("stop.Third" is one word).
    for (let i = 0; i < 6; i++) await page.keyboard.press('Backspace');
    await page.keyboard.press('Home');
    await page.keyboard.press('Backspace');
    await expect(page.locator('.body-prose > p')).toHaveCount(2);
    expect((await settled()).words).toBe(5 + 7);

    // Pasting two paragraphs over a selection from the end of the first block into the second.
    const back = "Second well-known block, don't stop.".length + 1 + 'ay.'.length;
    for (let i = 0; i < back; i++) await page.keyboard.press('Shift+ArrowLeft');
    await selectionTaken(page);
    await pastePlainText(page, 'pasted jane@example.com words\n\nand a new-born paragraph 東京都');
    await expect(page.locator('.body-prose > p').nth(1)).toHaveText(
      'and a new-born paragraph 東京都Third block at ',
    );
    await expect(page.locator('.body-prose > p')).toHaveCount(2);
    await settled();

    // Undo goes back through the same states; each count is a full recount.
    await page.keyboard.press('ControlOrMeta+z');
    await settled();
    await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
    const [entry] = await app!.workspace().articles.list();
    const { article } = await app!.workspace().articles.read(entry!.id);
    expect(countBody(article.body, article.language)).toEqual(await shownCounts(page));
  });
});
