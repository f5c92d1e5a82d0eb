import { Extension } from '@tiptap/core';
import { Plugin } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { yCursorPlugin } from '@tiptap/y-tiptap';
import type { Awareness } from 'y-protocols/awareness';
import { personColors, type DeskDocument } from './desk-document';

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
  // The name is drawn by CSS from the attribute: it stays out of the text that is read or copied.
  mark.dataset.name = user.name;
  mark.setAttribute('aria-hidden', 'true');
  return mark;
}

// Publishing one's caret turns it into a Yjs relative position, a walk from the document's start:
// while someone types it goes out when they pause, and at least this often.
const CARET_QUIET_MS = 150;
const CARET_MAX_WAIT_MS = 600;

/**
 * yCursorPlugin whose publishing of the local caret waits for a pause in typing; the document
 * first catches up with the editor, as the caret's position is taken in it.
 */
function pausedCursorPlugin(base: Plugin, desk: DeskDocument): Plugin {
  const makeView = base.spec.view!;
  return new Plugin({
    ...base.spec,
    view: (editorView) => {
      const inner = makeView(editorView);
      let quiet: ReturnType<typeof setTimeout> | null = null;
      let firstWaiting = 0;
      const publish = (view: EditorView) => {
        if (quiet) clearTimeout(quiet);
        quiet = null;
        firstWaiting = 0;
        if (view.isDestroyed) return;
        desk.catchUp();
        inner.update?.(view, view.state);
      };
      return {
        update: (view) => {
          const now = performance.now();
          firstWaiting ||= now;
          if (quiet) clearTimeout(quiet);
          // From a timer of its own even at the longest wait: never inside the keystroke's frame.
          const wait = Math.min(CARET_QUIET_MS, firstWaiting + CARET_MAX_WAIT_MS - now);
          quiet = setTimeout(() => publish(view), Math.max(0, wait));
        },
        destroy: () => {
          if (quiet) clearTimeout(quiet);
          inner.destroy?.();
        },
      };
    },
  });
}

type AwarenessChanges = { added: number[]; updated: number[]; removed: number[] };
type Listener = (...args: unknown[]) => void;

/**
 * The awareness as yCursorPlugin sees it: its "change" events leave out those that touch only this
 * window's own state. The plugin draws others' carets only, yet redrew the editor (a whole
 * transaction) for each publication of its own caret.
 */
function othersOnly(awareness: Awareness): Awareness {
  const own = awareness.clientID;
  const wrapped = new Map<Listener, Listener>();
  const view = Object.create(awareness) as Awareness;
  view.on = (name: string, listener: Listener) => {
    if (name !== 'change') return awareness.on(name, listener);
    const filtered: Listener = (...args) => {
      const { added, updated, removed } = args[0] as AwarenessChanges;
      if ([added, updated, removed].some((clients) => clients.some((client) => client !== own)))
        listener(...args);
    };
    wrapped.set(listener, filtered);
    awareness.on(name, filtered);
  };
  view.off = (name: string, listener: Listener) => {
    const filtered = wrapped.get(listener);
    wrapped.delete(listener);
    awareness.off(name, filtered ?? listener);
  };
  return view;
}

/** Others' carets and selections in the body, from the document's awareness. */
export const DeskCarets = Extension.create<{ desk: DeskDocument | null }>({
  name: 'deskCarets',
  addOptions: () => ({ desk: null }),
  addProseMirrorPlugins() {
    const { desk } = this.options;
    if (!desk) return [];
    return [
      pausedCursorPlugin(
        yCursorPlugin(othersOnly(desk.awareness), {
          cursorBuilder: caret,
          selectionBuilder: (user: CaretUser) => ({
            class: `desk-selection ${colorClass(user.color)}`,
          }),
        }),
        desk,
      ),
    ];
  },
});
