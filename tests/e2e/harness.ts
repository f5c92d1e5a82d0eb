import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { DeskClient } from '../../electron/desk/desk-client';
import { channels, type Channel, type EventName, type Events } from '../../electron/ipc/contract';
import { createHandlers, type Dialogs } from '../../electron/ipc/handlers';
import { memoryCredentials } from '../../electron/shell/desk-credentials';
import { WindowDeskReach } from '../../electron/shell/window-desk-reach';
import { serveMedia } from '../../electron/shell/media';
import { serveRendererFile } from '../../electron/shell/renderer-files';
import { watchLibrary } from '../../electron/shell/watch-library';
import { SearchService } from '../../electron/search/search-service';
import { serveDictionary } from '../../electron/spelling/dictionary-files';
import { Workspace } from '../../electron/store/workspace';
import { launchChromium } from '../support/chromium';

/** Stand-ins for Electron's native dialogs: an empty array / undefined means the user cancelled. */
export interface DialogStandIns {
  open?: (options: Parameters<Dialogs['open']>[0]) => Promise<string[]>;
  save?: (options: Parameters<Dialogs['save']>[0]) => Promise<string | undefined>;
}

export interface LaunchOptions {
  /** The workspace folder (created when missing). */
  workspace: string;
  dialogs?: DialogStandIns;
  /** Opens the window on a team desk (`newsroom serve`'s URL and a token from `desk add-user`). */
  desk?: { url: string; token: string };
  /** A browser to open the window in (as a new context, closed with the window); by default its own. */
  browser?: Browser;
  /** Scripts to run in the page before the app's own (the bench's probe). */
  initScripts?: string[];
}

export interface LaunchedApp {
  page: Page;
  /** Closes the window like the app does (renderer saves first), flushes the workspace, closes the browser. */
  close(): Promise<void>;
  /** Pushes a main-process event to the renderer, e.g. ('menu:command', 'new-article'). */
  emit<E extends EventName>(event: E, payload: Events[E]): Promise<void>;
  /** The real workspace behind the window (for assertions). */
  workspace(): Workspace;
  /** What the main process logged (a failed file watch, say). */
  logs: readonly string[];
  /**
   * Ends the window as a crash would: Chromium crashes (CDP Browser.crash), nothing in the window is saved
   * and nothing more reaches the desk; the workspace is let go so the app can be started again.
   */
  crash(): Promise<void>;
}

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const rendererRoot = join(repoRoot, 'out', 'renderer');
/** Where the harness serves the renderer: a secure origin, as app:// is in the app (Local Network Access lets only those reach a desk). */
export const harnessOrigin = 'https://newsroom.test';
const origin = harnessOrigin;
// How long close() waits for the renderer to finish saving after app:before-close.
const CLOSE_GRACE_MS = 10_000;

function ensureBuilt(): void {
  if (existsSync(join(rendererRoot, 'index.html'))) return;
  execFileSync('npx', ['electron-vite', 'build'], { cwd: repoRoot, stdio: 'inherit' });
}

// Runs in the page before the app: window.newsroom forwards every call to the exposed binding.
// Uint8Array does not survive the binding's JSON, so it travels as base64 and is rebuilt in Node.
// Source text rather than a function: tsx (the bench) would wrap its inner functions in a helper
// the page lacks.
const bridgeScript = (channelList: readonly string[]): string => `(() => {
  const channelList = ${JSON.stringify(channelList)};
  const listeners = new Map();
  const invoke = window.__newsroomInvoke;
  const encode = (value) => {
    if (value instanceof Uint8Array) {
      let binary = '';
      for (let i = 0; i < value.length; i += 0x8000) {
        binary += String.fromCharCode(...value.subarray(i, i + 0x8000));
      }
      return { __newsroomBytes: btoa(binary) };
    }
    if (Array.isArray(value)) return value.map(encode);
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]));
    }
    return value;
  };
  const api = {};
  for (const channel of channelList) {
    api[channel] = (...args) =>
      invoke(channel, args.length === 0 ? { __newsroomNone: true } : encode(args[0]));
  }
  api.on = (event, listener) => {
    const set = listeners.get(event) ?? new Set();
    listeners.set(event, set);
    set.add(listener);
    return () => set.delete(listener);
  };
  Object.defineProperty(window, 'newsroom', { value: Object.freeze(api), configurable: false });
  Object.defineProperty(window, '__newsroomDispatch', {
    value: (event, payload) => {
      for (const listener of listeners.get(event) ?? []) listener(payload);
    },
  });
})();`;

function decode(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decode);
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    if (keys.length === 1 && typeof record.__newsroomBytes === 'string') {
      return new Uint8Array(Buffer.from(record.__newsroomBytes, 'base64'));
    }
    if (keys.length === 1 && record.__newsroomNone === true) return undefined;
    return Object.fromEntries(keys.map((k) => [k, decode(record[k])]));
  }
  return value;
}

/**
 * Opens the built renderer in Chromium at https://newsroom.test/, wired through exposeBinding to
 * the real IPC handler table over a real Workspace on `workspace`; dialogs are the given stand-ins.
 */
