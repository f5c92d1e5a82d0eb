// The core flow against the real Electron app (main.ts, preload, app:// protocol, menus),
// skipped where no Electron binary is installed. The same flow runs in Chromium through the
// harness in editor-flow.spec.ts.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { ninjsErrors } from '../../core/export/ninjs';
import { electronRuntime } from '../../scripts/electron-runtime';
import { repoRoot } from './harness';

const runtime = electronRuntime(join(repoRoot, 'node_modules', 'electron'));
const binary = runtime.installed ? runtime.binary : null;
const skipReason = `No Electron ${runtime.version} runtime at ${runtime.binary}: the Electron app tests are skipped. Run \`npx install-electron\` (or \`npm start\`, which downloads it) where downloads are allowed.`;
// Said once, when the runner collects the tests (workers load the file again), so a run that
// skipped the real-Electron tests cannot pass for one that ran them.
if (binary === null && process.env['TEST_WORKER_INDEX'] === undefined) {
  console.warn(`WARNING: ${skipReason}`);
}
const mainJs = join(repoRoot, 'out', 'main', 'main.js');

test.describe('Electron app', () => {
  test.skip(binary === null, skipReason);

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

  test('attach a photo with caption and credit, export HTML and ninjs', async () => {
    test.skip(!existsSync(mainJs), 'Build first: npm run build');
    const workspace = join(dir, 'workspace');
    const exports = join(dir, 'exports');
    await mkdir(exports);
    const photo = resolve(
      repoRoot,
      '../shared/fixtures/photos/iptc-staff-photographer-example.jpg',
    );

    const app = await launch(workspace);
    // Native dialogs answer from the test, in the main process where they live.
    await app.evaluate(
      ({ dialog }, paths) => {
        dialog.showOpenDialog = (async () => ({
          canceled: false,
          filePaths: [paths.photo],
        })) as typeof dialog.showOpenDialog;
        dialog.showSaveDialog = (async (...args: unknown[]) => {
          const options = args[args.length - 1] as { defaultPath?: string };
          const name = (options.defaultPath ?? 'export').split(/[\\/]/).pop()!;
          return { canceled: false, filePath: `${paths.exports}/${name}` };
        }) as typeof dialog.showSaveDialog;
      },
      { photo, exports },
    );
    const page = await app.firstWindow();
    await page.getByRole('button', { name: 'New article' }).click();
    await page.getByLabel('Headline').fill('Onion planting starts early');
    await page.getByRole('textbox', { name: 'Body' }).pressSequentially('Farmers began on Monday.');
    await page.getByRole('button', { name: 'Attach photo' }).click();
    const panel = page.getByRole('complementary', { name: 'Lead photo' });
    await expect(panel.getByLabel('Credit')).toHaveValue('Big Newspaper');
    await panel.getByLabel('Caption').fill('Jim Moore sets leeks by hand.');
    await panel.getByLabel('Alt text').fill('A farmer bending over a furrow behind a tractor.');
    await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
    // The preview comes through the app:// media protocol.
    await expect
      .poll(() => panel.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Export as HTML' }).click();
    await expect(page.getByRole('region', { name: 'Export' })).toContainText('Exported as HTML');
    const html = await readFile(join(exports, 'onion-planting-starts-early', 'index.html'), 'utf8');
    const figure = /<figure[\s\S]*?<\/figure>/.exec(html)?.[0] ?? '';
    expect(figure).toContain('Jim Moore sets leeks by hand.');
    expect(figure).toContain('Big Newspaper');

    await page.getByRole('button', { name: 'Export as ninjs JSON' }).click();
    await expect(page.getByRole('region', { name: 'Export' })).toContainText(
      'Exported as ninjs JSON',
    );
    const ninjsFile = (await readdir(exports)).find((f) => f.endsWith('.json'));
    const ninjs = JSON.parse(await readFile(join(exports, ninjsFile!), 'utf8')) as unknown;
    expect(ninjsErrors(ninjs)).toEqual([]);
    await app.close();
  });
});
