import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { bodyText } from '../../core/body/counts';
import { Workspace } from '../../electron/store/workspace';
import { launchApp } from './harness';

/** The article as it is on disk right now, read through the real store. */
async function onDisk(workspace: string) {
  const ws = await Workspace.open(workspace, { lock: false });
  try {
    const [entry] = await ws.articles.list();
    const { article } = await ws.articles.read(entry!.id);
    return article;
  } finally {
    await ws.close();
  }
}

test.describe('saving without waiting for autosave', () => {
  let dir: string;

  test.beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'newsroom-save-'));
  });

  test.afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('closing the window right after typing keeps the last keystrokes', async () => {
    const workspace = join(dir, 'workspace');
    const app = await launchApp({ workspace });
    await app.page.getByRole('button', { name: 'New article' }).click();
    await app.page.getByLabel('Headline').fill('Ferry strike ends');
    await app.page.getByRole('textbox', { name: 'Body' }).click();
    await app.page.keyboard.type('Crews return at dawn');
    // No wait for "Saved": close() sends app:before-close the way the window does.
    await app.close();

    const article = await onDisk(workspace);
    expect(article.headline).toBe('Ferry strike ends');
    expect(bodyText(article.body)).toBe('Crews return at dawn');
  });

  test('opening an article and leaving it unedited does not save it', async () => {
    const workspace = join(dir, 'workspace');
    const ws = await Workspace.open(workspace, { lock: false });
    const created = await ws.articles.create({ headline: 'Harbour reopens' });
    await ws.close();

    const app = await launchApp({ workspace });
    await app.page
      .getByRole('navigation', { name: 'Library' })
      .getByRole('button', { name: 'Harbour reopens', exact: true })
      .click();
    await expect(app.page.getByLabel('Headline')).toHaveValue('Harbour reopens');
    await expect(app.page.getByRole('textbox', { name: 'Body' })).toBeVisible();
    // Closing flushes any pending autosave, so a spurious "change" at open would be written now.
    await app.close();

    const article = await onDisk(workspace);
    expect(article.updated).toBe(created.article.updated);
  });
});
