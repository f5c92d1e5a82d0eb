import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadSettings, saveSettings } from '../../../../electron/shell/app-settings';

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'newsroom-settings-'));
  file = path.join(dir, 'settings.json');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('app settings', () => {
  it('starts empty without a warning on first run', async () => {
    expect(await loadSettings(file)).toEqual({ settings: {}, warning: null });
  });

  it('remembers the workspace across runs, written atomically', async () => {
    await saveSettings(file, { workspace: '/home/ana/Newsroom' });
    expect(await loadSettings(file)).toEqual({
      settings: { workspace: '/home/ana/Newsroom' },
      warning: null,
    });
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ workspace: '/home/ana/Newsroom' });
    expect(await readdir(dir)).toEqual(['settings.json']);
  });

  it('ignores a broken file with a warning naming it', async () => {
    await writeFile(file, '{ not json');
    const loaded = await loadSettings(file);
    expect(loaded.settings).toEqual({});
    expect(loaded.warning).toContain(file);
    expect(loaded.warning).toMatch(/not valid JSON/);
  });

  it('refuses a relative or NUL-bearing workspace path', async () => {
    await writeFile(file, JSON.stringify({ workspace: 'relative/dir' }));
    expect((await loadSettings(file)).warning).toMatch(/workspace not an absolute path/);
    await writeFile(file, JSON.stringify({ workspace: '/a\u0000b' }));
    expect((await loadSettings(file)).settings).toEqual({});
    await expect(saveSettings(file, { workspace: 'rel' })).rejects.toThrow();
  });

  it('drops keys it does not know (a newer version may add some)', async () => {
    await writeFile(file, JSON.stringify({ workspace: '/w', theme: 'dark' }));
    expect((await loadSettings(file)).settings).toEqual({ workspace: '/w' });
  });
});

describe('first save', () => {
  it('creates the user-data folder when it does not exist yet', async () => {
    const nested = path.join(dir, 'not', 'yet', 'settings.json');
    await saveSettings(nested, { workspace: '/w' });
    expect((await loadSettings(nested)).settings).toEqual({ workspace: '/w' });
  });
});
