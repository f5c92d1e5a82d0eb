import { externalUrl } from './navigation-policy';
import { separator, type MenuItemSpec } from './menu-item';

/** The part of Electron's context-menu params the builder reads. */
export interface ContextMenuInput {
  isEditable: boolean;
  selectionText: string;
  misspelledWord: string;
  dictionarySuggestions: string[];
  linkURL: string;
  editFlags: { canCut: boolean; canCopy: boolean; canPaste: boolean; canSelectAll: boolean };
}

/** What the context menu items do (Electron's webContents and session methods in main.ts). */
export interface ContextMenuActions {
  replaceMisspelling(word: string): void;
  addToDictionary(word: string): void;
  openInBrowser(url: string): void;
}

/** Most spelling suggestions shown, as in Chrome. */
const maxSuggestions = 5;

/**
 * Builds the right-click menu: in text fields the spell checker's suggestions, "Add to
 * Dictionary", then Cut/Copy/Paste/Select All; elsewhere Copy for a selection; "Open Link in
 * Browser" for safe links. An empty list means no menu.
 */
export function buildContextMenu(
  input: ContextMenuInput,
  actions: ContextMenuActions,
): MenuItemSpec[] {
  const spelling: MenuItemSpec[] = [];
  if (input.isEditable && input.misspelledWord) {
    const suggestions = input.dictionarySuggestions.slice(0, maxSuggestions);
    for (const suggestion of suggestions) {
      spelling.push({ label: suggestion, click: () => actions.replaceMisspelling(suggestion) });
    }
    if (suggestions.length === 0)
      spelling.push({ label: 'No Spelling Suggestions', enabled: false });
    spelling.push(separator, {
      label: 'Add to Dictionary',
      click: () => actions.addToDictionary(input.misspelledWord),
    });
  }

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

  const groups = [spelling, linkItems, editing].filter((group) => group.length > 0);
  return groups.flatMap((group, i) => (i === 0 ? group : [separator, ...group]));
}
