import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import type { Article } from '../../../core/article/article';
import type { LibraryEntry } from '../../../electron/ipc/contract';
import { rendererCspFor } from '../../../electron/shell/csp';
import { serveRendererFile } from '../../../electron/shell/renderer-files';
import { serveDictionary } from '../../../electron/spelling/dictionary-files';
import type { BenchProbe } from '../page/probe';
import { floorDir, probeFile } from './build-pages';
import { standInScript } from './stand-in';

// The bench launches Chromium exactly as the e2e harness does.
export { launchChromium } from '../../support/chromium';

export type Side = 'app' | 'floor';
// One loopback HTTP server per served folder: unlike page.route interception (a CDP round trip per
// request, slow on a busy machine and paid more by the app's several files than by a one-file floor),
// it serves every page the same cheap way, as app:// does in Electron.
const servers = new Map<string, Promise<string>>();

/**
 * The origin (http://127.0.0.1:PORT) serving `root` with the app's CSP, which lets the page also
 * connect to `connect` when given; started on first use.
 */
export function serveFolder(root: string, connect?: string): Promise<string> {
  const key = `${root} ${connect ?? ''}`;
  const csp = rendererCspFor(connect ?? null);
  let started = servers.get(key);
  if (!started) {
    started = new Promise((resolve, reject) => {
      const server = createServer((request, response) => {
        const pathname = new URL(request.url ?? '/', 'http://x').pathname;
        // The app's spelling worker fetches its dictionary as it does from app:// in Electron.
        (pathname.startsWith('/dictionaries/')
          ? serveDictionary(pathname)
          : serveRendererFile(root, pathname, { csp })
        ).then(
          (file) => {
            response.writeHead(file.status, { ...file.headers, 'Cache-Control': 'no-store' });
            response.end(Buffer.from(file.body));
          },
          (error: unknown) => {
            response.writeHead(500);
            response.end(String(error));
          },
        );
      });
      server.unref();
      server.on('error', reject);
      server.listen(0, '127.0.0.1', () => {
        const address = server.address() as AddressInfo;
        resolve(`http://127.0.0.1:${address.port}`);
      });
    });
    servers.set(key, started);
  }
  return started;
}

/** Where each kind of page lives and how its editor is found. */
export interface PageTarget {
  /** Folder served at the origin's root. */
  root: string;
  /** Path of the page to open. */
  page: string;
  /** CSS selector of the editable body. */
  editor: string;
  /** A WebSocket address the page may connect to besides its origin. */
  connect?: string;
}

export const appTarget = (rendererDir: string): PageTarget => ({
  root: rendererDir,
  page: '/index.html',
  editor: '[role="textbox"][aria-labelledby].ProseMirror',
});
export const floorEditorTarget: PageTarget = {
  root: floorDir,
  page: '/floor.html',
  editor: '#editor .ProseMirror',
};
/** The desk-latency floor: bare ProseMirror bound to a Y.Doc trading updates through `relay`. */
export const floorDeskTarget = (relay: string): PageTarget => ({
  root: floorDir,
  page: '/floor-desk.html',
  editor: '#editor .ProseMirror',
  connect: relay,
});
export const blankTarget: PageTarget = {
  root: floorDir,
  page: '/blank.html',
  editor: '[contenteditable="true"]',
};

/** One fresh browser context with the stand-in API and the probe installed, serving `target.root`. */
export class BenchPage {
  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    readonly cdp: CDPSession,
    readonly target: PageTarget,
    /** Where target.root is served. */
    readonly origin: string,
  ) {}

  /** `armFirstKey`: the probe focuses the editor as soon as it shows text and times the first key it gets. */
  static async open(
    browser: Browser,
    target: PageTarget,
    article: Article,
    options: {
      armFirstKey?: boolean;
      library?: LibraryEntry[];
      desk?: boolean;
      /** A relay the desk article's updates go through (the stand-in's, see stand-in.ts). */
      relay?: string;
      initScripts?: string[];
    } = {},
  ): Promise<BenchPage> {
    const origin = await serveFolder(target.root, target.connect);
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addInitScript({
      content: standInScript(article, options.library, options.desk, options.relay ?? null),
    });
    if (options.armFirstKey)
      await context.addInitScript({
        content: `window.__benchFirstKey = ${JSON.stringify(target.editor)};`,
      });
    await context.addInitScript({ content: await readFile(probeFile, 'utf8') });
    for (const content of options.initScripts ?? []) await context.addInitScript({ content });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    return new BenchPage(context, page, cdp, target, origin);
  }

  /** Navigates to the page and resolves once the editor shows text. */
  async load(): Promise<void> {
    await this.page.goto(`${this.origin}${this.target.page}`);
    await this.page.evaluate(
      (selector) => (window as unknown as BenchWindow).__bench.whenReady(selector),
      this.target.editor,
    );
  }

  /**
   * Opens the page and presses "x" every few ms from the first moment until the editor has accepted
   * one (the probe focuses it as soon as it shows text); returns the probe's timings and the mark.
   */
  async firstKey(
    mark: string | null,
  ): Promise<{ readyAt: number; keyAt: number; frameEnd: number; mark: number | null }> {
    const deadline = performance.now() + 30_000;
    await this.page.goto(`${this.origin}${this.target.page}`, { waitUntil: 'commit' });
    // Two presses always in flight: the browser holds the next key while the page handles one, so
    // the page finds a key waiting the moment it is free and no round trip to this process is timed.
    let found = false;
    const press = async () => {
      const key = { key: 'x', code: 'KeyX', windowsVirtualKeyCode: 88 };
      while (!found) {
        await this.cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', text: 'x', ...key });
        await this.cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key });
        // A page that is free handles keys at once: without a pause they would take its time.
        await new Promise((done) => setTimeout(done, 4));
      }
    };
    let pressFailed: unknown = null;
    const pressing = Promise.all([press(), press()]).catch((error: unknown) => {
      pressFailed = error ?? new Error('a key press failed');
    });
    try {
      for (;;) {
        const got = await this.page.evaluate((m) => {
          const bench = (window as unknown as BenchWindow).__bench;
          const first = bench?.firstKey();
          return first ? { ...first, mark: m ? bench.mark(m) : null } : null;
        }, mark);
        if (got) return got;
        if (pressFailed) throw pressFailed;
        if (performance.now() > deadline)
          throw new Error(`no keystroke reached the editor of ${this.target.page} within 30 s`);
        await new Promise((done) => setTimeout(done, 5));
      }
    } finally {
      found = true;
      await pressing;
    }
  }

  /** Chromium's cumulative main-thread script time, ms. */
  async scriptMs(): Promise<number> {
    const { metrics } = await this.cdp.send('Performance.getMetrics');
    return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}

/** Sleeps until `at` (performance.now() time in this process). */
export async function until(at: number): Promise<void> {
  const wait = at - performance.now();
  if (wait > 0) await new Promise((done) => setTimeout(done, wait));
}

/** The page's global with the probe, for casts inside page.evaluate callbacks (which cannot close over anything). */
export interface BenchWindow {
  __bench: BenchProbe;
}

export const pagePath = (target: PageTarget): string => path.join(target.root, target.page);
