import type { MenuCommand } from '../ipc/contract';
import { separator, type MenuItemSpec } from './menu-item';

/** Builds the application menu; items that act on the document send a menu:command to the renderer. */
export function buildAppMenu(input: {
  platform: NodeJS.Platform;
  dev: boolean;
  appName: string;
  send(command: MenuCommand): void;
}): MenuItemSpec[] {
  const mac = input.platform === 'darwin';
  const command = (id: MenuCommand, label: string, accelerator?: string): MenuItemSpec => ({
    id,
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => input.send(id),
  });

  const appMenu: MenuItemSpec[] = mac
    ? [
        {
          label: input.appName,
          submenu: [
            { role: 'about' },
            separator,
            { role: 'services' },
            separator,
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            separator,
            { role: 'quit' },
          ],
        },
      ]
    : [];

  const file: MenuItemSpec = {
    label: mac ? 'File' : '&File',
    submenu: [
      command('new-article', 'New Article', 'CmdOrCtrl+N'),
      command('open-workspace', 'Open Workspace…', 'CmdOrCtrl+O'),
      separator,
      command('import', 'Import…'),
      separator,
      command('export-html', 'Export as HTML…', 'CmdOrCtrl+E'),
      command('export-ninjs', 'Export as ninjs JSON…', 'CmdOrCtrl+Shift+E'),
      command('export-newsml', 'Export as NewsML-G2…'),
      command('export-nitf', 'Export as NITF…'),
      separator,
      command('history', 'Article History…', 'CmdOrCtrl+Shift+H'),
      separator,
      mac ? { role: 'close' } : { role: 'quit', label: 'Quit', accelerator: 'Ctrl+Q' },
    ],
  };

  const edit: MenuItemSpec = {
    label: mac ? 'Edit' : '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(mac ? [{ role: 'pasteAndMatchStyle' } as MenuItemSpec] : []),
      { role: 'selectAll' },
      separator,
      command('find', 'Find…', 'CmdOrCtrl+F'),
    ],
  };

  const view: MenuItemSpec = {
    label: mac ? 'View' : '&View',
    submenu: [
      ...(input.dev
        ? [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, separator]
        : ([] as MenuItemSpec[])),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ] as MenuItemSpec[],
  };

  const windowMenu: MenuItemSpec = mac
    ? { role: 'windowMenu' }
    : { label: '&Window', submenu: [{ role: 'minimize' }, { role: 'close' }] };

  const help: MenuItemSpec = {
    role: 'help',
    label: mac ? 'Help' : '&Help',
    submenu: [{ role: 'about', label: `About ${input.appName}` }],
  };

  return [...appMenu, file, edit, view, windowMenu, help];
}
