import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

// Without the background-networking flags Chromium keeps dialling out on a closed network.
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const debianChromium = '/usr/bin/chromium';

/** Debian's Chromium where it is installed, else the one `npx playwright install chromium` fetched. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    ...(existsSync(debianChromium) ? { executablePath: debianChromium } : {}),
    args: chromiumArgs,
  });
}
