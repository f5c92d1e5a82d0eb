import { memo, Suspense, useId, useState } from 'react';
import type { DeskRole } from '../../../electron/ipc/contract';
import type { DeskArticle } from '../desk/desk-article';
import { linkAtSelection } from '../editor/link-commands';
import { useDeskBodyEditor } from '../hooks/use-desk-body-editor';
import { useDeskLanguage } from '../hooks/use-desk-language';
import { BodyField } from './BodyField';
import { DeskArticleFields } from './DeskArticleFields';
import { DeskPhotoPanel } from './DeskPhotoPanel';
import { DeskSaveIndicator } from './DeskSaveIndicator';
import { ErrorBanner } from './ErrorBanner';
import { EditorLinkDialog } from './lazy-dialogs';

interface DeskArticleViewProps {
  article: DeskArticle;
  role: DeskRole | null;
  readOnly: boolean;
  fresh?: boolean;
}

const roleNames: Record<DeskRole, string> = {
  reporter: 'Reporter',
  editor: 'Editor',
  photo: 'Photo desk',
};

/**
 * One desk article: its fields and body bound to the shared document, others' carets, the lead
 * photo and the desk's save status. The photo role edits the photo and its texts only (the server
 * refuses the rest too).
 */
export const DeskArticleView = memo(function DeskArticleView({
  article,
  role,
  readOnly,
  fresh = false,
}: DeskArticleViewProps) {
  const ids = useId();
  const bodyLabelId = `${ids}-body`;
  const textReadOnly = readOnly || role === 'photo';
  const [link, setLink] = useState<{ initial: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const openLink = () => setLink({ initial: linkAtSelection(editor) });
  const language = useDeskLanguage(article.document.doc);
  const editor = useDeskBodyEditor(
    article.document,
    {
      articleId: article.id,
      labelId: bodyLabelId,
      language,
    },
    {
      onChange: () => undefined,
      onBlur: () => undefined,
      onLinkShortcut: openLink,
      onImageFiles: () => setNotice('On a desk, photos go into the lead photo panel.'),
      onEditFigure: () => undefined,
    },
    !textReadOnly,
  );

  return (
    <>
      <main className="editor-pane">
        <header className="editor-bar">
          <DeskSaveIndicator article={article} />
          {role && <p className="desk-role-badge">{roleNames[role]}</p>}
          {textReadOnly && <p className="read-only-badge">Text read-only</p>}
        </header>
        {notice && <ErrorBanner message={notice} onDismiss={() => setNotice(null)} />}
        <div className="page">
          <DeskArticleFields
            idPrefix={ids}
            doc={article.document.doc}
            language={language}
            textReadOnly={textReadOnly}
            fresh={fresh}
          />
          <BodyField
            labelId={bodyLabelId}
            editor={editor}
            language={language}
            onLink={openLink}
            onInsertPhoto={() => setNotice('On a desk, photos go into the lead photo panel.')}
          />
        </div>
      </main>
      <DeskPhotoPanel articleId={article.id} doc={article.document.doc} language={language} />
      <Suspense fallback={null}>
        {link && (
          <EditorLinkDialog editor={editor} initial={link.initial} onClose={() => setLink(null)} />
        )}
      </Suspense>
    </>
  );
});
