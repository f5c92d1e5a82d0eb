import type { Editor } from '@tiptap/core';
import { flushSync } from 'react-dom';
import { applyLink, removeLink } from '../editor/link-commands';
import { LinkDialog } from './LinkDialog';

interface EditorLinkDialogProps {
  editor: Editor;
  initial: string;
  onClose(): void;
}

/** The link dialog over a body editor: the caret is back in the text the moment it closes. */
export function EditorLinkDialog({ editor, initial, onClose }: EditorLinkDialogProps) {
  const closeThen = (change: () => void) => {
    // The modal keeps the editor inert until it has gone, and keys typed before a deferred focus are lost.
    flushSync(onClose);
    change();
    editor.view.focus();
  };
  return (
    <LinkDialog
      initial={initial}
      onCancel={() => closeThen(() => {})}
      onRemove={() => closeThen(() => removeLink(editor))}
      onApply={(url) => closeThen(() => applyLink(editor, url))}
    />
  );
}
