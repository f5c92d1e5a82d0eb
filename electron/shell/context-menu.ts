import { externalUrl } from './navigation-policy';
import { separator, type MenuItemSpec } from './menu-item';

/** The part of Electron's context-menu params the builder reads. */
export interface ContextMenuInput {
  isEditable: boolean;
  selectionText: string;
  linkURL: string;
  editFlags: { canCut: boolean; canCopy: boolean; canPaste: boolean; canSelectAll: boolean };
}

/** What the context menu items do (Electron's webContents methods in main-window.ts). */
export interface ContextMenuActions {
  openInBrowser(url: string): void;
}

/**
 * Builds the right-click menu: in text fields Cut/Copy/Paste/Select All; elsewhere Copy for a
 * selection; "Open Link in Browser" for safe links. An empty list means no menu. Spelling has
 * its own menu in the renderer (renderer/src/spelling/), which takes the right-click on a
 * misspelled word before this one is asked for.
 */
export function buildContextMenu(
  input: ContextMenuInput,
  actions: ContextMenuActions,
): MenuItemSpec[] {
  const link = input.linkURL ? externalUrl(input.linkURL) : null;
  const linkItems: MenuItemSpec[] = link
    ? [{ label: 'Open Link in Browser', click: () => actions.openInBrowser(link) }]
    : [];

  const editing: MenuItemSpec[] = input.isEditable
    ? [
        { role: 'cut', enabled: input.editFlags.canCut },
        { role: 'copy', enabled: input.editFlags.canCopy },
        { role: 'paste', enabled: input.editFlags.canPaste },
        separator,
        { role: 'selectAll', enabled: input.editFlags.canSelectAll },
      ]
    : input.selectionText.trim()
      ? [{ role: 'copy', enabled: input.editFlags.canCopy }]
      : [];

  const groups = [linkItems, editing].filter((group) => group.length > 0);
  return groups.flatMap((group, i) => (i === 0 ? group : [separator, ...group]));
}
