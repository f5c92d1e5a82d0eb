import type { Extension } from '@tiptap/core';
import { Collaboration } from '@tiptap/extension-collaboration';
import { Plugin } from '@tiptap/pm/state';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { DESK_BODY_FIELD } from '../../../core/desk/desk-layout';
import { afterNextPaint } from '../core/after-paint';
import type { DeskDocument } from './desk-document';

/**
 * ySyncPlugin whose writing of the editor's changes into the Yjs document waits for the frame: it
 * compares the whole body and ends a Yjs transaction, half a millisecond a key in a long article,
 * and a keystroke's frame should show the letter, not pay for others to see it. The document
 * catches up before anything else reads or changes it (see DeskDocument.catchUp), and when the
 * caret's position is published: a hidden window, which draws no frames, still writes what it got.
 */
function afterPaintSync(base: Plugin, desk: DeskDocument): Plugin {
  const makeView = base.spec.view!;
  return new Plugin({
    ...base.spec,
    view: (editorView) => {
      const inner = makeView(editorView);
      let cancel: (() => void) | null = null;
      const write = () => {
        if (!cancel) return;
        cancel();
        cancel = null;
        if (!editorView.isDestroyed) inner.update?.(editorView, editorView.state);
      };
      const release = desk.holdBack(write);
      return {
        update: (view, previous) => {
          const sync = ySyncPluginKey.getState(view.state);
          // Others' changes, snapshots and changes kept out of undo are written as they happen.
          const now =
            !sync ||
            sync.isChangeOrigin ||
            !sync.addToHistory ||
            sync.snapshot != null ||
            sync.prevSnapshot != null;
          if (now) {
            // What was held back goes in with it: the write compares the whole body once.
            cancel?.();
            cancel = null;
            inner.update?.(view, previous);
            return;
          }
          // A caret move changes nothing in the document: there is nothing to write.
          if (view.state.doc !== previous.doc) cancel ??= afterNextPaint(write);
        },
        destroy: () => {
          write();
          release();
          inner.destroy?.();
        },
      };
    },
  });
}

/**
 * TipTap's Collaboration on a desk article's 'body' fragment, its changes written after the frame.
 * Undo, redo and input rules (which end an undo step) first write what is held back, so each undo
 * step is what it would have been.
 */
export function deskCollaboration(desk: DeskDocument): Extension {
  return Collaboration.extend({
    addCommands() {
      const commands = this.parent?.() ?? {};
      const { undo, redo } = commands;
      return {
        ...commands,
        ...(undo && {
          undo: () => (props) => {
            desk.catchUp();
            return undo()(props);
          },
        }),
        ...(redo && {
          redo: () => (props) => {
            desk.catchUp();
            return redo()(props);
          },
        }),
      };
    },
    addProseMirrorPlugins() {
      const plugins = (this.parent?.() ?? []).map((plugin) =>
        plugin.spec.key === ySyncPluginKey ? afterPaintSync(plugin, desk) : plugin,
      );
      const catchUpFirst = new Plugin({
        filterTransaction: (transaction) => {
          if (transaction.getMeta('inputRule') || transaction.getMeta('addToHistory') === false)
            desk.catchUp();
          return true;
        },
      });
      return [catchUpFirst, ...plugins];
    },
  }).configure({ document: desk.doc, field: DESK_BODY_FIELD });
}
