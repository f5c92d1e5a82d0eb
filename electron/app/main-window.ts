import { BrowserWindow, Menu, screen } from 'electron';
import { existsSync } from 'node:fs';
import type { createCloseGate } from '../shell/close-gate';
import { buildContextMenu } from '../shell/context-menu';
import { mainWindowOptions } from '../shell/window-options';
import { loadWindowState, restoreBounds, saveWindowState } from '../shell/window-state';
import type { WriteQueue } from '../shell/write-queue';

export interface MainWindowOptions {
  preloadPath: string;
  iconPath: string;
  devTools: boolean;
  /** The page to load: the dev server's, or app://newsroom/index.html. */
  url: string;
  stateFile: string;
  closeGate: ReturnType<typeof createCloseGate>;
  writes: WriteQueue;
  openInBrowser(url: string): void;
  log(message: string): void;
  /** Called as soon as the window exists, before its page loads. */
  onCreated(win: BrowserWindow): void;
  onClosed(win: BrowserWindow): void;
}

/**
 * The editor's window where it was last left, with its context menu, a reload after a renderer
 * crash, and a close that waits for the renderer's last save.
 */
export async function createMainWindow(options: MainWindowOptions): Promise<void> {
  const { closeGate, log } = options;
  const restored = restoreBounds(
    await loadWindowState(options.stateFile),
    screen.getAllDisplays().map((display) => display.workArea),
    screen.getPrimaryDisplay().workArea,
  );
  const win = new BrowserWindow(
    mainWindowOptions({
      preloadPath: options.preloadPath,
      bounds: restored.bounds,
      devTools: options.devTools,
      ...(existsSync(options.iconPath) ? { icon: options.iconPath } : {}),
    }),
  );
  options.onCreated(win);

  win.webContents.on('context-menu', (_event, params) => {
    const items = buildContextMenu(params, { openInBrowser: options.openInBrowser });
    if (items.length > 0) Menu.buildFromTemplate(items).popup({ window: win });
  });

  win.once('ready-to-show', () => {
    if (restored.maximized) win.maximize();
    if (restored.fullScreen) win.setFullScreen(true);
    win.show();
  });

  let reloads = 0;
  win.webContents.on('render-process-gone', (_event, details) => {
    log(`renderer gone: ${details.reason}`);
    // Unsaved text is in the recovery journal; a fresh page offers it back.
    if (details.reason !== 'clean-exit' && reloads++ < 3) win.reload();
  });

  let closing = false;
  win.on('close', (event) => {
    if (closing) return;
    event.preventDefault();
    const { outcome, first } = closeGate.begin();
    if (!first) return;
    const state = {
      bounds: win.getNormalBounds(),
      maximized: win.isMaximized(),
      fullScreen: win.isFullScreen(),
    };
    options.writes.add(
      () => saveWindowState(options.stateFile, state),
      'could not remember the window',
    );
    // Ask the renderer to save what is typed; it answers with app:ready-to-close.
    win.webContents.send('app:before-close');
    void outcome.then((how) => {
      if (how === 'timeout') log('renderer did not confirm its last save in time; closing');
      closing = true;
      win.close();
    });
  });
  win.on('closed', () => options.onClosed(win));

  await win.loadURL(options.url);
}
