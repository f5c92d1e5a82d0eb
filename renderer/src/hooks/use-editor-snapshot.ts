import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { Editor } from '@tiptap/core';
import type { EditorState } from '@tiptap/pm/state';
import { notifyAfterPaint } from '../core/after-paint';

/**
 * `select(editor)`, recomputed when the editor's state changes and re-rendering only when `equal`
 * says the answer changed, after the frame that shows the transaction: a toolbar need not redraw
 * inside a keystroke.
 */
export function useEditorSnapshot<T>(
  editor: Editor,
  select: (editor: Editor) => T,
  equal: (a: T, b: T) => boolean,
): T {
  const last = useRef<{ state: EditorState; value: T } | null>(null);
  const subscribe = useCallback(
    (notify: () => void) => {
      const deferred = notifyAfterPaint(notify);
      editor.on('transaction', deferred.schedule);
      return () => {
        editor.off('transaction', deferred.schedule);
        deferred.cancel();
      };
    },
    [editor],
  );
  return useSyncExternalStore(subscribe, () => {
    const cached = last.current;
    if (cached?.state === editor.state) return cached.value;
    const value = select(editor);
    last.current = {
      state: editor.state,
      value: cached && equal(cached.value, value) ? cached.value : value,
    };
    return last.current.value;
  });
}
