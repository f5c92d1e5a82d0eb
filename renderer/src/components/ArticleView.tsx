import { memo, Suspense, useCallback, useEffect, useId, useRef, useState } from 'react';
import type { Article } from '../../../core/article/article';
import type { Photo } from '../../../core/article/photo';
import { createBodyJson } from '../../../core/body/body-json';
import type { OpenedArticle } from '../../../electron/ipc/contract';
import { call, errorMessage } from '../api/newsroom';
import { OutsideChanges } from '../core/outside-changes';
import type { SaveSession } from '../core/save-session';
import type { FigureEditRequest } from '../editor/figure-node-view';
import { linkAtSelection } from '../editor/link-commands';
import { PhotoInsertion } from '../editor/photo-insertion';
import { useArticleDraft } from '../hooks/use-article-draft';
import { useArticleSession } from '../hooks/use-article-session';
import { useBodyEditor } from '../hooks/use-body-editor';
import { useExport } from '../hooks/use-export';
import { useNewsroomEvent } from '../hooks/use-newsroom-event';
import { usePasteArticle, type ImportReport } from '../hooks/use-paste-article';
import { useRecentCredits } from '../hooks/use-recent-credits';
import { ArticleBar } from './ArticleBar';
import { ArticleFields } from './ArticleFields';
import { BodyField } from './BodyField';
import { ConflictNotice } from './ConflictBanner';
import { DeletedNotice } from './DeletedNotice';
import { LoadNote } from './LoadNote';
import { ErrorBanner } from './ErrorBanner';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { EditorLinkDialog, FigureDialog, HistoryDialog } from './lazy-dialogs';
import { PhotoPanel } from './PhotoPanel';

interface ArticleViewProps {
  opened: OpenedArticle;
  readOnly: boolean;
  /** The shown text is not on disk yet (restored from the recovery journal): save it. */
  unsaved?: boolean;
  /** A new article: the cursor starts in the headline. */
  fresh?: boolean;
  /** What went where, for an article just imported from a file. */
  importReport?: ImportReport | null;
  /** Called after every successful save with what was written. */
  onSaved(article: Article, updated: string): void;
  /** Hands the session to the app, which flushes it before switching article or closing. */
  onSession(session: SaveSession | null): void;
  /** Shows another article (the copy after "Keep both", or theirs after "Load theirs"). */
  onReplace(opened: OpenedArticle): void;
  /** Why the article was (re)loaded, shown quietly until dismissed or the next edit. */
  notice?: string | null;
  /** Shows the newer version on disk in place of this clean one (changed outside). */
  onReload(opened: OpenedArticle): void;
}

/**
 * One open article: its fields, the body editor, the photo panel, autosave and export. Memoized: the
 * library changing around it (a listing arriving, an entry updated after each save) leaves it alone.
 */
