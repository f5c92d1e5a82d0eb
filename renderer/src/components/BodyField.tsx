import type { Editor } from '@tiptap/core';
import { BodyCounts } from './BodyCounts';
import { BodyEditorContent } from './BodyEditorContent';
import { EditorToolbar } from './EditorToolbar';

interface BodyFieldProps {
  /** Id of the label, which the editor's element names as its label. */
  labelId: string;
  editor: Editor;
  onLink(): void;
  onInsertPhoto(): void;
}

/** The Body field: its label, the formatting toolbar, the editor and the word count. */
export function BodyField({ labelId, editor, onLink, onInsertPhoto }: BodyFieldProps) {
  return (
    <div className="field field-body">
      <span className="label" id={labelId}>
        Body
      </span>
      <div className="body-frame">
        <EditorToolbar editor={editor} onLink={onLink} onInsertPhoto={onInsertPhoto} />
        <BodyEditorContent editor={editor} className="body-content" />
      </div>
      <BodyCounts editor={editor} />
    </div>
  );
}
