import type { Editor } from '@tiptap/core';

/** The address of the link at the selection, or '' when there is none (the link dialog starts from it). */
export function linkAtSelection(editor: Editor): string {
  return String(editor.getAttributes('link').href ?? '');
}

/**
 * Links the selection, or the whole link the caret is in, to `url`. With only a caret outside any
 * link there is no text to link, so the address goes in as its own linked text.
 */
export function applyLink(editor: Editor, url: string): void {
  if (editor.state.selection.empty && !editor.isActive('link')) {
    editor
      .chain()
      .insertContent({ type: 'text', text: url, marks: [{ type: 'link', attrs: { href: url } }] })
      .run();
  } else {
    editor.chain().extendMarkRange('link').setLink({ href: url }).run();
  }
}

/** Removes the whole link the selection or caret is in, keeping its text. */
export function removeLink(editor: Editor): void {
  editor.chain().extendMarkRange('link').unsetLink().run();
}
