import type { Editor } from '@tiptap/core';
import type { ReactNode } from 'react';
import { undoSteps } from '../editor/undo-steps';
import { useEditorSnapshot } from '../hooks/use-editor-snapshot';

const mod = navigator.platform.toLowerCase().includes('mac') ? '⌘' : 'Ctrl+';

interface ToolProps {
  label: string;
  shortcut?: string;
  active?: boolean;
  disabled?: boolean;
  onClick(): void;
  children: ReactNode;
}

function Tool({ label, shortcut, active, disabled, onClick, children }: ToolProps) {
  return (
    <button
      type="button"
      className="tool"
      aria-label={label}
      title={shortcut ? `${label} (${shortcut})` : label}
      aria-pressed={active === undefined ? undefined : active}
      disabled={disabled}
      // Keep the selection in the body while clicking the toolbar.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

interface EditorToolbarProps {
  editor: Editor;
  onLink(): void;
  onInsertPhoto(): void;
}

const toolState = (e: Editor) => {
  const steps = undoSteps(e.state);
  return {
    bold: e.isActive('bold'),
    italic: e.isActive('italic'),
    h2: e.isActive('heading', { level: 2 }),
    h3: e.isActive('heading', { level: 3 }),
    bullet: e.isActive('bulletList'),
    ordered: e.isActive('orderedList'),
    quote: e.isActive('blockquote'),
    link: e.isActive('link'),
    canUndo: steps.undo,
    canRedo: steps.redo,
  };
};

type ToolState = ReturnType<typeof toolState>;

const sameToolState = (a: ToolState, b: ToolState): boolean =>
  (Object.keys(a) as (keyof ToolState)[]).every((key) => a[key] === b[key]);

/** Formatting buttons for the body; re-renders only when the active marks or undo state change. */
export function EditorToolbar({ editor, onLink, onInsertPhoto }: EditorToolbarProps) {
  const state = useEditorSnapshot(editor, toolState, sameToolState);
  const chain = () => editor.chain().focus();
  return (
    <div className="toolbar" role="toolbar" aria-label="Formatting">
      <div className="tool-group">
        <Tool
          label="Bold"
          shortcut={`${mod}B`}
          active={state.bold}
          onClick={() => chain().toggleBold().run()}
        >
          <b>B</b>
        </Tool>
        <Tool
          label="Italic"
          shortcut={`${mod}I`}
          active={state.italic}
          onClick={() => chain().toggleItalic().run()}
        >
          <i>I</i>
        </Tool>
        <Tool label="Link" shortcut={`${mod}K`} active={state.link} onClick={onLink}>
          Link
        </Tool>
      </div>
      <div className="tool-group">
        <Tool
          label="Heading 2"
          shortcut={`${mod}Alt+2`}
          active={state.h2}
          onClick={() => chain().toggleHeading({ level: 2 }).run()}
        >
          H2
        </Tool>
        <Tool
          label="Heading 3"
          shortcut={`${mod}Alt+3`}
          active={state.h3}
          onClick={() => chain().toggleHeading({ level: 3 }).run()}
        >
          H3
        </Tool>
        <Tool
          label="Bulleted list"
          shortcut={`${mod}Shift+8`}
          active={state.bullet}
          onClick={() => chain().toggleBulletList().run()}
        >
          • List
        </Tool>
        <Tool
          label="Numbered list"
          shortcut={`${mod}Shift+7`}
          active={state.ordered}
          onClick={() => chain().toggleOrderedList().run()}
        >
          1. List
        </Tool>
        <Tool
          label="Quote"
          shortcut={`${mod}Shift+B`}
          active={state.quote}
          onClick={() => chain().toggleBlockquote().run()}
        >
          “ ”
        </Tool>
      </div>
      <div className="tool-group">
        <Tool label="Insert photo" disabled={!editor.isEditable} onClick={onInsertPhoto}>
          + Photo
        </Tool>
      </div>
      <div className="tool-group">
        <Tool
          label="Undo"
          shortcut={`${mod}Z`}
          disabled={!state.canUndo}
          onClick={() => chain().undo().run()}
        >
          ↶
        </Tool>
        <Tool
          label="Redo"
          shortcut={`${mod}Shift+Z`}
          disabled={!state.canRedo}
          onClick={() => chain().redo().run()}
        >
          ↷
        </Tool>
      </div>
    </div>
  );
}
