// Composition root of the desktop app: wires Electron to the pure shell modules in
// electron/shell/, the IPC handler table and the store. Logic belongs in those modules; the
// pieces that need Electron's API are in electron/app/.
import { app, dialog, Menu, protocol, shell, type BrowserWindow } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createMainWindow } from './app/main-window';
import { nativeDialogs } from './app/native-dialogs';
import { registerIpc } from './app/register-ipc';
import { secureSession } from './app/secure-session';
import { safeStorageCipher } from './app/token-cipher';
import type { EventName, Events } from './ipc/contract';
import { endExifTool } from './photos/exiftool-process';
import { appScheme, appIndexUrl } from './shell/app-protocol';
import { closeTimeoutMs, createCloseGate } from './shell/close-gate';
import { CurrentWorkspace } from './shell/current-workspace';
import { fileCredentials } from './shell/desk-credentials';
import { WindowDeskReach } from './shell/window-desk-reach';
import { buildAppMenu } from './shell/menu-template';
import { externalUrl } from './shell/navigation-policy';
import { applyWindowPolicies } from './shell/window-policies';
import { WriteQueue } from './shell/write-queue';

const here = dirname(fileURLToPath(import.meta.url)); // out/main
const rendererRoot = join(here, '../renderer');
const preloadPath = join(here, '../preload/preload.cjs');
const iconPath = join(here, '../../assets/icon.png');
const dev = !app.isPackaged;
const devServerUrl =
  dev && process.env['ELECTRON_RENDERER_URL'] ? process.env['ELECTRON_RENDERER_URL'] : null;

const log = (message: string): void => console.error(`[newsroom] ${message}`);

// Every renderer is sandboxed, whatever options a window is created with.
app.enableSandbox();

// Must happen before `ready`: app:// behaves like https (secure context, fetch, relative URLs).
// codeCache: from the second start on, V8 reuses the bundle's compiled code instead of compiling ~700 KB again.
protocol.registerSchemesAsPrivileged([
  {
    scheme: appScheme,
    privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
  },
]);

const userFile = (name: string): string => join(app.getPath('userData'), name);
const writes = new WriteQueue(log);
// The page's policy names the desk of the moment it loads; the window may reach only that one itself.
const reach: WindowDeskReach = new WindowDeskReach(
  (): string | null => current.desk()?.socketUrl() ?? null,
);
const current = new CurrentWorkspace({
  settingsFile: () => userFile('settings.json'),
  writes,
  log,
  emit,
  windowReach: (url): boolean => reach.allows(url),
});
let mainWindow: BrowserWindow | null = null;
let quitting = false;
const closeGate = createCloseGate({
  timeoutMs: closeTimeoutMs,
  setTimer: (callback, ms) => {
    const timer = setTimeout(callback, ms);
    return () => clearTimeout(timer);
  },
});

/** The one place a URL leaves the app, checked again here whoever asks. */
function openInBrowser(url: string): void {
  const safe = externalUrl(url);
  if (safe) void shell.openExternal(safe);
  else log(`Refused to open ${url} outside the app`);
}

function emit<E extends EventName>(event: E, payload: Events[E]): void {
  mainWindow?.webContents.send(event, payload);
}

function installMenu(): void {
  const template = buildAppMenu({
    platform: process.platform,
    dev,
    appName: app.getName(),
    send: (command) => emit('menu:command', command),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function createWindow(): Promise<void> {
  return createMainWindow({
    preloadPath,
    iconPath,
    devTools: dev,
    url: devServerUrl ?? appIndexUrl,
    stateFile: userFile('window-state.json'),
    closeGate,
    writes,
    openInBrowser,
    log,
    onCreated: (win) => {
      mainWindow = win;
    },
    onClosed: (win) => {
      if (mainWindow === win) mainWindow = null;
      if (quitting || process.platform !== 'darwin') app.quit();
    },
  });
}

// Policies for every web contents, including any created later (devtools excepted).
app.on('web-contents-created', (_event, contents) => {
  if (contents.getType() === 'window' || contents.getType() === 'webview') {
    applyWindowPolicies(contents, { openInBrowser, log });
  }
});

app.on('before-quit', () => {
  quitting = true;
});

let shutDown = false;
app.on('will-quit', (event) => {
  if (shutDown) return;
  event.preventDefault();
  shutDown = true;
  // Flush settings, window state, the index batch, release the workspace lock, end ExifTool.
  void writes
    .flushed()
    .then(() => current.close())
    .then(() => endExifTool())
    .catch((error: unknown) => log(`closing the workspace: ${String(error)}`))
    .finally(() => app.quit());
});

app.on('activate', () => {
  if (mainWindow === null && app.isReady() && current.get()) void createWindow();
});

app.setAboutPanelOptions({ applicationName: 'Newsroom', applicationVersion: app.getVersion() });

app
  .whenReady()
  .then(async () => {
    secureSession({ devServerUrl, rendererRoot, workspace: () => current.get(), reach, log });
    installMenu();
    await current.openAtStart(
      process.argv,
      process.cwd(),
      join(app.getPath('documents'), 'Newsroom'),
    );
    const deskLogin = fileCredentials(userFile('desk.json'), safeStorageCipher());
    // The desk signed in to last is joined again at start and after switching workspace.
    const rejoinDesk = async () => {
      const saved = await deskLogin.load().catch((error: unknown) => {
        log(`desk login: ${String(error)}`);
        return null;
      });
      if (saved?.token) current.desk()?.connect(saved.url, saved.token);
    };
    await rejoinDesk();
    registerIpc(
      {
        workspace: () => current.require(),
        switchWorkspace: async (dir) => {
          const ws = await current.switchTo(dir);
          await rejoinDesk();
          return ws;
        },
        deskLogin,
        dialogs: nativeDialogs(() => mainWindow),
        emit,
        onReadyToClose: () => closeGate.ready(),
        search: () => current.search(),
        desk: () => current.desk(),
      },
      { window: () => mainWindow, devServerUrl, log },
    );
    await createWindow();
  })
  .catch((error: unknown) => {
    dialog.showErrorBox(
      'Newsroom could not start',
      error instanceof Error ? error.message : String(error),
    );
    app.exit(1);
  });
