import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { channels } from '../ipc/contract';
import { createHandlers, type HandlerDeps } from '../ipc/handlers';
import { guardHandler } from '../shell/ipc-guard';
import { isTrustedSender } from '../shell/sender-check';

/** Registers the handler table with ipcMain, answering only the main window's own page. */
export function registerIpc(
  deps: HandlerDeps,
  options: {
    window: () => BrowserWindow | null;
    devServerUrl: string | null;
    log: (message: string) => void;
  },
): void {
  const isFromMainWindow = (event: IpcMainInvokeEvent): boolean => {
    const win = options.window();
    if (!win || win.isDestroyed() || event.sender.id !== win.webContents.id) return false;
    return isTrustedSender(event.senderFrame, win.webContents.mainFrame, options.devServerUrl);
  };
  const handlers = createHandlers(deps);
  for (const channel of channels) {
    ipcMain.handle(
      channel,
      guardHandler(channel, handlers[channel], { isTrusted: isFromMainWindow, log: options.log }),
    );
  }
}
