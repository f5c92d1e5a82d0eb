import { useEffect, useRef } from 'react';
import { useEditor, type Editor } from '@tiptap/react';
import { Placeholder } from '@tiptap/extensions';
import { bodyExtensions } from '../../../core/body/extensions';
import type { BodyJSON } from '../../../core/body/schema';

export interface BodyEditorEvents {
  /** The body changed (called on every keystroke: keep it cheap). */
  onChange(): void;
  /** Focus left the body. */
  onBlur(): void;
  /** Ctrl/Cmd+K: edit the link at the selection. */
  onLinkShortcut(): void;
}

/** A TipTap editor over the shared body schema that never re-renders React on a transaction. */
export function useBodyEditor(
  content: BodyJSON,
  labelId: string,
  events: BodyEditorEvents,
): Editor {
  const latest = useRef(events);
  useEffect(() => {
    latest.current = events;
  });
  return useEditor(
    {
      // Placeholder only decorates the view; the schema stays the shared one.
      extensions: [...bodyExtensions, Placeholder.configure({ placeholder: 'Write the story…' })],
      content,
      immediatelyRender: true,
      // The CSP forbids inline <style>; the editor's base CSS is in styles/editor.css.
      injectCSS: false,
      shouldRerenderOnTransaction: false,
      editorProps: {
        attributes: {
          class: 'body-prose',
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-labelledby': labelId,
          spellcheck: 'true',
        },
        handleKeyDown: (_view, event) => {
          if (
            (event.ctrlKey || event.metaKey) &&
            !event.altKey &&
            event.key.toLowerCase() === 'k'
          ) {
            event.preventDefault();
            latest.current.onLinkShortcut();
            return true;
          }
          return false;
        },
      },
      onUpdate: () => latest.current.onChange(),
      onBlur: () => latest.current.onBlur(),
    },
    [],
  );
}