export const ArticleView = memo(function ArticleView({
  opened,
  readOnly,
  unsaved = false,
  fresh = false,
  importReport = null,
  onSaved,
  onSession,
  onReplace,
  notice: loadNotice = null,
  onReload,
}: ArticleViewProps) {
  const base = opened.article;
  const ids = useId();
  const bodyLabelId = `${ids}-body`;
  const [link, setLink] = useState<{ initial: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [showHistory, setShowHistory] = useState(false);
  const [figureEdit, setFigureEdit] = useState<FigureEditRequest | null>(null);
  // Autosave and the recovery journal compose the article while the user types: only changed blocks.
  const [bodyJson] = useState(createBodyJson);

  const session = useArticleSession(
    {
      revision: opened.revision,
      save: (article, revision) => call('article:save', { article, revision }),
      ...(readOnly ? {} : { recover: (article) => call('recovery:write', { article }) }),
    },
    {
      unsaved,
      compose: () => ({ ...base, ...fields.current(), body: bodyJson(editor.state.doc) }),
      onSaved,
      onSession,
    },
  );
  const [loadNote, setLoadNote] = useState(loadNotice);
  const noted = useRef(loadNotice !== null);
  const changed = useCallback(() => {
    session.changed();
    // The note is about the version loaded; once edited it says nothing more (one state change, not one a key).
    if (noted.current) {
      noted.current = false;
      setLoadNote(null);
    }
  }, [session]);
  const [outside] = useState(
    () =>
      new OutsideChanges({
        id: base.id,
        session,
        read: (id) => call('article:read', { id }),
        reload: onReload,
        ...(readOnly ? {} : { recover: (article) => call('recovery:write', { article }) }),
      }),
  );
  useNewsroomEvent('library:changed', (changes) => void outside.heard(changes));
  const fields = useArticleDraft(base, changed);
  const [photos] = useState(
    () =>
      new PhotoInsertion(
        {
          pick: () => call('photo:attach', { id: base.id }),
          import: (name, bytes) => call('photo:import', { id: base.id, name, bytes }),
        },
        setNotice,
      ),
  );

  const openLink = () => setLink({ initial: linkAtSelection(editor) });
  const editor = useBodyEditor(
    base.body,
    { labelId: bodyLabelId, articleId: base.id, language: fields.draft.language },
    {
      onChange: changed,
      onBlur: () => void session.flush(),
      onLinkShortcut: openLink,
      onImageFiles: (files, position) => void photos.files(editor, files, position),
      onEditFigure: setFigureEdit,
    },
  );

  // After the body editor, where its idle request always was: declared first, typing just after
  // opening measured about one more React commit per 40 keys (npm run bench -- --only=typing).
  const credits = useRecentCredits(base.id);
  useEffect(() => {
    // Unchanged (the usual case at open), it is skipped: setEditable redraws the view twice.
    if (editor.options.editable !== !readOnly) editor.setEditable(!readOnly);
  }, [editor, readOnly]);

  const pageRef = useRef<HTMLDivElement>(null);
  const paste = usePasteArticle(pageRef, editor, fields, {
    readOnly,
    initial: importReport,
    onProblem: setNotice,
  });
  const changePhoto = (photo: Photo | null) => {
    // A photo attached after a pasted article takes the caption and credit that waited for it.
    const waiting = paste.pending;
    if (photo && waiting) {
      photo = {
        ...photo,
        caption: photo.caption || waiting.caption,
        credit: photo.credit || waiting.credit,
      };
      paste.setPending(null);
    }
    fields.update({ leadPhoto: photo });
  };

  const flush = useCallback(() => session.flush(), [session]);
  const exporter = useExport(base.id, flush);
  useNewsroomEvent('menu:command', (command) => {
    if (command === 'export-html') void exporter.start('html');
    if (command === 'export-ninjs') void exporter.start('ninjs');
    if (command === 'export-newsml') void exporter.start('newsml');
    if (command === 'export-nitf') void exporter.start('nitf');
    if (command === 'history') setShowHistory(true);
  });

  const keepBoth = async () => {
    try {
      onReplace(await call('article:save-copy', { article: session.compose() }));
    } catch (err) {
      setNotice(`Could not save a copy: ${errorMessage(err)}`);
    }
  };

  const saveAsNew = async () => {
    try {
      const copy = await call('article:save-copy', { article: session.compose() });
      // The text is an article again: neither closing this view nor the journal keeps it twice.
      session.dispose();
      await call('recovery:discard', { id: base.id }).catch(() => undefined);
      onReplace(copy);
    } catch (err) {
      setNotice(`Could not save it as a new article: ${errorMessage(err)}`);
    }
  };

  return (
    <>
      <main className="editor-pane" onBlur={() => void session.flush()}>
        <ArticleBar
          session={session}
          readOnly={readOnly}
          exporter={exporter}
          onHistory={() => setShowHistory(true)}
        />
        <ConflictNotice session={session} onKeepBoth={keepBoth} onLoadTheirs={onReplace} />
        <DeletedNotice session={session} readOnly={readOnly} onSaveAsNew={saveAsNew} />
        {loadNote && (
          <LoadNote
            message={loadNote}
            onDismiss={() => {
              noted.current = false;
              setLoadNote(null);
            }}
          />
        )}
        {notice && <ErrorBanner message={notice} onDismiss={() => setNotice(null)} />}
        <ExportPanel
          state={exporter.state}
          onProgress={exporter.progress}
          onForce={(format) => void exporter.start(format, true)}
          onDismiss={exporter.dismiss}
        />
        <div className="page" ref={pageRef}>
          {paste.report && <ImportPanel report={paste.report} onDismiss={paste.dismiss} />}
          <ArticleFields
            idPrefix={ids}
            draft={fields.draft}
            readOnly={readOnly}
            fresh={fresh}
            onChange={fields.update}
          />
          <BodyField
            labelId={bodyLabelId}
            editor={editor}
            language={fields.draft.language}
            onLink={openLink}
            onInsertPhoto={() => void photos.pick(editor)}
          />
        </div>
      </main>
      <PhotoPanel
        articleId={base.id}
        photo={fields.draft.leadPhoto}
        readOnly={readOnly}
        credits={credits}
        language={fields.draft.language}
        onChange={changePhoto}
        pending={paste.pending}
        onPendingChange={paste.setPending}
      />
      <Suspense fallback={null}>
        {showHistory && (
          <HistoryDialog
            articleId={base.id}
            readOnly={readOnly}
            compose={() => session.compose()}
            beforeRestore={flush}
            onRestored={onReplace}
            onClose={() => setShowHistory(false)}
          />
        )}
        {figureEdit && (
          <FigureDialog
            articleId={base.id}
            credits={credits}
            request={figureEdit}
            onClose={() => setFigureEdit(null)}
          />
        )}
        {link && (
          <EditorLinkDialog editor={editor} initial={link.initial} onClose={() => setLink(null)} />
        )}
      </Suspense>
    </>
  );
});
