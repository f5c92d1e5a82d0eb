// Composition root of the desktop app: wires Electron to the pure shell modules in
// electron/shell/, the IPC handler table and the store. Logic belongs in those modules.
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  screen,
  session,
  shell,
  type IpcMainInvokeEvent,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { channels, type EventName, type Events } from './ipc/contract';
import { createHandlers, type Dialogs } from './ipc/handlers';
import { SearchService } from './search/search-service';
import { loadSettings, saveSettings, type AppSettings } from './shell/app-settings';
import { appScheme, appIndexUrl, handleAppRequest } from './shell/app-protocol';
import { closeTimeoutMs, createCloseGate } from './shell/close-gate';
import { buildContextMenu } from './shell/context-menu';
import { toOpenDialogProperties } from './shell/dialog-options';
import { guardHandler } from './shell/ipc-guard';
import { buildAppMenu } from './shell/menu-template';
import { externalUrl, isRendererRequestAllowed } from './shell/navigation-policy';
import { isPermissionGranted } from './shell/permissions';
import { isAppPageUrl, isTrustedSender } from './shell/sender-check';
import { applyWindowPolicies } from './shell/window-policies';
import { mainWindowOptions } from './shell/window-options';
import { loadWindowState, restoreBounds, saveWindowState } from './shell/window-state';
import { chooseWorkspace, workspaceFlag } from './shell/workspace-location';
import { Workspace } from './store/workspace';

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

let settings: AppSettings = {};
let workspace: Workspace | null = null;
let search: SearchService | null = null;
let mainWindow: BrowserWindow | null = null;
let quitting = false;
let pendingWrites: Promise<unknown> = Promise.resolve();
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

const userFile = (name: string): string => join(app.getPath('userData'), name);

function currentWorkspace(): Workspace {
  if (!workspace) throw new Error('No workspace is open.');
  return workspace;
}

/** Opens `dir` as the workspace (read-only when another instance holds it), remembered unless told not to. */
async function useWorkspace(dir: string, remember = true): Promise<Workspace> {
  const next = await Workspace.open(dir, { readOnlyIfLocked: true });
  const previous = workspace;
  const previousSearch = search;
  workspace = next;
  search = SearchService.open(next);
  await previousSearch?.close().catch((error: unknown) => log(`closing search: ${String(error)}`));
  await previous
    ?.close()
    .catch((error: unknown) => log(`closing ${previous.root}: ${String(error)}`));
  if (!remember) return next;
  settings = { ...settings, workspace: next.root };
  pendingWrites = pendingWrites
    .then(() => saveSettings(userFile('settings.json'), settings))
    .catch((error: unknown) => log(`could not remember the workspace: ${String(error)}`));
  return next;
}

async function switchWorkspace(dir: string): Promise<Workspace> {
  if (workspace && (dir === workspace.root || join(dir) === workspace.root)) return workspace;
  return useWorkspace(dir);
}

/** First workspace: --workspace DIR, else the remembered one, else ~/Documents/Newsroom. */
async function openStartWorkspace(): Promise<void> {
  const loaded = await loadSettings(userFile('settings.json'));
  if (loaded.warning) log(loaded.warning);
  settings = loaded.settings;
  const defaultDir = join(app.getPath('documents'), 'Newsroom');
  const choice = chooseWorkspace({
    flag: workspaceFlag(process.argv, process.cwd()),
    remembered: settings.workspace,
    defaultDir,
  });
  try {
    // A --workspace flag is for this run only; it does not replace the remembered folder.
    await useWorkspace(choice.dir, choice.source !== 'flag');
  } catch (error) {
    if (choice.source === 'default') throw error;
    log(`could not open ${choice.dir} (${String(error)}); opening ${defaultDir}`);
    await useWorkspace(defaultDir);
  }
}

