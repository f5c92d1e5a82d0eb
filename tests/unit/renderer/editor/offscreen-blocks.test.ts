// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { AllSelection, NodeSelection, TextSelection } from '@tiptap/pm/state';
import { GapCursor } from '@tiptap/pm/gapcursor';
import {
  DRAWN_BLOCK_CLASS,
  NEAR_BLOCKS,
  OffscreenBlocks,
  selectedBlocks,
} from '../../../../renderer/src/editor/offscreen-blocks';

let editor: Editor;

afterEach(() => editor?.destroy());

/** Five blocks (two paragraphs, a list, a heading, a paragraph), then `more` paragraphs. */
function open(more = 0): Editor {
  const after = Array.from({ length: more }, (_, i) => `<p>After ${i + 1}</p>`).join('');
  editor = new Editor({
    element: document.createElement('div'),
    extensions: [StarterKit, OffscreenBlocks],
    content: `<p>One</p><p>Two</p><ul><li><p>Item a</p></li><li><p>Item b</p></li></ul><h2>Four</h2><p>Five</p>${after}`,
  });
  return editor;
}

/** Document position inside the text of top-level block `index`. */
function inside(index: number, offset = 1): number {
  let pos = 0;
  for (let i = 0; i < index; i++) pos += editor.state.doc.child(i).nodeSize;
  // Into the block, and into the paragraph of a list's first item.
  return pos + (editor.state.doc.child(index).type.name === 'bulletList' ? 3 : 1) + offset;
}

const select = (selection: Parameters<typeof editor.view.dispatch>[0]['selection']) =>
  editor.view.dispatch(editor.state.tr.setSelection(selection));

/** A key pressed in the body, as the browser delivers it (Mod is Ctrl off macOS). */
const press = (key: string, shift = false) =>
  editor.view.dom.dispatchEvent(
    new KeyboardEvent('keydown', { key, ctrlKey: true, shiftKey: shift, bubbles: true }),
  );

const marked = () =>
  [...editor.view.dom.children].map((child) => child.classList.contains(DRAWN_BLOCK_CLASS));

/** Which of `count` blocks are drawn when the selection touches blocks first to last. */
const near = (count: number, first: number, last = first) =>
  Array.from({ length: count }, (_, i) => i >= first - NEAR_BLOCKS && i <= last + NEAR_BLOCKS);

describe('selectedBlocks', () => {
  it("is the caret's block, every block a range touches, or all of them", () => {
    open();
    select(TextSelection.create(editor.state.doc, inside(1)));
    expect(selectedBlocks(editor.state)).toEqual([1, 1]);
    select(TextSelection.create(editor.state.doc, inside(0), inside(2, 2)));
    expect(selectedBlocks(editor.state)).toEqual([0, 2]);
    select(new AllSelection(editor.state.doc));
    expect(selectedBlocks(editor.state)).toEqual([0, 4]);
  });

  it('marks those blocks and their neighbours, and only those, in the body', () => {
    open(6);
    const count = 11;
    select(TextSelection.create(editor.state.doc, inside(5)));
    expect(marked()).toEqual(near(count, 5));
    select(TextSelection.create(editor.state.doc, inside(1), inside(6)));
    expect(marked()).toEqual(near(count, 1, 6));
    // A selected list item marks its whole list: the top-level block holding it.
    select(NodeSelection.create(editor.state.doc, inside(2) - 2));
    expect(marked()).toEqual(near(count, 2));
    // A selection starting between top-level blocks: the whole list, then the heading after it.
    select(NodeSelection.create(editor.state.doc, inside(2) - 3));
    expect(marked()).toEqual(near(count, 2));
    const size = editor.state.doc.content.size;
    select(
      TextSelection.between(editor.state.doc.resolve(inside(8)), editor.state.doc.resolve(size)),
    );
    expect(marked()).toEqual(near(count, 8, 10));
    // At the very end of the article (a gap cursor after the last block): that last block.
    // (The cursor itself is drawn as one more element after the blocks.)
    select(new GapCursor(editor.state.doc.resolve(size)));
    expect(marked().slice(0, count)).toEqual(near(count, 10));
  });

  it('keeps the block the caret just left drawn, so an arrow back never jumps over it', () => {
    open(6);
    select(TextSelection.create(editor.state.doc, inside(6)));
    select(TextSelection.create(editor.state.doc, inside(7)));
    expect(marked()[6]).toBe(true);
    expect(marked()[5]).toBe(true);
    expect(marked()[4]).toBe(false);
  });
});

describe('OffscreenBlocks shortcuts', () => {
  it('Mod-End and Mod-Home put the caret at the end and the start of the article', () => {
    open();
    select(TextSelection.create(editor.state.doc, inside(2)));
    press('End');
    expect(editor.state.selection.empty).toBe(true);
    expect(editor.state.selection.head).toBe(editor.state.doc.content.size - 1);
    press('Home');
    expect(editor.state.selection.head).toBe(1);
  });

  it('with Shift, they select from the caret to the end or the start', () => {
    open();
    const caret = inside(1, 2);
    select(TextSelection.create(editor.state.doc, caret));
    press('End', true);
    expect([editor.state.selection.anchor, editor.state.selection.head]).toEqual([
      caret,
      editor.state.doc.content.size - 1,
    ]);
    expect(marked()).toEqual([true, true, true, true, true]);
    select(TextSelection.create(editor.state.doc, caret));
    press('Home', true);
    expect([editor.state.selection.anchor, editor.state.selection.head]).toEqual([caret, 1]);
  });
});
