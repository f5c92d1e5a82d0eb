import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { launchApp } from './harness';

// React reports every commit to the DevTools hook, in production builds too: count them.
function installCommitCounter(): void {
  const w = window as unknown as { __commits: number; __REACT_DEVTOOLS_GLOBAL_HOOK__: unknown };
  w.__commits = 0;
  w.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject: () => 1,
    onCommitFiberRoot: () => {
      w.__commits += 1;
    },
    onCommitFiberUnmount: () => undefined,
    onPostCommitFiberRoot: () => undefined,
    checkDCE: () => undefined,
  };
}

test('typing in the body does not re-render React on every keystroke', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'newsroom-typing-'));
  const app = await launchApp({ workspace: join(dir, 'ws') });
  try {
    const { page } = app;
    await page.addInitScript(installCommitCounter);
    await page.reload();
    await page.locator('.app[aria-busy="false"]').waitFor();
    await page.getByRole('button', { name: 'New article' }).click();
    const body = page.getByRole('textbox', { name: 'Body' });
    await body.click();
    await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();

    const text = 'The harbour budget passed late on Tuesday after six hours.';
    const before = await page.evaluate(
      () => (window as unknown as { __commits: number }).__commits,
    );
    await page.keyboard.type(text);
    await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
    await expect(page.getByRole('main').getByText(/^\d+ words$/)).toHaveText('10 words');
    const commits =
      (await page.evaluate(() => (window as unknown as { __commits: number }).__commits)) - before;
    // Status changes, undo state and the word count commit a handful of times; keystrokes do not.
    expect(commits).toBeGreaterThan(0);
    expect(commits).toBeLessThan(text.length / 3);
  } finally {
    await app.close();
    await rm(dir, { recursive: true, force: true });
  }
});
