import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { BodyJSON } from '../../core/body/schema';
import { Workspace } from '../../electron/store/workspace';
import { spellingSentences } from '../support/spelling-sentences';
import { prose } from '../support/prose';
import { harnessOrigin, launchApp, type LaunchedApp } from './harness';

const origin = `${harnessOrigin}/`;
const body = (page: Page) => page.getByRole('textbox', { name: 'Body' });
const paragraph = (text: string): BodyJSON => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});
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
    await page.keyboard.press('Enter');
    await page.keyboard.type('A second paragraf, in **bold**: ');
    await page.keyboard.press('Control+b');
    await page.keyboard.type('Tuesdy');
    await page.keyboard.press('Control+b');
    await page.keyboard.type(' morning.');
    await expect(underlined(page, 'goverment')).toHaveCount(1);
    await expect(underlined(page, 'paragraf')).toHaveCount(1);
    await expect(underlined(page, 'Tuesdy')).toHaveCount(1);
    await expect(page.locator('.body-prose .misspelled')).toHaveCount(3);
    // Chromium's own checker is off, so it cannot underline a second time or call out.
    await expect(body(page)).toHaveAttribute('spellcheck', 'false');

    await underlined(page, 'goverment').click({ button: 'right' });
    const menu = page.getByRole('menu', { name: /Spelling of “goverment”/ });
    await menu.getByRole('menuitem', { name: 'government', exact: true }).click();
    await expect(body(page)).toContainText('The government said the ferry');
    await expect(underlined(page, 'goverment')).toHaveCount(0);
    await expect(page.locator('.body-prose .misspelled')).toHaveCount(2);
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

  test('checks each article in its own language, and says quietly when there is no dictionary', async () => {
    test.setTimeout(300_000);
    // Sentences written for this test, each with one deliberate misspelling; the Arabic article is
    // news prose (tests/fixtures/prose/ar.txt) under a phrase of its first sentence.
    const articles = [
      {
        headline: 'Statsbudsjettet',
        language: 'nb',
        text: 'Regjeringen la tirsdag fram et nytt statsbudjsett, opplyser departementet.',
        wrong: 'statsbudjsett',
      },
      {
        headline: 'Der Plan',
        language: 'de',
        text: 'Die Regirung hat am Dienstag einen neuen Plan vorgelegt, teilte das Ministerium mit.',
        wrong: 'Regirung',
      },
      {
        headline: 'The budget',
        language: 'en-GB',
        text: 'The harbour office said the goverment would publish its budget on Tuesday.',
        wrong: 'goverment',
      },
    ];
    const ws = await Workspace.open(join(dir, 'workspace'));
    for (const { headline, language, text } of articles) {
      await ws.articles.create({ headline, language, body: paragraph(text) });
    }
    await ws.articles.create({
      headline: 'أداة تشخيصية جديدة',
      language: 'ar',
      body: paragraph(prose('ar.txt')[0]!),
    });
    await ws.close();

    const { page } = await launch();
    const library = page.getByRole('navigation', { name: 'Library' });
    for (const { headline, wrong } of articles) {
      await library.getByRole('button', { name: headline, exact: true }).click();
      // A dictionary loads on its language's first check (seconds on a busy machine).
      await expect(underlined(page, wrong)).toHaveCount(1, { timeout: 60_000 });
      await expect(page.locator('.body-prose .misspelled')).toHaveCount(1);
      await expect(page.getByRole('note')).toHaveCount(0);
    }
    await library.getByRole('button', { name: 'أداة تشخيصية جديدة', exact: true }).click();
    await expect(page.getByRole('note')).toHaveText(
      'Spelling is not checked: no spelling dictionary for “ar”.',
    );
    await expect(page.locator('.body-prose .misspelled')).toHaveCount(0);
  });

  test('accepts German compounds and checks the languages only Hunspell loads, fixing by suggestion', async () => {
    test.setTimeout(600_000);
    const ws = await Workspace.open(join(dir, 'workspace'));
    for (const { language, sentence, right, wrong } of spellingSentences) {
      await ws.articles.create({
        headline: `Spelling ${language}`,
        language,
        body: paragraph(sentence.replace(right, wrong)),
      });
    }
    await ws.close();

    const { page } = await launch();
    const requests: string[] = [];
    page.context().on('request', (request) => requests.push(request.url()));
    const library = page.getByRole('navigation', { name: 'Library' });
    for (const { language, sentence, right, wrong } of spellingSentences) {
      await library.getByRole('button', { name: `Spelling ${language}`, exact: true }).click();
      // A dictionary loads on its language's first check (Basque's takes seconds on a busy machine).
      await expect(underlined(page, wrong)).toHaveCount(1, { timeout: 90_000 });
      await expect(page.locator('.body-prose .misspelled')).toHaveCount(1);
      await underlined(page, wrong).click({ button: 'right' });
      const menu = page.getByRole('menu', { name: `Spelling of “${wrong}”` });
      await menu.getByRole('menuitem', { name: right, exact: true }).click();
      await expect(body(page)).toHaveText(sentence);
      await expect(page.locator('.body-prose .misspelled')).toHaveCount(0);
      await expect(page.getByRole('note')).toHaveCount(0);
    }
    expect(requests.filter((url) => !url.startsWith(origin))).toEqual([]);
  });

  test('underlines the headline and standfirst, which stay labelled text fields', async () => {
    const { page } = await launch();
    await page.getByRole('button', { name: 'New article' }).click();
    await page.getByLabel('Headline').fill('Council aproves the harbor budget');
    await page.getByLabel('Standfirst').fill('The vote passed after six ours of debaet.');
    const misspelled = () =>
      page.evaluate(() =>
        [...(CSS.highlights.get('spelling') ?? [])].map((range) => range.toString()),
      );
    await expect.poll(misspelled).toEqual(['aproves', 'debaet']);

    // The menu opens where the word is drawn; the suggestion is typed into the field.
    const box = await page.evaluate(() => {
      const range = [...(CSS.highlights.get('spelling') ?? [])][0] as Range;
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await page.mouse.click(box.x, box.y, { button: 'right' });
    await page.getByRole('menuitem', { name: 'approves', exact: true }).click();
    await expect(page.getByLabel('Headline')).toHaveValue('Council approves the harbor budget');
    await expect.poll(misspelled).toEqual(['debaet']);
    await page.keyboard.press('Control+z');
    await expect(page.getByLabel('Headline')).toHaveValue('Council aproves the harbor budget');
    await expect(page.getByLabel('Headline')).toHaveAttribute('spellcheck', 'false');
  });

  test('draws underlines near what is shown of a long article, and the rest as it scrolls into view', async () => {
    // 300 paragraphs, each with one misspelling numbered by its place, so a reader finds them.
    const sentence = 'The council met on Tuesday and the mayor said the ferry would run again.';
    const paragraphs = Array.from({ length: 300 }, (_, i) => ({
      type: 'paragraph',
      content: [
        { type: 'text', text: `${sentence} ${sentence} Paragraph ${i + 1} has one goverment.` },
      ],
    }));
    const ws = await Workspace.open(join(dir, 'workspace'));
    await ws.articles.create({
      headline: 'A long article',
      language: 'en',
      body: { type: 'doc', content: paragraphs } as BodyJSON,
    });
    await ws.close();

    const { page } = await launch();
    await page
      .getByRole('navigation', { name: 'Library' })
      .getByRole('button', { name: 'A long article', exact: true })
      .click();
    const marks = page.locator('.body-prose .misspelled');
    const lastParagraph = page.locator('.body-prose p').last();
    await expect(marks.first()).toBeVisible({ timeout: 30_000 });
    // Only the start is drawn: far fewer than the 300 misspellings.
    const drawnAtTop = await marks.count();
    expect(drawnAtTop).toBeGreaterThan(5);
    expect(drawnAtTop).toBeLessThan(150);
    await expect(lastParagraph.locator('.misspelled')).toHaveCount(0);

    // Scrolled to the end, the last paragraph's misspelling is underlined and its menu works.
    await lastParagraph.scrollIntoViewIfNeeded();
    await expect(lastParagraph.locator('.misspelled')).toHaveText('goverment');
    await lastParagraph.locator('.misspelled').click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'government', exact: true }).click();
    await expect(lastParagraph).toContainText('Paragraph 300 has one government.');
    await expect(lastParagraph.locator('.misspelled')).toHaveCount(0);
    await expect(page.locator('.body-prose p').first().locator('.misspelled')).toHaveCount(0);
  });
});
