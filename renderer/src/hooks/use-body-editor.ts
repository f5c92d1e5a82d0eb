import { useEffect, useMemo, useRef } from 'react';
import { useEditor, type Editor, type Extensions } from '@tiptap/react';
import type { EditorProps } from '@tiptap/pm/view';
import { Placeholder } from '@tiptap/extensions';
import { bodyExtensions } from '../../../core/body/extensions';
import { EditableFigure } from '../editor/editable-figure';
import { OffscreenBlocks } from '../editor/offscreen-blocks';
import { ReactIsolation } from '../editor/react-isolation';
import { scrollSelectionIntoView } from '../editor/scroll-into-view';
import type { FigureEditRequest } from '../editor/figure-node-view';
import type { BodyJSON } from '../../../core/body/schema';

export interface BodyEditorEvents {
  /** The body changed (called on every keystroke: keep it cheap). */
  onChange(): void;
  /** Focus left the body. */
  onBlur(): void;
  /** Ctrl/Cmd+K: edit the link at the selection. */
  onLinkShortcut(): void;
  /** Image files dropped or pasted into the body, with the document position they should go to. */
  onImageFiles(files: File[], position: number | null): void;
  /** "Edit inline photo" on a figure in the body. */
  onEditFigure(request: FigureEditRequest): void;
}

const sharedExtensions = bodyExtensions.filter(
  (extension) => extension.name !== EditableFigure.name,
);
const placeholder = Placeholder.configure({ placeholder: 'Write the story…' });

/** A TipTap editor over the shared body schema that never re-renders React on a transaction. */
export function useBodyEditor(
  content: BodyJSON,
  { labelId, articleId }: { labelId: string; articleId: string },
  events: BodyEditorEvents,
): Editor {
  const latest = useRef(events);
  useEffect(() => {
    latest.current = events;
  });
  // Same schema as the exporters: only the figure's view, a placeholder and plugins without schema are added.
  const extensions = useMemo<Extensions>(
    () => [
      ...sharedExtensions,
      // eslint-disable-next-line react-hooks/refs -- configure() only stores the callback; it runs on a click
      EditableFigure.configure({
        articleId,
        onEdit: (request: FigureEditRequest) => latest.current.onEditFigure(request),
      }),
      placeholder,
      ReactIsolation,
      OffscreenBlocks,
    ],
    [articleId],
  );
  const editorProps = useMemo<EditorProps>(
    () => ({
      attributes: {
        class: 'body-prose',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelId,
        spellcheck: 'true',
      },
      handleScrollToSelection: scrollSelectionIntoView,
      handleKeyDown: (_view, event) => {
        if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k') {
          event.preventDefault();
          latest.current.onLinkShortcut();
          return true;
        }
        return false;
      },
      handleDrop: (view, event, _slice, moved) => {
        const files = imageFiles(event.dataTransfer);
        if (moved || files.length === 0) return false;
        event.preventDefault();
        const at = view.posAtCoords({ left: event.clientX, top: event.clientY });
        latest.current.onImageFiles(files, at?.pos ?? null);
        return true;
      },
      handlePaste: (_view, event) => {
        const files = imageFiles(event.clipboardData);
        if (files.length === 0) return false;
        event.preventDefault();
        latest.current.onImageFiles(files, null);
        return true;
      },
    }),
    [labelId],
  );
  // Stable options: a re-render of the article view (typing in the headline) must not reconfigure the editor.
  return useEditor(
    {
      extensions,
      content,
      immediatelyRender: true,
      // The CSP forbids inline <style>; the editor's base CSS is in styles/editor.css.
      injectCSS: false,
      shouldRerenderOnTransaction: false,
      // Its "delete" events have no listener here, yet it set a timer and mapped every transaction's steps.
      enableCoreExtensions: { delete: false },
      editorProps,
      // setEditable also emits "update" (figure views redraw their buttons on it); only a document change is an edit.
      onUpdate: ({ transaction }) => {
        if (transaction.docChanged) latest.current.onChange();
      },
      onBlur: () => latest.current.onBlur(),
    },
    [],
  );
}

function imageFiles(data: DataTransfer | null): File[] {
  return Array.from(data?.files ?? []).filter(
    (file) => file.type.startsWith('image/') || /\.(jpe?g|png|webp|gif|tiff?)$/i.test(file.name),
  );
}
