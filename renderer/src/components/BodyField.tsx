import type { Editor } from '@tiptap/core';
import { textDirection } from '../../../core/language/text-direction';
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
      {/* The toolbar follows the text: mirrored for a right-to-left article. */}
      <div className="body-frame" dir={textDirection(language)}>
        <EditorToolbar editor={editor} onLink={onLink} onInsertPhoto={onInsertPhoto} />
        <BodyEditorContent editor={editor} className="body-content" />
      </div>
      <BodyCounts editor={editor} language={language} />
      <SpellingNote language={language} />
    </div>
  );
}
