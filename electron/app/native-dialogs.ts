import {
  dialog,
  type BrowserWindow,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron';
import type { Dialogs } from '../ipc/handlers';
import { toOpenDialogProperties } from '../shell/dialog-options';

/** The handlers' file dialogs as Electron's native ones, attached to `parent` when it is open. */
export function nativeDialogs(parent: () => BrowserWindow | null): Dialogs {
  return {
    async open(options) {
      const electronOptions: OpenDialogOptions = {
        title: options.title,
        filters: options.filters,
        properties: toOpenDialogProperties(options.properties),
      };
      const win = parent();
      const result = win
        ? await dialog.showOpenDialog(win, electronOptions)
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
      const win = parent();
      const result = win
        ? await dialog.showSaveDialog(win, electronOptions)
        : await dialog.showSaveDialog(electronOptions);
      return result.canceled || !result.filePath ? undefined : result.filePath;
    },
  };
}
