import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, Selection, TextSelection, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

/** On the top-level blocks the selection touches and their near neighbours: always drawn. */
export const DRAWN_BLOCK_CLASS = 'near-selection';

/**
 * Neighbours drawn on each side: Chromium's caret jumps over undrawn blocks, and the block it just
 * left stays undrawn until the next frame (two: the caret may move again before the editor hears).
 */
export const NEAR_BLOCKS = 2;

/** The index range [first, last] of the top-level blocks the selection touches, or null (empty body). */
export function selectedBlocks(state: EditorState): [number, number] | null {
  const { doc, selection } = state;
  if (doc.childCount === 0) return null;
  const { $from, $to } = selection;
  // At depth 0 a position lies between blocks: $from then starts the next one, $to ends the last.
  const first = Math.min($from.index(0), doc.childCount - 1);
  const last = $to.depth > 0 ? $to.index(0) : Math.max($to.index(0) - 1, first);
  return [first, last];
}

/** Decorations marking the blocks the selection touches, and their neighbours. */
export function selectionDecorations(state: EditorState): DecorationSet {
  const range = selectedBlocks(state);
  if (!range) return DecorationSet.empty;
  const { doc } = state;
  const { $from } = state.selection;
  const [selectedFirst, selectedLast] = range;
  // Where the first selected block starts, from the resolved position (no walk over the blocks
  // before it, on every keystroke): inside a block, its start; between blocks, that boundary, or
  // the last block's start when the selection begins at the very end.
  let pos =
    $from.depth > 0
      ? $from.before(1)
      : selectedFirst === $from.index(0)
        ? $from.pos
        : $from.pos - doc.child(selectedFirst).nodeSize;
  const first = Math.max(0, selectedFirst - NEAR_BLOCKS);
  const last = Math.min(doc.childCount - 1, selectedLast + NEAR_BLOCKS);
  for (let i = selectedFirst - 1; i >= first; i--) pos -= doc.child(i).nodeSize;
  const decorations: Decoration[] = [];
  for (let i = first; i <= last; i++) {
    const size = doc.child(i).nodeSize;
    decorations.push(Decoration.node(pos, pos + size, { class: DRAWN_BLOCK_CLASS }));
    pos += size;
  }
  return DecorationSet.create(doc, decorations);
}

/**
 * Keeps the body correct while paragraphs away from the view are left undrawn (body-editor.css gives them
 * `content-visibility: auto`). Chromium's own caret and selection handling treats undrawn text as
 * absent, so every block the selection touches stays drawn, with its neighbours (a Shift+click far
 * away extends from the caret; typing over a selection replaces exactly it; arrows never skip a
 * line), and the start and end of the article are reached through ProseMirror rather than by
 * Chromium's caret movement.
 */
export const OffscreenBlocks = Extension.create({
  name: 'offscreenBlocks',

  addKeyboardShortcuts() {
    const go = (where: 'start' | 'end', extend: boolean) => () => {
      const { state, view } = this.editor;
      const target = where === 'start' ? Selection.atStart(state.doc) : Selection.atEnd(state.doc);
      const selection = extend
        ? TextSelection.between(state.selection.$anchor, target.$head)
        : target;
      view.dispatch(state.tr.setSelection(selection).scrollIntoView());
      return true;
    };
    return {
      'Mod-Home': go('start', false),
      'Mod-End': go('end', false),
      'Shift-Mod-Home': go('start', true),
      'Shift-Mod-End': go('end', true),
    };
  },

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('offscreenBlocks'),
        props: { decorations: selectionDecorations },
      }),
    ];
  },
});
