// electron/main.ts with `--workspace DIR` on the command line and a remembered workspace.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { state, trustedEvent, type FakeWindowLike } from './electron-stand-in';

vi.mock('electron', async () => (await import('./electron-stand-in')).electron);

let win: FakeWindowLike;
let remembered: string;
let flagged: string;
const argv = [...process.argv];

beforeAll(async () => {
  state.base = await mkdtemp(path.join(tmpdir(), 'newsroom-main-flag-'));
  remembered = path.join(state.base, 'remembered');
  flagged = path.join(state.base, 'from-flag');
  await mkdir(path.join(state.base, 'userData'), { recursive: true });
  await writeFile(
    path.join(state.base, 'userData', 'settings.json'),
    JSON.stringify({ workspace: remembered }),
  );
  process.argv.push('--workspace', flagged);
  await import('../../../electron/main');
  await vi.waitFor(() => expect(state.windows[0]?.loaded).toBeTruthy(), { timeout: 10_000 });
  win = state.windows[0]!;
});

afterAll(async () => {
  process.argv.splice(0, process.argv.length, ...argv);
  await rm(state.base, { recursive: true, force: true });
});

describe('main.ts with --workspace', () => {
  it('opens the folder given on the command line', async () => {
    const info = (await state.handlers.get('workspace:info')!(trustedEvent(win))) as {
      value: { path: string };
    };
    expect(info.value.path).toContain('from-flag');
  });

  it('keeps the remembered workspace for the next ordinary start', async () => {
    // Quit first: every pending settings write is flushed before the app exits.
    win.close();
    await state.handlers.get('app:ready-to-close')!(trustedEvent(win));
    await vi.waitFor(() => expect(state.quitCalls).toBeGreaterThanOrEqual(2));
    const settings = JSON.parse(
      await readFile(path.join(state.base, 'userData', 'settings.json'), 'utf8'),
    ) as unknown;
    expect(settings).toEqual({ workspace: remembered });
  });
});
