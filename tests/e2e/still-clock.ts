import { expect, type Locator, type Page } from '@playwright/test';

/** Stops the page's installed clock: no timer fires until the test moves or resumes it. */
export async function pauseClock(page: Page): Promise<void> {
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 50));
}

/** Installs the page's fake clock and stops it. */
export async function stopClock(page: Page): Promise<void> {
  await page.clock.install();
  await pauseClock(page);
}

/**
 * Waits until `locator` shows while the page's installed clock stands still (autosave cannot run):
 * frames are drawn only as the fake clock moves, 20 ms a look, far below the autosave delay.
 */
export async function visibleWhileClockStands(page: Page, locator: Locator): Promise<void> {
  await expect
    .poll(async () => {
      await page.clock.runFor(20);
      return locator.isVisible();
    })
    .toBe(true);
}
