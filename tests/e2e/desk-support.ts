// A desk for end-to-end tests: a data folder with one story, people with tokens, and windows on it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { blankPhoto } from '../../core/article/photo-fields';
import type { DeskRole } from '../../core/desk/desk-roles';
import { addDeskUser } from '../../electron/desk-server/desk-users';
import { Workspace } from '../../electron/store/workspace';
import { paragraphs } from '../unit/electron/store/temp-workspace';
import { launchApp, repoRoot, type LaunchedApp } from './harness';

export const story = {
  headline: 'Floods in the valley',
  paragraphs: ['The river rose overnight.', 'Farmers moved their herds.', 'Roads stay shut.'],
  caption: 'The bridge at dawn.',
  credit: 'Desk photo',
};

export interface Desk {
  dir: string;
  data: string;
  users: string;
  id: string;
  tokens: Record<DeskRole, string>;
  remove(): Promise<void>;
}

/** A data folder holding one story with a lead photo, and a reporter's, editor's and photo editor's token. */
export async function deskWithStory(): Promise<Desk> {
  const dir = await mkdtemp(join(tmpdir(), 'newsroom-desk-e2e-'));
  const data = join(dir, 'data');
  const users = join(dir, 'users.json');
  const tokens = {
    reporter: await addDeskUser(users, 'Rita Reporter', 'reporter'),
    editor: await addDeskUser(users, 'Ed Editor', 'editor'),
    photo: await addDeskUser(users, 'Pia Photo', 'photo'),
  };
  const ws = await Workspace.open(data);
  const { article, revision } = await ws.articles.create({ headline: story.headline });
  const file = await ws.photos.add(article.id, {
    path: join(repoRoot, '..', 'shared', 'fixtures', 'photos', 'BonTonARTSTORplusIPTC.jpg'),
  });
  await ws.articles.save(
    {
      ...article,
      body: paragraphs(...story.paragraphs),
      leadPhoto: {
        ...blankPhoto(file),
        caption: story.caption,
        credit: story.credit,
        altText: 'A bridge over a flooded river',
      },
    },
    revision,
  );
  await ws.close();
  return {
    dir,
    data,
    users,
    id: article.id,
    tokens,
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

/** A window on the desk at `url` with `token`, its workspace (the laptop's) at `laptop`. */
export function deskWindow(laptop: string, url: string, token: string): Promise<LaunchedApp> {
  return launchApp({ workspace: laptop, desk: { url, token } });
}

/** Opens the story from the desk's library and waits until its text shows. */
export async function openStory(page: Page): Promise<void> {
  await page.getByRole('button', { name: story.headline, exact: false }).first().click();
  await expect(page.getByRole('textbox', { name: 'Body' })).toContainText(story.paragraphs[0]!);
}

/** The window's body editor. */
export const bodyOf = (page: Page) => page.getByRole('textbox', { name: 'Body' });

/** Everything a window shows of the article, for comparing windows. */
export async function shownArticle(page: Page) {
  return {
    kicker: await page.getByLabel('Kicker').inputValue(),
    headline: await page.getByLabel('Headline').inputValue(),
    standfirst: await page.getByLabel('Standfirst').inputValue(),
    byline: await page.getByLabel('Byline').inputValue(),
    dateline: await page.getByLabel('Dateline').inputValue(),
    // Text only: others' carets are widgets that add a line break after a paragraph's last letter.
    body: (await bodyOf(page).locator(':scope > *').allTextContents()).join('\n'),
    caption: await photoField(page, 'Caption').inputValue(),
    credit: await photoField(page, 'Credit').inputValue(),
  };
}

/** Puts the caret at the end of body paragraph `index` (0-based). */
export async function caretAtEndOfParagraph(page: Page, index: number): Promise<void> {
  await bodyOf(page).locator('p').nth(index).click();
  await page.keyboard.press('End');
}

/** The save indicator's words. */
export const saveIndicator = (page: Page) => page.locator('.desk-indicator');

/** A field of the lead photo panel. */
export const photoField = (page: Page, label: string) =>
  page.getByRole('complementary', { name: 'Lead photo' }).getByLabel(label);

/** Clicks into a text field and moves the caret to its end. */
export async function caretAtEnd(field: Locator): Promise<void> {
  await field.click();
  await field.press('End');
}

/** Types at the end of a text field, key by key. */
export async function typeAtEnd(field: Locator, text: string, delay: number): Promise<void> {
  await caretAtEnd(field);
  await field.pressSequentially(text, { delay });
}
