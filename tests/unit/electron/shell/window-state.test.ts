import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  defaultWindowSize,
  loadWindowState,
  restoreBounds,
  saveWindowState,
  type Rect,
  type WindowState,
} from '../../../../electron/shell/window-state';

const laptop: Rect = { x: 0, y: 0, width: 1440, height: 900 };
const rightMonitor: Rect = { x: 1440, y: 0, width: 2560, height: 1440 };
const state = (bounds: Rect, maximized = false): WindowState => ({
  bounds,
  maximized,
  fullScreen: false,
});

describe('restoreBounds', () => {
  it('centres the default size on the primary display on first run', () => {
    expect(restoreBounds(null, [laptop], laptop).bounds).toEqual({
      x: (1440 - defaultWindowSize.width) / 2,
      y: (900 - defaultWindowSize.height) / 2,
      ...defaultWindowSize,
    });
  });

  it('shrinks the default size to a small screen', () => {
    const small: Rect = { x: 0, y: 0, width: 1024, height: 700 };
    expect(restoreBounds(null, [small], small).bounds).toEqual(small);
  });

  it('keeps saved bounds that are on a display', () => {
    const saved = { x: 1600, y: 100, width: 1200, height: 900 };
    expect(restoreBounds(state(saved, true), [laptop, rightMonitor], laptop)).toEqual({
      bounds: saved,
      maximized: true,
      fullScreen: false,
    });
  });

  it('brings back a window whose monitor was unplugged', () => {
    const saved = { x: 2000, y: 200, width: 1000, height: 700 };
    const restored = restoreBounds(state(saved), [laptop], laptop).bounds;
    expect(restored).toEqual({ x: 220, y: 100, width: 1000, height: 700 });
  });

  it('pulls a half-visible window fully onto its display and shrinks it to fit', () => {
    const restored = restoreBounds(
      state({ x: 1200, y: -10, width: 2000, height: 1200 }),
      [laptop],
      laptop,
    ).bounds;
    expect(restored).toEqual({ x: 0, y: 0, width: 1440, height: 900 });
  });

  it('does not trust a window whose title bar is off screen', () => {
    const restored = restoreBounds(
      state({ x: 100, y: -500, width: 800, height: 600 }),
      [laptop],
      laptop,
    ).bounds;
    expect(restored).toEqual({ x: 320, y: 150, width: 800, height: 600 });
  });
});

describe('window state file', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'newsroom-window-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('round-trips through an atomic write and leaves no temp files', async () => {
    const file = path.join(dir, 'window-state.json');
    const saved = state({ x: 5, y: 6, width: 900, height: 700 }, true);
    await saveWindowState(file, saved);
    expect(await loadWindowState(file)).toEqual(saved);
    expect(await readdir(dir)).toEqual(['window-state.json']);
  });

  it('reads missing, corrupt or odd files as no state', async () => {
    const file = path.join(dir, 'window-state.json');
    expect(await loadWindowState(file)).toBeNull();
    await writeFile(file, '{"bounds":');
    expect(await loadWindowState(file)).toBeNull();
    await writeFile(
      file,
      JSON.stringify({
        bounds: { x: 0, y: 0, width: -5, height: 3 },
        maximized: false,
        fullScreen: false,
      }),
    );
    expect(await loadWindowState(file)).toBeNull();
    await writeFile(
      file,
      JSON.stringify(state(laptop)).replace('{', '{"__proto__":{"polluted":true},'),
    );
    expect(await loadWindowState(file)).toBeNull();
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses to save nonsense', async () => {
    const file = path.join(dir, 'window-state.json');
    await expect(
      saveWindowState(file, state({ x: 0, y: 0, width: -10, height: 10 })),
    ).rejects.toThrow();
    await expect(readFile(file)).rejects.toThrow();
  });

  it('rounds fractional bounds (scaled displays) to whole pixels', async () => {
    const file = path.join(dir, 'window-state.json');
    await saveWindowState(file, state({ x: 10.4, y: 20.6, width: 800.5, height: 600 }));
    expect((await loadWindowState(file))?.bounds).toEqual({
      x: 10,
      y: 21,
      width: 801,
      height: 600,
    });
  });
});
