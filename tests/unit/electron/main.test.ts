// Smoke test of the composition root: electron/main.ts runs against a small stand-in for the
// Electron API (the binary is absent here), over a real workspace in a temp folder.
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { channels } from '../../../electron/ipc/contract';
import { state, trustedEvent, type FakeWindowLike } from './electron-stand-in';

vi.mock('electron', async () => (await import('./electron-stand-in')).electron);

let win: FakeWindowLike;
const trusted = () => trustedEvent(win);

beforeAll(async () => {
  state.base = await mkdtemp(path.join(tmpdir(), 'newsroom-main-'));
  await import('../../../electron/main');
  await vi.waitFor(() => expect(state.windows[0]?.loaded).toBeTruthy(), { timeout: 10_000 });
  win = state.windows[0]!;
});

afterAll(async () => {
  await rm(state.base, { recursive: true, force: true });
});

describe('main.ts', () => {
  it('registers app:// as a privileged standard, secure scheme with a code cache before anything loads', () => {
    expect(state.privileged).toEqual([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
      },
    ]);
  });

  it('sandboxes every renderer before any window exists', () => {
    expect(state.sandboxEnabled).toBe(true);
  });

  it('opens one secure window on app://newsroom/index.html', () => {
    expect(state.windows).toHaveLength(1);
    expect(win.loaded).toBe('app://newsroom/index.html');
    expect(win.options['webPreferences']).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(String((win.options['webPreferences'] as { preload: string }).preload)).toMatch(
      /preload[/\\]preload\.cjs$/,
    );
    expect(state.menus).toHaveLength(1);
  });

  it('opens the default workspace on first run and remembers it', async () => {
    const info = (await state.handlers.get('workspace:info')!(trusted())) as {
      ok: boolean;
      value: { path: string };
    };
    expect(info.ok).toBe(true);
    expect(info.value.path).toContain(path.join('documents', 'Newsroom'));
    await vi.waitFor(() =>
      expect(
        JSON.parse(readFileSync(path.join(state.base, 'userData', 'settings.json'), 'utf8')),
      ).toEqual({
        workspace: info.value.path,
      }),
    );
  });

  it('registers every channel, and ignores senders other than the window', async () => {
    expect([...state.handlers.keys()].sort()).toEqual([...channels].sort());
    const list = state.handlers.get('article:list')!;
    expect(await list(trusted())).toMatchObject({ ok: true });
    const stranger = { sender: { id: 99 }, senderFrame: win.webContents.mainFrame };
    expect(await list(stranger)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Refused/),
    });
    const subframe = {
      sender: { id: 7 },
      senderFrame: { ...win.webContents.mainFrame, routingId: 2 },
    };
    expect(await list(subframe)).toMatchObject({ ok: false });
    const elsewhere = {
      sender: { id: 7 },
      senderFrame: { ...win.webContents.mainFrame, url: 'https://evil.example/' },
    };
    expect(await list(elsewhere)).toMatchObject({ ok: false });
  });

  it('serves the renderer through the app protocol with the CSP header', async () => {
    const res = await state.protocolHandler!(new Request('app://newsroom/index.html'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    expect(
      (await state.protocolHandler!(new Request('app://newsroom/media/x/../../../etc/passwd')))
        .status,
    ).toBe(404);
  });

  it('denies navigation, window.open, permissions and network requests', () => {
    const event = { prevented: false, preventDefault: () => void (event.prevented = true) };
    win.webContents.emit('will-navigate', event, 'https://evil.example/');
    expect(event.prevented).toBe(true);
    expect(win.webContents.openHandler!({ url: 'https://example.org/' })).toEqual({
      action: 'deny',
    });
    expect(win.webContents.openHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(state.opened).toEqual(['https://example.org/']);
    let granted: boolean | null = null;
    state.permissionRequest!({}, 'media', (ok) => (granted = ok), {
      requestingUrl: 'app://newsroom/index.html',
    });
    expect(granted).toBe(false);
    let cancel: boolean | null = null;
    state.beforeRequest!(
      { url: 'https://tracker.example/p.gif', webContentsId: 7 },
      (r) => (cancel = r.cancel),
    );
    expect(cancel).toBe(true);
    state.beforeRequest!(
      { url: 'app://newsroom/assets/x.js', webContentsId: 7 },
      (r) => (cancel = r.cancel),
    );
    expect(cancel).toBe(false);
    expect(state.spellCheckerEnabled).toBe(false);
  });

  it('switches workspace from File › Open Workspace…, releases the old one and remembers the new', async () => {
    const before = (await state.handlers.get('workspace:info')!(trusted())) as {
      value: { path: string };
    };
    const other = path.join(state.base, 'desk-b');
    state.nextOpen = [other];
    const opened = (await state.handlers.get('workspace:open')!(trusted())) as {
      ok: boolean;
      value: { path: string; readOnly: boolean };
    };
    expect(opened.ok).toBe(true);
    expect(opened.value).toMatchObject({ readOnly: false });
    expect(opened.value.path).toContain('desk-b');
    expect(existsSync(path.join(before.value.path, '.newsroom', 'lock'))).toBe(false);
    await vi.waitFor(() =>
      expect(
        JSON.parse(readFileSync(path.join(state.base, 'userData', 'settings.json'), 'utf8')),
      ).toEqual({ workspace: opened.value.path }),
    );
    // Cancelling the dialog changes nothing.
    expect(await state.handlers.get('workspace:open')!(trusted())).toEqual({
      ok: true,
      value: null,
    });
  });

  it('on close asks the renderer to save, closes on ready-to-close, then releases the workspace', async () => {
    const info = (await state.handlers.get('workspace:info')!(trusted())) as {
      value: { path: string };
    };
    expect(existsSync(path.join(info.value.path, '.newsroom', 'lock'))).toBe(true);
    win.close();
    expect(win.destroyed).toBe(false);
    expect(win.webContents.sent).toContainEqual(['app:before-close', undefined]);
    await state.handlers.get('app:ready-to-close')!(trusted());
    await vi.waitFor(() => expect(win.destroyed).toBe(true));
    await vi.waitFor(() => expect(state.quitCalls).toBeGreaterThanOrEqual(2));
    expect(existsSync(path.join(state.base, 'userData', 'window-state.json'))).toBe(true);
    expect(existsSync(path.join(info.value.path, '.newsroom', 'lock'))).toBe(false);
  });
});
