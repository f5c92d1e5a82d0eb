// A small stand-in for the Electron API (the binary is absent here) that records what
// electron/main.ts does with it. Test files route `electron` here with vi.mock.
import { EventEmitter as Emitter } from 'node:events';
import { join } from 'node:path';

export type Handler = (event: unknown, payload?: unknown) => Promise<unknown>;

/** What the tests read from the stand-in BrowserWindow. */
export interface FakeWindowLike {
  options: Record<string, unknown>;
  loaded: string | null;
  destroyed: boolean;
  close(): void;
  webContents: {
    id: number;
    sent: [string, unknown][];
    openHandler: ((d: { url: string }) => unknown) | null;
    mainFrame: {
      url: string;
      processId: number;
      routingId: number;
      parent: null;
      detached: boolean;
    };
    emit(event: string, ...args: unknown[]): boolean;
  };
}

/** Everything main.ts registered or did, for assertions. */
export const state = {
  base: '',
  privileged: [] as unknown[],
  protocolHandler: null as ((request: Request) => Promise<Response>) | null,
  handlers: new Map<string, Handler>(),
  windows: [] as FakeWindowLike[],
  menus: [] as unknown[],
  opened: [] as string[],
  quitCalls: 0,
  sandboxEnabled: false,
  /** What the next open dialog answers (empty: cancelled). */
  nextOpen: [] as string[],
  permissionRequest: null as
    | ((c: unknown, p: string, cb: (ok: boolean) => void, d: { requestingUrl?: string }) => void)
    | null,
  /** What the app set with session.setSpellCheckerEnabled (null: never called). */
  spellCheckerEnabled: null as boolean | null,
  beforeRequest: null as
    | ((d: { url: string; webContentsId?: number }, cb: (r: { cancel: boolean }) => void) => void)
    | null,
};

class FakeContents extends Emitter {
  id = 7;
  sent: [string, unknown][] = [];
  openHandler: ((d: { url: string }) => unknown) | null = null;
  mainFrame = {
    url: 'app://newsroom/index.html',
    processId: 3,
    routingId: 1,
    parent: null,
    detached: false,
  };
  send(channel: string, payload?: unknown) {
    this.sent.push([channel, payload]);
  }
  setWindowOpenHandler(h: (d: { url: string }) => unknown) {
    this.openHandler = h;
  }
  getType() {
    return 'window';
  }
  reload() {}
}
class FakeWindow extends Emitter {
  webContents = new FakeContents();
  destroyed = false;
  loaded: string | null = null;
  constructor(public options: Record<string, unknown>) {
    super();
    state.windows.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }
  async loadURL(url: string) {
    this.loaded = url;
  }
  isDestroyed() {
    return this.destroyed;
  }
  getNormalBounds() {
    return { x: 10, y: 10, width: 1000, height: 700 };
  }
  isMaximized() {
    return false;
  }
  isFullScreen() {
    return false;
  }
  show() {}
  maximize() {}
  setFullScreen() {}
  close() {
    const event = {
      defaultPrevented: false,
      preventDefault: () => void (event.defaultPrevented = true),
    };
    this.emit('close', event);
    if (!event.defaultPrevented) {
      this.destroyed = true;
      this.emit('closed');
    }
  }
}
const app = Object.assign(new Emitter(), {
  isPackaged: true,
  whenReady: () => Promise.resolve(),
  isReady: () => true,
  getPath: (name: string) => join(state.base, name),
  getName: () => 'Newsroom',
  getVersion: () => '0.1.0',
  setAboutPanelOptions: () => {},
  enableSandbox: () => {
    state.sandboxEnabled = true;
  },
  quit: () => {
    state.quitCalls++;
    const event = {
      defaultPrevented: false,
      preventDefault: () => void (event.defaultPrevented = true),
    };
    app.emit('will-quit', event);
  },
  exit: (code: number) => {
    throw new Error(`app.exit(${code})`);
  },
});
const display = { workArea: { x: 0, y: 0, width: 1920, height: 1080 } };
export const electron = {
  app,
  BrowserWindow: FakeWindow,
  dialog: {
    showOpenDialog: async () => {
      const filePaths = state.nextOpen.splice(0);
      return { canceled: filePaths.length === 0, filePaths };
    },
    showSaveDialog: async () => ({ canceled: true }),
    showErrorBox: (title: string, message: string) => {
      throw new Error(`${title}: ${message}`);
    },
  },
  ipcMain: { handle: (channel: string, h: Handler) => state.handlers.set(channel, h) },
  Menu: {
    buildFromTemplate: (t: unknown) => ({ template: t, popup: () => {} }),
    setApplicationMenu: (m: unknown) => state.menus.push(m),
  },
  protocol: {
    registerSchemesAsPrivileged: (s: unknown[]) => state.privileged.push(...s),
    handle: (_scheme: string, h: (r: Request) => Promise<Response>) => (state.protocolHandler = h),
  },
  screen: { getAllDisplays: () => [display], getPrimaryDisplay: () => display },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (h: typeof state.permissionRequest) =>
        (state.permissionRequest = h),
      setPermissionCheckHandler: () => {},
      setSpellCheckerEnabled: (on: boolean) => (state.spellCheckerEnabled = on),
      webRequest: {
        onBeforeRequest: (h: typeof state.beforeRequest) => (state.beforeRequest = h),
      },
    },
  },
  // No keyring here, as on a Linux desktop without one: the desk login then stays in memory.
  safeStorage: {
    isEncryptionAvailable: () => false,
    getSelectedStorageBackend: () => 'basic_text',
  },
  shell: { openExternal: async (url: string) => void state.opened.push(url) },
};

/** An IPC event as the main window's own top frame sends it. */
export function trustedEvent(win: FakeWindowLike) {
  return { sender: { id: win.webContents.id }, senderFrame: win.webContents.mainFrame };
}
