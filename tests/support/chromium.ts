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
  // Chromium 156 opens its address bar's WebUI popups in a renderer of their own for every window
  // (context): work a bare page or an Electron window never does, which cold-start timed.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
];

const debianChromium = '/usr/bin/chromium';

/** Debian's Chromium where it is installed, else the one `npx playwright install chromium` fetched. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    ...(existsSync(debianChromium) ? { executablePath: debianChromium } : {}),
    args: chromiumArgs,
  });
}
