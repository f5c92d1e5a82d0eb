import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { launchApp, repoRoot } from './harness';

const docx = join(repoRoot, 'tests', 'fixtures', 'docx', 'libreoffice', 'feature-story.docx');

test('a Word document imports by Import… and by a drop, with its pictures and notes', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'newsroom-import-docx-'));
  const app = await launchApp({
    workspace: join(dir, 'workspace'),
    dialogs: { open: async () => [docx] },
  });
  try {
    const { page } = app;
    await app.emit('menu:command', 'import');
    await expect(page.getByLabel('Headline')).toHaveValue(
      'Leeks and onions go in early after a mild winter',
    );
    await expect(page.getByLabel('Standfirst')).toHaveValue(
      /^Growers in the valley are planting weeks ahead/,
    );
    await expect(page.getByLabel('Byline')).toHaveValue('Jane Furrow');
    await expect(page.getByLabel('Dateline')).toHaveValue('KINGSBURY');
    const body = page.getByRole('textbox', { name: 'Body' });
    await expect(body.locator('h2')).toHaveText('What the growers say');
    await expect(body.locator('strong').first()).toHaveText('never');
    await expect(body.locator('ul li')).toHaveCount(3);
    await expect(body.locator('blockquote')).toContainText('A single night at minus five');
    // Both pictures are inline photos, shown from the article's own photos folder.
    await expect(body.locator('figure img')).toHaveCount(2);
    await expect(body.locator('figure').first()).toContainText('Big Newspaper/John Doe');
    await expect
      .poll(() =>
        body
          .locator('figure img')
          .last()
          .evaluate((img: HTMLImageElement) => img.naturalWidth),
      )
      .toBeGreaterThan(0);
    const panel = page.getByRole('region', { name: 'What went where' });
    await expect(panel).toContainText('Imported from Word (.docx)');
    await expect(panel).toContainText('comment by Desk Editor left out');
    await expect(panel).toContainText('tracked deletion by Sub Editor left out: "nearly"');

    // A dropped .docx carries its pictures inside it: nothing is left out.
    const bytes = [...(await readFile(docx))];
    const dataTransfer = await page.evaluateHandle((data) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], 'story.docx'));
      return transfer;
    }, bytes);
    await page.getByRole('navigation', { name: 'Library' }).dispatchEvent('drop', { dataTransfer });
    await expect.poll(async () => (await app.workspace().articles.list()).length).toBe(2);
    await expect(body.locator('figure img')).toHaveCount(2);
    await expect(panel).not.toContainText('left out: a dropped file');
  } finally {
    await app.close();
    await rm(dir, { recursive: true, force: true });
  }
});
