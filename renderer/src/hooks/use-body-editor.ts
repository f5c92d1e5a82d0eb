import { useEffect, useRef } from 'react';
import type { Editor } from '@tiptap/core';
import {
  claimBodyEditor,
  prepareBodyEditorLater,
  setBodyEditorEvents,
  takeBodyEditor,
  type BodyEditorEvents,
} from '../editor/body-editor';
import type { BodyJSON } from '../../../core/body/schema';

/** The body editor of one article view; it never re-renders React on a transaction. */
export function useBodyEditor(
  content: BodyJSON,
  { labelId, articleId }: { labelId: string; articleId: string },
  events: BodyEditorEvents,
): Editor {
  // The article view is keyed by article: one editor for its whole life, so later props are not read.
  // A ref, not a state initializer: StrictMode calls those twice, and the spare editor would be lost.
  const taken = useRef<Editor | null>(null);
  taken.current ??= takeBodyEditor(content, { labelId, articleId }, events);
  // eslint-disable-next-line react-hooks/refs -- set just above, never changed
  const editor = taken.current;
  useEffect(() => setBodyEditorEvents(editor, events));
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    claimBodyEditor(editor);
    const cancelPrepare = prepareBodyEditorLater();
    return () => {
      mounted.current = false;
      cancelPrepare();
      // React's StrictMode (development) unmounts and remounts at once: destroy only a view really gone.
      setTimeout(() => {
        if (!mounted.current) editor.destroy();
      });
    };
  }, [editor]);
  return editor;
}
