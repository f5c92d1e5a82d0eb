import { Extension } from '@tiptap/core';
import { yCursorPlugin } from '@tiptap/y-tiptap';
import type { Awareness } from 'y-protocols/awareness';
import { personColors } from './desk-document';

interface CaretUser {
  name: string;
  color: string;
}

const colorClass = (color: string) =>
  `desk-color-${Math.max(0, personColors.indexOf(color as (typeof personColors)[number]))}`;

/** Another person's caret with their name above it; coloured by class, as the CSP allows no style attributes. */
function caret(user: CaretUser): HTMLElement {
  const mark = document.createElement('span');
  mark.className = `desk-caret ${colorClass(user.color)}`;
  const name = document.createElement('span');
  name.className = 'desk-caret-name';
  name.textContent = user.name;
  // Word joiners keep the caret from breaking the line it sits in.
  mark.append('\u2060', name, '\u2060');
  return mark;
}

/** Others' carets and selections in the body, from the document's awareness. */
export const DeskCarets = Extension.create<{ awareness: Awareness | null }>({
  name: 'deskCarets',
  addOptions: () => ({ awareness: null }),
  addProseMirrorPlugins() {
    const { awareness } = this.options;
    if (!awareness) return [];
    return [
      yCursorPlugin(awareness, {
        cursorBuilder: caret,
        selectionBuilder: (user: CaretUser) => ({
          class: `desk-selection ${colorClass(user.color)}`,
        }),
      }),
    ];
  },
});
