// The core flow against the real Electron app (main.ts, preload, app:// protocol, menus),
// skipped where no Electron binary is installed. The same flow runs in Chromium through the
// harness in editor-flow.spec.ts.
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { repoRoot } from './harness';

/** The Electron executable, found the way the electron package does, without importing it. */
function electronBinary(): string | null {
  const override = process.env['ELECTRON_OVERRIDE_DIST_PATH'];
  const pkg = join(repoRoot, 'node_modules', 'electron');
  const pathFile = join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(override ?? join(pkg, 'dist'), readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();
const mainJs = join(repoRoot, 'out', 'main', 'main.js');

test.describe('Electron app', () => {
  test.skip(
    binary === null,
    'No Electron binary in node_modules/electron (path.txt / dist missing): run `npx install-electron` where downloads are allowed.',
  );

  let dir: string;
  test.beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'newsroom-electron-'));
  });
  test.afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const launch = (workspace: string): Promise<ElectronApplication> =>
    electron.launch({
      executablePath: binary!,
      args: [mainJs, `--user-data-dir=${join(dir, 'user-data')}`, '--workspace', workspace],
      cwd: repoRoot,
      // Keeps settings.json and window-state.json out of the real profile (Linux reads XDG_CONFIG_HOME).
      env: { ...process.env, XDG_CONFIG_HOME: join(dir, 'config') },
    });

  test('create, type, save, quit, reopen', async () => {
    test.skip(!existsSync(mainJs), 'Build first: npm run build');
    const workspace = join(dir, 'workspace');

    let app = await launch(workspace);
    let page = await app.firstWindow();
    expect(page.url()).toBe('app://newsroom/index.html');
    // The sandboxed page has the bridge and nothing of Node.
    expect(
      await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require),
    ).toBe('undefined');
    expect(
      await page.evaluate(() => Object.keys((window as unknown as { newsroom: object }).newsroom)),
    ).toContain('article:save');

    await page.getByRole('button', { name: 'New article' }).click();
    await page.getByLabel('Headline').fill('Harbour budget approved');
    await page
      .getByRole('textbox', { name: 'Body' })
      .pressSequentially('The council voted late on Tuesday.');
    await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
    await app.close();

    const folders = (await readdir(workspace)).filter((name) => name.includes('--'));
    expect(folders).toHaveLength(1);
    const saved = JSON.parse(
      await readFile(join(workspace, folders[0]!, 'article.json'), 'utf8'),
    ) as {
      headline: string;
    };
    expect(saved.headline).toBe('Harbour budget approved');

    // Second run: the last article comes back with what was typed.
    app = await launch(workspace);
    page = await app.firstWindow();
    await expect(page.getByLabel('Headline')).toHaveValue('Harbour budget approved');
    await expect(page.getByRole('textbox', { name: 'Body' })).toHaveText(
      'The council voted late on Tuesday.',
    );
    await app.close();
  });
});