const dialogs: Dialogs = {
  async open(options) {
    const electronOptions: OpenDialogOptions = {
      title: options.title,
      filters: options.filters,
      properties: toOpenDialogProperties(options.properties),
    };
    const result = mainWindow
      ? await dialog.showOpenDialog(mainWindow, electronOptions)
      : await dialog.showOpenDialog(electronOptions);
    return result.canceled ? [] : result.filePaths;
  },
  async save(options) {
    const electronOptions: SaveDialogOptions = {
      title: options.title,
      defaultPath: options.defaultPath,
      filters: options.filters,
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
    const result = mainWindow
      ? await dialog.showSaveDialog(mainWindow, electronOptions)
      : await dialog.showSaveDialog(electronOptions);
    return result.canceled || !result.filePath ? undefined : result.filePath;
  },
};

function emit<E extends EventName>(event: E, payload: Events[E]): void {
  mainWindow?.webContents.send(event, payload);
}

function isFromMainWindow(event: IpcMainInvokeEvent): boolean {
  const win = mainWindow;
  if (!win || win.isDestroyed() || event.sender.id !== win.webContents.id) return false;
  return isTrustedSender(event.senderFrame, win.webContents.mainFrame, devServerUrl);
}

function registerIpc(): void {
  const handlers = createHandlers({
    workspace: currentWorkspace,
    switchWorkspace,
    dialogs,
    emit,
    onReadyToClose: () => closeGate.ready(),
    search: () => search,
  });
  for (const channel of channels) {
    ipcMain.handle(
      channel,
      guardHandler(channel, handlers[channel], { isTrusted: isFromMainWindow, log }),
    );
  }
}

function secureSession(): void {
  const ses = session.defaultSession;
  const isAppPage = (url: string) => isAppPageUrl(url, devServerUrl);
  ses.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const granted = isPermissionGranted(permission, details.requestingUrl, isAppPage);
    if (!granted) log(`Denied permission "${permission}"`);
    callback(granted);
  });
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionGranted(permission, requestingOrigin, isAppPage),
  );
  // Offline by design: pages may load only the app's own files, never the network.
  ses.webRequest.onBeforeRequest((details, callback) => {
    const cancel =
      details.webContentsId !== undefined && !isRendererRequestAllowed(details.url, devServerUrl);
    if (cancel) log(`Blocked request to ${details.url}`);
    callback({ cancel });
  });
  protocol.handle(appScheme, async (request) => {
    const answer = await handleAppRequest(
      { method: request.method, url: request.url },
      { rendererRoot, workspace: () => workspace },
    );
    const body = request.method === 'HEAD' ? null : new Uint8Array(answer.body);
    return new Response(body, { status: answer.status, headers: answer.headers });
  });
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

async function createWindow(): Promise<void> {
  const stateFile = userFile('window-state.json');
  const restored = restoreBounds(
    await loadWindowState(stateFile),
    screen.getAllDisplays().map((display) => display.workArea),
    screen.getPrimaryDisplay().workArea,
  );
  const win = new BrowserWindow(
    mainWindowOptions({
      preloadPath,
      bounds: restored.bounds,
      devTools: dev,
      ...(existsSync(iconPath) ? { icon: iconPath } : {}),
    }),
  );
  mainWindow = win;

  win.webContents.on('context-menu', (_event, params) => {
    const items = buildContextMenu(params, {
      replaceMisspelling: (word) => win.webContents.replaceMisspelling(word),
      addToDictionary: (word) => win.webContents.session.addWordToSpellCheckerDictionary(word),
      openInBrowser,
    });
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
    pendingWrites = pendingWrites
      .then(() => saveWindowState(stateFile, state))
      .catch((error: unknown) => log(`could not remember the window: ${String(error)}`));
    // Ask the renderer to save what is typed; it answers with app:ready-to-close.
    win.webContents.send('app:before-close');
    void outcome.then((how) => {
      if (how === 'timeout') log('renderer did not confirm its last save in time; closing');
      closing = true;
      win.close();
    });
  });
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
    if (quitting || process.platform !== 'darwin') app.quit();
  });

  await win.loadURL(devServerUrl ?? appIndexUrl);
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
  // Flush settings, window state, the index batch and release the workspace lock.
  void pendingWrites
    .then(() => search?.close())
    .then(() => workspace?.close())
    .catch((error: unknown) => log(`closing the workspace: ${String(error)}`))
    .finally(() => app.quit());
});

app.on('activate', () => {
  if (mainWindow === null && app.isReady() && workspace) void createWindow();
});

app.setAboutPanelOptions({ applicationName: 'Newsroom', applicationVersion: app.getVersion() });

app
  .whenReady()
  .then(async () => {
    secureSession();
    installMenu();
    await openStartWorkspace();
    registerIpc();
    await createWindow();
  })
  .catch((error: unknown) => {
    dialog.showErrorBox(
      'Newsroom could not start',
      error instanceof Error ? error.message : String(error),
    );
    app.exit(1);
  });
