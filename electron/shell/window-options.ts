import type { Rect } from './window-state';

/** webPreferences of every Newsroom window: isolated, sandboxed, no Node, web security on. */
export interface SecureWebPreferences {
  preload: string;
  contextIsolation: true;
  sandbox: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  webviewTag: false;
  experimentalFeatures: false;
  navigateOnDragDrop: false;
  safeDialogs: true;
  /** Chromium's checker downloads dictionaries from the network; the app checks spelling itself. */
  spellcheck: false;
  devTools: boolean;
}

/** Constructor options of the main BrowserWindow (a subset of Electron's, checked in main.ts). */
export interface MainWindowOptions extends Partial<Rect> {
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
  title: string;
  show: false;
  backgroundColor: string;
  icon?: string;
  webPreferences: SecureWebPreferences;
}

/** Smallest window the editor and photo panel still fit in. */
export const minimumWindowSize = { width: 760, height: 520 } as const;

/** Builds the main window options; `bounds` comes from the restored window state. */
export function mainWindowOptions(input: {
  preloadPath: string;
  bounds: Rect;
  devTools: boolean;
  icon?: string;
}): MainWindowOptions {
  return {
    ...input.bounds,
    minWidth: minimumWindowSize.width,
    minHeight: minimumWindowSize.height,
    title: 'Newsroom',
    // Shown on ready-to-show so the window never flashes white and unpainted.
    show: false,
    backgroundColor: '#f7f5f0',
    ...(input.icon ? { icon: input.icon } : {}),
    webPreferences: {
      preload: input.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: input.devTools,
    },
  };
}
