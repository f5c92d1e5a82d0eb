import type { Editor } from '@tiptap/core';
import type { BodyJSON } from '../../../../core/body/schema';
import { BodyEditorPool } from '../../../../renderer/src/editor/body-editor-pool';

const quiet = {
  onChange: () => undefined,
  onBlur: () => undefined,
  onLinkShortcut: () => undefined,
  onImageFiles: () => undefined,
  onEditFigure: () => undefined,
};

/** The app's own body editor over `paragraphs`, in the page; destroy it with the returned function. */
export function openBody(...paragraphs: string[]): { editor: Editor; close(): void } {
  const content: BodyJSON = {
    type: 'doc',
    content: paragraphs.map((text) => ({
      type: 'paragraph',
      content: [{ type: 'text', text }],
    })),
  };
  const pool = new BodyEditorPool();
  const editor = pool.take(content, { articleId: 'a1', labelId: 'a1-body', language: 'en' }, quiet);
  pool.claim(editor);
  document.body.append(editor.view.dom);
  return {
    editor,
    close: () => {
      editor.destroy();
      pool.reset();
    },
  };
}