export async function launchApp(options: LaunchOptions): Promise<LaunchedApp> {
  ensureBuilt();
  // A rebuild of the library index reports to the window, as the app's does.
  let progress: (p: Events['library:progress']) => void = () => undefined;
  const onIndexProgress = (p: Events['library:progress']) => progress(p);
  let ws = await Workspace.open(options.workspace, { onIndexProgress });
  let search = SearchService.open(ws);
  const browser = options.browser ?? (await launchChromium());
  // As the app grants it: the window reaches a desk on this computer or the local network.
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    permissions: ['local-network-access'],
  });
  const page = await context.newPage();

  let readyToClose: (() => void) | null = null;
  const emit = async <E extends EventName>(event: E, payload: Events[E]): Promise<void> => {
    if (page.isClosed()) return;
    await page.evaluate(
      ([e, p]) =>
        (
          window as unknown as { __newsroomDispatch(e: string, p: unknown): void }
        ).__newsroomDispatch(e, p),
      [event, payload] as const,
    );
  };
  progress = (p) => void emit('library:progress', p).catch(() => undefined);
  const deskEmit = (event: EventName, payload: unknown) =>
    void emit(event, payload as Events[EventName]).catch(() => undefined);
  // As in the app: the page's policy names the desk it loads with, which the window then reaches itself.
  const reach: WindowDeskReach = new WindowDeskReach((): string | null => desk.socketUrl());
  const windowReach = (url: string): boolean => reach.allows(url);
  let desk: DeskClient = new DeskClient({ workspace: ws, emit: deskEmit, windowReach });
  // As in the app: changes from outside reach the search index and the window.
  const watch = (open: Workspace) =>
    watchLibrary(open, {
      search: () => (ws === open ? search : null),
      emit: (changes) => void emit('library:changed', changes).catch(() => undefined),
      log: (message) => logs.push(message),
    });
  const logs: string[] = [];
  watch(ws);
  const handlers = createHandlers({
    workspace: () => ws,
    switchWorkspace: async (dir) => {
      const next = await Workspace.open(dir, { onIndexProgress });
      await desk.close();
      await ws.close();
      await search.close();
      ws = next;
      search = SearchService.open(ws);
      desk = new DeskClient({ workspace: ws, emit: deskEmit, windowReach });
      watch(ws);
      return ws;
    },
    dialogs: {
      open: options.dialogs?.open ?? (async () => []),
      save: options.dialogs?.save ?? (async () => undefined),
    },
    emit: (event, payload) => void emit(event, payload).catch(() => undefined),
    onReadyToClose: () => readyToClose?.(),
    search: () => search,
    desk: () => desk,
    // The token stays in this process's memory, as the app keeps it where there is no keychain.
    deskLogin: memoryCredentials(options.desk ?? null),
  });
  if (options.desk) desk.connect(options.desk.url, options.desk.token);

  await context.route(`${origin}/**`, async (route) => {
    const request = route.request();
    const { pathname } = new URL(request.url());
    const response = pathname.startsWith('/media/')
      ? await serveMedia(ws, pathname)
      : pathname.startsWith('/dictionaries/')
        ? await serveDictionary(pathname)
        : await serveRendererFile(rendererRoot, pathname, { csp: () => reach.pagePolicy() });
    await route.fulfill({
      status: response.status,
      headers: response.headers,
      body: Buffer.from(response.body),
    });
  });
  await context.exposeBinding('__newsroomInvoke', async (_source, channel: string, payload) => {
    if (!(channels as string[]).includes(channel)) {
      return { ok: false, error: `unknown channel ${channel}` };
    }
    return handlers[channel as Channel](decode(payload));
  });
  await context.addInitScript({ content: bridgeScript(channels) });
  for (const content of options.initScripts ?? []) await context.addInitScript({ content });

  await page.goto(`${origin}/index.html`);
  // The app marks itself busy until the workspace and the last article are loaded.
  await page.locator('.app[aria-busy="false"]').waitFor();

  let closed = false;
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    try {
      if (!page.isClosed()) {
        let timer: ReturnType<typeof setTimeout> | undefined;
        const ready = new Promise<void>((done) => {
          readyToClose = done;
          timer = setTimeout(done, CLOSE_GRACE_MS);
        });
        await emit('app:before-close', undefined).catch(() => undefined);
        await ready;
        clearTimeout(timer);
      }
    } finally {
      await desk.close().catch(() => undefined);
      await search.close().catch(() => undefined);
      await ws.close();
      await (options.browser ? context : browser).close();
    }
  };

  const crash = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    const cdp = await browser.newBrowserCDPSession();
    await cdp.send('Browser.crash').catch(() => undefined);
    // The desk hears nothing more from this window; what reached the laptop's disk stays there.
    desk.disconnect();
    await browser.close().catch(() => undefined);
    await desk.close().catch(() => undefined);
    await search.close().catch(() => undefined);
    await ws.close();
  };

  return { page, close, emit, workspace: () => ws, logs, crash };
}
