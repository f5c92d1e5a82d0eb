// Renders assets/icon.svg to the 512x512 assets/icon.png electron-builder packages.
// Run after editing the SVG: node --import tsx assets/render-icon.ts
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';

const here = import.meta.dirname;
const svg = await readFile(path.join(here, 'icon.svg'), 'utf8');
const browser = await chromium.launch({
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 512, height: 512 } });
  await page.setContent(`<body style="margin:0;background:transparent">${svg}</body>`);
  const png = await page.locator('svg').screenshot({ omitBackground: true });
  await writeFile(path.join(here, 'icon.png'), png);
} finally {
  await browser.close();
}
