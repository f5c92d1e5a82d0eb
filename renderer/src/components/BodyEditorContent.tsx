import { useLayoutEffect, useRef } from 'react';
import type { Editor } from '@tiptap/core';

interface BodyEditorContentProps {
  editor: Editor;
  className?: string;
}

/**
 * Puts the editor (created in a detached element) into the page. TipTap's EditorContent does this
 * too, but then redraws the whole document for React node views (forcing a layout of the window
 * on the way); the body has none, so moving the DOM is all it takes.
 */
export function BodyEditorContent({ editor, className }: BodyEditorContentProps) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    const detached = editor.view.dom.parentNode;
    if (!element || !detached || detached === element) return;
    element.append(...detached.childNodes);
    editor.setOptions({ element });
    return () => {
      if (editor.isDestroyed) return;
      const holder = document.createElement('div');
      holder.append(...element.childNodes);
      editor.setOptions({ element: holder });
    };
  }, [editor]);
  return <div ref={ref} className={className} />;
}
