import { describe, expect, it } from 'vitest';
import type { MenuCommand } from '../../../../electron/ipc/contract';
import { menuCommands } from '../../../../electron/ipc/contract';
import type { MenuItemSpec } from '../../../../electron/shell/menu-item';
import { buildAppMenu } from '../../../../electron/shell/menu-template';

function flatten(items: MenuItemSpec[]): MenuItemSpec[] {
  return items.flatMap((item) => [item, ...flatten(item.submenu ?? [])]);
}

function build(platform: NodeJS.Platform, dev = false) {
  const sent: MenuCommand[] = [];
  const menu = buildAppMenu({ platform, dev, appName: 'Newsroom', send: (c) => sent.push(c) });
  return { menu, sent, items: flatten(menu) };
}

const topLabels = (menu: MenuItemSpec[]) =>
  menu.map((m) => (m.label ?? m.role ?? '').replace('&', ''));

describe('buildAppMenu', () => {
  it('has File, Edit, View, Window and Help (and the app menu on macOS)', () => {
    expect(topLabels(build('linux').menu)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    expect(topLabels(build('darwin').menu)).toEqual([
      'Newsroom',
      'File',
      'Edit',
      'View',
      'windowMenu',
      'Help',
    ]);
  });

  it('File items send menu commands with the usual accelerators', () => {
    const { items, sent } = build('linux');
    const byId = (id: MenuCommand) => items.find((i) => i.id === id);
    expect(byId('new-article')).toMatchObject({ label: 'New Article', accelerator: 'CmdOrCtrl+N' });
    expect(byId('open-workspace')).toMatchObject({
      label: 'Open Workspace…',
      accelerator: 'CmdOrCtrl+O',
    });
    expect(byId('export-html')).toMatchObject({ accelerator: 'CmdOrCtrl+E' });
    expect(byId('export-ninjs')).toMatchObject({ accelerator: 'CmdOrCtrl+Shift+E' });
    expect(byId('find')).toMatchObject({ accelerator: 'CmdOrCtrl+F' });
    for (const command of menuCommands) byId(command)?.click?.();
    expect(sent).toEqual([...menuCommands]);
  });

  it('every menu command of the contract is reachable from the menu', () => {
    const ids = build('win32').items.map((i) => i.id);
    for (const command of menuCommands) expect(ids).toContain(command);
  });

  it('File ends with Quit on Linux/Windows and Close on macOS', () => {
    const file = (p: NodeJS.Platform) =>
      build(p).menu.find((m) => m.label?.replace('&', '') === 'File')!;
    expect(file('linux').submenu?.at(-1)).toMatchObject({ role: 'quit', accelerator: 'Ctrl+Q' });
    expect(file('darwin').submenu?.at(-1)).toMatchObject({ role: 'close' });
  });

  it('Edit has the standard roles', () => {
    const roles = build('linux').items.map((i) => i.role);
    for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll'] as const) {
      expect(roles).toContain(role);
    }
  });

  it('offers reload and devtools only in development', () => {
    const roles = (dev: boolean) => build('linux', dev).items.map((i) => i.role);
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('reload');
    expect(roles(true)).toContain('toggleDevTools');
    for (const role of ['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen'] as const) {
      expect(roles(false)).toContain(role);
    }
  });

  it('has no two items with the same accelerator', () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      const accelerators = build(platform, true).items.flatMap((i) =>
        i.accelerator ? [i.accelerator] : [],
      );
      expect(new Set(accelerators).size).toBe(accelerators.length);
    }
  });
});
