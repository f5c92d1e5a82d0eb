import { mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { launchApp } from './harness';

test('More… opens the other export formats, closes on Escape, and exports the one chosen', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'newsroom-more-'));
  const exports = join(dir, 'exports');
  await mkdir(exports);
  const app = await launchApp({
    workspace: join(dir, 'ws'),
    dialogs: { save: async (options) => join(exports, options.defaultPath ?? 'out') },
  });
  try {
    const { page } = app;
    await page.getByRole('button', { name: 'New article' }).click();
    await page.getByLabel('Headline').fill('Ferry timetable changes');
    const more = page.getByRole('button', { name: 'More…' });
    const menu = page.getByRole('group', { name: 'More export formats' });
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    await expect(menu).toHaveCount(0);

    await more.click();
    await expect(more).toHaveAttribute('aria-expanded', 'true');
    await expect(menu.getByRole('button')).toHaveText([
      'Single-file HTML',
      'HTML fragment for a CMS',
      'Newsroom JSON',
      'NewsML-G2 (agency XML)',
      'NITF (agency XML)',
    ]);
    await page.keyboard.press('Escape');
    await expect(menu).toHaveCount(0);
    await more.click();
    await page.getByRole('textbox', { name: 'Body' }).click();
    await expect(menu).toHaveCount(0);
    await page.keyboard.type('Boats leave at six from Monday.');

    await more.click();
    await menu.getByRole('button', { name: 'Newsroom JSON' }).click();
    await expect(menu).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Export' })).toContainText('Exported');
    const [file] = await readdir(exports);
    expect(JSON.parse(await readFile(join(exports, file!), 'utf8'))).toMatchObject({
      headline: 'Ferry timetable changes',
    });

    // The agency formats are offered the same way and write their XML beside its photos.
    await more.click();
    await menu.getByRole('button', { name: 'NITF (agency XML)' }).click();
    await expect(page.getByRole('region', { name: 'Export' })).toContainText('Exported');
    const nitf = (await readdir(exports)).find((name) => name.endsWith('.nitf.xml'));
    expect(nitf).toBeDefined();
    const xml = await readFile(join(exports, nitf!), 'utf8');
    expect(xml).toContain('<hl1>Ferry timetable changes</hl1>');
    expect(xml).toContain('<p>Boats leave at six from Monday.</p>');
  } finally {
    await app.close();
    await rm(dir, { recursive: true, force: true });
  }
});
