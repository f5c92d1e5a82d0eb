import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { PREVIEW_MAX_SIDE, previewFileName } from '../../core/photo/preview';
import { launchApp, repoRoot } from './harness';

test('a 20-megapixel camera original attaches and the panel shows its downscaled preview', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'newsroom-photo-large-'));
  const camera = join(dir, 'IMG_4021.JPG');
  // A real 5472 × 3648 JPEG, as a 20 MP camera writes it.
  await writeFile(
    camera,
    await sharp({ create: { width: 5472, height: 3648, channels: 3, background: '#7a8c99' } })
      .jpeg({ quality: 90 })
      .toBuffer(),
  );
  const app = await launchApp({
    workspace: join(dir, 'workspace'),
    dialogs: { open: async () => [camera], save: async () => undefined },
  });
  try {
    const { page } = app;
    await page.getByRole('button', { name: 'New article' }).click();
    await page.getByLabel('Headline').fill('Harvest');
    await page.getByRole('button', { name: 'Attach photo' }).click();
    const panel = page.getByRole('complementary', { name: 'Lead photo' });
    await expect(panel).toContainText('IMG_4021.jpg · 5472 × 3648');
    const image = panel.locator('img');
    await expect(image).toHaveAttribute(
      'src',
      new RegExp(`${encodeURIComponent(previewFileName('IMG_4021.jpg')).replace(/\./g, '\\.')}$`),
    );
    await expect(image).toHaveAttribute('decoding', 'async');
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBe(PREVIEW_MAX_SIDE);
    // The window kept working: typing still lands while the photo is shown.
    await page.getByLabel('Kicker').fill('Farming');
    await expect(page.getByLabel('Kicker')).toHaveValue('Farming');
  } finally {
    await app.close();
    await rm(dir, { recursive: true, force: true });
  }
});

test('the panel shows the headline embedded in the attached photo', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'newsroom-photo-headline-'));
  const staff = join(repoRoot, '../shared/fixtures/photos/iptc-staff-photographer-example.jpg');
  const app = await launchApp({
    workspace: join(dir, 'workspace'),
    dialogs: { open: async () => [staff], save: async () => undefined },
  });
  try {
    const { page } = app;
    await page.getByRole('button', { name: 'New article' }).click();
    await page.getByRole('button', { name: 'Attach photo' }).click();
    const panel = page.getByRole('complementary', { name: 'Lead photo' });
    await expect(panel).toContainText('Headline in the file: Farmer planting onions');
    await expect(panel.getByText('from file')).toHaveCount(4);
    await panel.getByRole('button', { name: 'Remove photo' }).click();
    await expect(panel).not.toContainText('Headline in the file');
  } finally {
    await app.close();
    await rm(dir, { recursive: true, force: true });
  }
});
