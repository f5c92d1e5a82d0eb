import type { Editor } from '@tiptap/core';
import { BodyCounts } from './BodyCounts';
import { BodyEditorContent } from './BodyEditorContent';
import { EditorToolbar } from './EditorToolbar';
import { SpellingNote } from './SpellingNote';

interface BodyFieldProps {
  /** Id of the label, which the editor's element names as its label. */
  labelId: string;
  editor: Editor;
  /** The language spelling checks the body in. */
  language: string;
  onLink(): void;
  onInsertPhoto(): void;
}

/** The Body field: its label, the formatting toolbar, the editor, the word count and any spelling note. */
export function BodyField({ labelId, editor, language, onLink, onInsertPhoto }: BodyFieldProps) {
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
      <SpellingNote language={language} />
    </div>
  );
}
