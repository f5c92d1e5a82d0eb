import { useEffect, useRef } from 'react';
import type { Editor } from '@tiptap/core';
import type { BodyEditorEvents, BodyEditorIds } from '../editor/body-editor';
import { bodyEditors } from '../editor/body-editor-pool';
import type { BodyJSON } from '../../../core/body/schema';

/** The body editor of one article view; it never re-renders React on a transaction. */
export function useBodyEditor(
  content: BodyJSON,
  ids: BodyEditorIds,
  events: BodyEditorEvents,
): Editor {
  // The article view is keyed by article: one editor for its whole life, so later props are not read.
  // A ref, not a state initializer: StrictMode calls those twice, and the spare editor would be lost.
  const taken = useRef<Editor | null>(null);
  taken.current ??= bodyEditors.take(content, ids, events);
  // eslint-disable-next-line react-hooks/refs -- set just above, never changed
  const editor = taken.current;
  useEffect(() => bodyEditors.setEvents(editor, events));
  useEffect(() => bodyEditors.setLanguage(editor, ids.language), [editor, ids.language]);
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    bodyEditors.claim(editor);
    const cancelPrepare = bodyEditors.prepareLater();
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
