import { useEffect, useRef, useState } from 'react';
import type { Editor } from '@tiptap/core';
import {
  bindBodyEditor,
  buildBodyEditor,
  setBodyLanguage,
  type BodyEditorEvents,
  type BodyEditorIds,
} from '../editor/body-editor';
import type { DeskDocument } from '../desk/desk-document';

/** The body editor of a desk article: bound to its 'body' fragment and awareness for the view's life. */
export function useDeskBodyEditor(
  document: DeskDocument,
  ids: BodyEditorIds,
  events: BodyEditorEvents,
  editable: boolean,
): Editor {
  const [built] = useState(() => {
    const made = buildBodyEditor(document);
    bindBodyEditor(made, ids, events);
    made.editor.view.setProps({});
    return made;
  });
  const { editor } = built;
  // Before the rebinding below, which would take the new language without redrawing.
  useEffect(() => setBodyLanguage(built, ids.language), [built, ids.language]);
  useEffect(() => bindBodyEditor(built, ids, events));
  useEffect(() => {
    if (editor.options.editable !== editable) editor.setEditable(editable);
  }, [editor, editable]);
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      // React's StrictMode (development) unmounts and remounts at once: destroy only a view really gone.
      setTimeout(() => {
        if (!mounted.current) editor.destroy();
      });
    };
  }, [editor]);
  return editor;
}
