import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { endExifTool, exifTool } from '../../electron/photos/exiftool-process';
import { launchApp, repoRoot } from './harness';

const fixtures = resolve(repoRoot, '../shared/fixtures/photos');
const staffPhoto = join(fixtures, 'iptc-staff-photographer-example.jpg');
const bonTon = join(fixtures, 'BonTonARTSTORplusIPTC.jpg');
const screenshots = join(repoRoot, 'tests', 'e2e', 'screenshots');

test('photo desk: prefilled metadata, inline photos, metadata written into exported copies', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'newsroom-photo-desk-'));
  const exports = join(dir, 'exports');
  await mkdir(exports);
  const app = await launchApp({
    workspace: join(dir, 'workspace'),
    dialogs: {
      open: async () => [staffPhoto],
      save: async (options) => join(exports, options.defaultPath ?? 'out'),
    },
  });
  const exiftool = exifTool();
  try {
    const { page } = app;
    await page.getByRole('button', { name: 'New article' }).click();
    await page.getByLabel('Headline').fill('Leeks and onions go in early this year');
    const body = page.getByRole('textbox', { name: 'Body' });
    await body.click();
    await page.keyboard.type(
      'Farmers on the plain started planting two weeks ahead of the calendar.',
    );

    // Lead photo: values embedded in the file are prefilled and marked.
    await page.getByRole('button', { name: 'Attach photo' }).click();
    const panel = page.getByRole('complementary', { name: 'Lead photo' });
    await expect(panel.getByLabel('Caption')).toHaveValue(/^After digging the furrows/);
    await expect(panel.getByLabel('Credit')).toHaveValue('Big Newspaper');
    await expect(panel.getByLabel('Photographer')).toHaveValue('John Doe');
    await expect(panel.getByText('from file')).toHaveCount(4);
    await panel
      .getByLabel('Caption')
      .fill('Jim Moore sets leeks by hand near Ely on Tuesday. (Staff/John Doe)');
    await expect(panel.getByText('from file')).toHaveCount(3);
    // The caption ends with a credit: the panel offers to move it.
    await panel.getByRole('button', { name: 'Move to Credit' }).click();
    await expect(panel.getByLabel('Caption')).toHaveValue(
      'Jim Moore sets leeks by hand near Ely on Tuesday.',
    );
    await expect(panel.getByLabel('Credit')).toHaveValue('Staff/John Doe');
    await panel.getByLabel('Alt text').fill('A farmer bends over a furrow beside a red tractor.');

    // Inline photo from the toolbar, then edited in its dialog.
    await page.getByRole('button', { name: 'Insert photo' }).click();
    const figures = body.locator('figure');
    await expect(figures).toHaveCount(1);
    await expect
      .poll(() =>
        figures
          .first()
          .locator('img')
          .evaluate((img: HTMLImageElement) => img.naturalWidth),
      )
      .toBeGreaterThan(0);
    await figures.first().hover();
    await figures.first().getByRole('button', { name: 'Edit inline photo' }).click();
    const dialog = page.getByRole('dialog', { name: 'Photo in the body' });
    await dialog.getByLabel('Caption').fill('The tractor opens ten more yards of furrow.');
    await dialog.getByLabel('Alt text').fill('A red tractor in a bare field.');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(figures.first()).toContainText('The tractor opens ten more yards of furrow.');

    // A second inline photo dropped into the body as a file.
    const bytes = [...(await readFile(bonTon))];
    await body.evaluate((el, data) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], 'bon-ton.jpg', { type: 'image/jpeg' }));
      const box = el.getBoundingClientRect();
      el.dispatchEvent(
        new DragEvent('drop', {
          dataTransfer: transfer,
          bubbles: true,
          cancelable: true,
          clientX: box.left + 30,
          clientY: box.bottom - 10,
        }),
      );
    }, bytes);
    await expect(figures).toHaveCount(2);
    await expect(figures.nth(1)).toContainText('Do you know your lesson?');

    await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
    await mkdir(screenshots, { recursive: true });
    await page.screenshot({ path: join(screenshots, 'photo-desk.png') });

    // Export: every photo copy carries the article's caption and credit.
    await page.getByRole('button', { name: 'Export as HTML' }).click();
    await expect(page.getByRole('region', { name: 'Export' })).toContainText('Exported as HTML');
    const folder = join(exports, 'leeks-and-onions-go-in-early-this-year');
    const copies = (await readdir(folder, { recursive: true }))
      .filter((f) => /\.jpe?g$/i.test(f))
      .map((f) => join(folder, f));
    expect(copies.length).toBeGreaterThanOrEqual(2);
    const captions: string[] = [];
    for (const copy of copies) {
      const tags = await exiftool.read(copy);
      captions.push(String(tags.Description ?? ''));
      expect(String(tags['Caption-Abstract'] ?? '')).not.toBe('');
    }
    expect(captions).toContain('Jim Moore sets leeks by hand near Ely on Tuesday.');
    expect(captions).toContain('The tractor opens ten more yards of furrow.');
    const leadCopy = copies[captions.indexOf('Jim Moore sets leeks by hand near Ely on Tuesday.')]!;
    expect((await exiftool.read(leadCopy)).Credit).toBe('Staff/John Doe');

    // The desk's credits come back as suggestions (loaded at an idle moment) when an article opens.
    await page.getByRole('button', { name: 'New article' }).click();
    await page
      .getByRole('button', { name: 'Leeks and onions go in early this year', exact: true })
      .click();
    // The dropped photo's embedded credit is not one of the default suggestions. (The staff photo's
    // two uses end with whichever credit its inline copy recalled, which depends on whether an
    // autosave came before it was inserted.)
    await expect(
      page.locator(
        'datalist option[value="Allan Kohl; Minneapolis College of Art & Design Visual Resource Collection"]',
      ),
    ).toHaveCount(1);
  } finally {
    await app.close();
    await endExifTool();
    await rm(dir, { recursive: true, force: true });
  }
});

test('a photo dropped on the lead photo panel is attached with its embedded metadata', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'newsroom-photo-drop-'));
  const app = await launchApp({ workspace: join(dir, 'workspace') });
  try {
    const { page } = app;
    await page.getByRole('button', { name: 'New article' }).click();
    const panel = page.getByRole('complementary', { name: 'Lead photo' });
    const bytes = [...(await readFile(bonTon))];
    await panel.evaluate((el, data) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], 'gazette.jpg', { type: 'image/jpeg' }));
      for (const type of ['dragenter', 'dragover', 'drop']) {
        el.dispatchEvent(
          new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }),
        );
      }
    }, bytes);
    await expect(panel.getByLabel('Photographer')).toHaveValue('Allan Kohl');
    await expect(panel.getByLabel('Caption')).toHaveValue(/^Do you know your lesson\?/);
    const img = panel.locator('img');
    await expect
      .poll(() => img.evaluate((i: HTMLImageElement) => i.naturalWidth))
      .toBeGreaterThan(0);
    await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
    const saved = (await app.workspace().articles.read((await app.workspace().lastArticle.get())!))
      .article;
    expect(saved.leadPhoto?.photographer).toBe('Allan Kohl');
  } finally {
    await app.close();
    await rm(dir, { recursive: true, force: true });
  }
});
