import {
  memo,
  startTransition,
  Suspense,
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import type { Article, ArticleEdits } from '../../../core/article/article';
import { articleStatuses } from '../../../core/article/status';
import type { Photo } from '../../../core/article/photo';
import { createBodyJson } from '../../../core/body/body-json';
import type { AttachedPhoto, ExportFormat, OpenedArticle } from '../../../electron/ipc/contract';
import { call, errorMessage } from '../api/newsroom';
import { photoToFigure } from '../../../core/body/figure-photo';
import { SaveSession } from '../core/save-session';
import { useBodyEditor } from '../hooks/use-body-editor';
import type { FigureEditRequest } from '../editor/figure-node-view';
import { useExport } from '../hooks/use-export';
import { useNewsroomEvent } from '../hooks/use-newsroom-event';
import { BodyCounts } from './BodyCounts';
import { BodyEditorContent } from './BodyEditorContent';
import { ConflictNotice } from './ConflictBanner';
import { EditorToolbar } from './EditorToolbar';
import { ExportPanel } from './ExportPanel';
import { FigureDialog, HistoryDialog, LinkDialog } from './lazy-dialogs';
import { MoreFormats } from './MoreFormats';
import { PhotoPanel } from './PhotoPanel';
import { PublicationTimeInput } from './PublicationTimeInput';
import { SaveIndicator } from './SaveIndicator';

type Draft = Omit<ArticleEdits, 'body'>;

function pickDraft(article: Article): Draft {
  const { kicker, headline, standfirst, byline, dateline, published, status, leadPhoto } = article;
  return { kicker, headline, standfirst, byline, dateline, published, status, leadPhoto };
}

interface ArticleViewProps {
  opened: OpenedArticle;
  readOnly: boolean;
  /** The shown text is not on disk yet (restored from the recovery journal): save it. */
  unsaved?: boolean;
  /** A new article: the cursor starts in the headline. */
  fresh?: boolean;
  /** Called after every successful save with what was written. */
  onSaved(article: Article, updated: string): void;
  /** Hands the session to the app, which flushes it before switching article or closing. */
  onSession(session: SaveSession | null): void;
  /** Shows another article (the copy after "Keep both", or theirs after "Load theirs"). */
  onReplace(opened: OpenedArticle): void;
}

const statusLabels: Record<Article['status'], string> = { draft: 'Draft', ready: 'Ready' };

/** Longest wait for an idle moment before the credit suggestions load anyway. */
const CREDITS_TIMEOUT_MS = 1000;

/**
 * One open article: its fields, the body editor, the photo panel, autosave and export. Memoized: the
 * library changing around it (a listing arriving, an entry updated after each save) leaves it alone.
 */
export const ArticleView = memo(function ArticleView({
  opened,
  readOnly,
  unsaved = false,
  fresh = false,
  onSaved,
  onSession,
  onReplace,
}: ArticleViewProps) {
  const base = opened.article;
  const ids = useId();
  const bodyLabelId = `${ids}-body`;
  const [draft, setDraft] = useState<Draft>(() => pickDraft(base));
  const draftRef = useRef(draft);
  const [link, setLink] = useState<{ initial: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [credits, setCredits] = useState<string[]>([]);
  const [showHistory, setShowHistory] = useState(false);
  const [figureEdit, setFigureEdit] = useState<FigureEditRequest | null>(null);
  const latest = useRef({ onSaved, onSession });
  useEffect(() => {
    latest.current = { onSaved, onSession };
  });

  const [session] = useState(
    () =>
      new SaveSession({
        revision: opened.revision,
        save: (article, revision) => call('article:save', { article, revision }),
        ...(readOnly ? {} : { recover: (article) => call('recovery:write', { article }) }),
      }),
  );

  const openLink = () => {
    setLink({ initial: String(editor.getAttributes('link').href ?? '') });
  };

  const insertFigures = async (
    attach: () => Promise<AttachedPhoto[]>,
    position: number | null,
  ): Promise<void> => {
    try {
      const photos = await attach();
      if (photos.length === 0) return;
      const nodes = photos.map((p) => ({ type: 'figure', attrs: photoToFigure(p.photo) }));
      const chain = editor.chain().focus();
      (position === null
        ? chain.insertContent(nodes)
        : chain.insertContentAt(position, nodes)
      ).run();
    } catch (err) {
      setNotice(`Could not add the photo: ${errorMessage(err)}`);
    }
  };

  const editor = useBodyEditor(
    base.body,
    { labelId: bodyLabelId, articleId: base.id },
    {
      onChange: () => session.changed(),
      onBlur: () => void session.flush(),
      onLinkShortcut: openLink,
      onImageFiles: (files, position) =>
        void insertFigures(async () => {
          const photos: AttachedPhoto[] = [];
          for (const file of files) {
            const bytes = new Uint8Array(await file.arrayBuffer());
            photos.push(await call('photo:import', { id: base.id, name: file.name, bytes }));
          }
          return photos;
        }, position),
      onEditFigure: setFigureEdit,
    },
  );

  useEffect(() => {
    // Suggestions for the credit fields wait for an idle moment: opening an article redraws nothing for them.
    const handle = requestIdleCallback(
      () =>
        void call('credits:recent').then(
          (recent) => startTransition(() => setCredits(recent)),
          () => undefined,
        ),
      { timeout: CREDITS_TIMEOUT_MS },
    );
    return () => cancelIdleCallback(handle);
  }, [base.id]);

  useEffect(() => {
    // Unchanged (the usual case at open), it is skipped: setEditable redraws the view twice.
    if (editor.options.editable !== !readOnly) editor.setEditable(!readOnly);
  }, [editor, readOnly]);

  // Autosave and the recovery journal compose the article while the user types: only changed blocks.
  const [bodyJson] = useState(createBodyJson);

  useEffect(() => {
    session.attach({
      compose: () => ({ ...base, ...draftRef.current, body: bodyJson(editor.state.doc) }),
      onSaved: (article, updated) => latest.current.onSaved(article, updated),
    });
    latest.current.onSession(session);
    if (unsaved) session.changed();
    const flushOnBlur = () => void session.flush();
    window.addEventListener('blur', flushOnBlur);
    return () => {
      window.removeEventListener('blur', flushOnBlur);
      latest.current.onSession(null);
      session.dispose();
    };
  }, [session, base, editor, unsaved, bodyJson]);

  const update = useCallback(
    (patch: Partial<Draft>) => {
      draftRef.current = { ...draftRef.current, ...patch };
      setDraft(draftRef.current);
      session.changed();
    },
    [session],
  );

  const flush = useCallback(() => session.flush(), [session]);
  const exporter = useExport(base.id, flush);
  useNewsroomEvent('menu:command', (command) => {
    if (command === 'export-html') void exporter.start('html');
    if (command === 'export-ninjs') void exporter.start('ninjs');
    if (command === 'history') setShowHistory(true);
  });

  const keepBoth = async () => {
    try {
      onReplace(await call('article:save-copy', { article: session.compose() }));
    } catch (err) {
      setNotice(`Could not save a copy: ${errorMessage(err)}`);
    }
  };

  const field = (
    name: 'kicker' | 'byline' | 'dateline',
    label: string,
    max: number,
    placeholder?: string,
  ) => (
    <div className={`field field-${name}`}>
      <label htmlFor={`${ids}-${name}`}>{label}</label>
      <input
        id={`${ids}-${name}`}
        type="text"
        value={draft[name]}
        maxLength={max}
        placeholder={placeholder}
        readOnly={readOnly}
        onChange={(event) => update({ [name]: event.target.value })}
      />
    </div>
  );

  const exportButton = (format: ExportFormat, label: string, chosen?: () => void) => (
    <button
      type="button"
      className="button"
      disabled={exporter.state.kind === 'checking' || exporter.state.kind === 'running'}
      onClick={() => {
        chosen?.();
        void exporter.start(format);
      }}
    >
      {label}
    </button>
  );

  return (
    <>
      <main className="editor-pane" onBlur={() => void session.flush()}>
        <header className="editor-bar">
          <SaveIndicator session={session} />
          {readOnly && <p className="read-only-badge">Read-only</p>}
          <div className="editor-bar-actions">
            <button type="button" className="button subtle" onClick={() => setShowHistory(true)}>
              History
            </button>
            {exportButton('html', 'Export as HTML')}
            {exportButton('ninjs', 'Export as ninjs JSON')}
            <MoreFormats>
              {(close) => (
                <>
                  {exportButton('html-single', 'Single-file HTML', close)}
                  {exportButton('html-fragment', 'HTML fragment for a CMS', close)}
                  {exportButton('json', 'Newsroom JSON', close)}
                </>
              )}
            </MoreFormats>
          </div>
        </header>
        <ConflictNotice session={session} onKeepBoth={keepBoth} onLoadTheirs={onReplace} />
        {notice && (
          <div className="banner error" role="alert">
            <p>{notice}</p>
            <button type="button" className="button subtle" onClick={() => setNotice(null)}>
              Dismiss
            </button>
          </div>
        )}
        <ExportPanel
          state={exporter.state}
          onProgress={exporter.progress}
          onForce={(format) => void exporter.start(format, true)}
          onDismiss={exporter.dismiss}
        />
        <div className="page">
          {field('kicker', 'Kicker', 500, 'Section or topic')}
          <div className="field field-headline">
            <label htmlFor={`${ids}-headline`}>Headline</label>
            <textarea
              id={`${ids}-headline`}
              autoFocus={fresh}
              rows={1}
              value={draft.headline}
              maxLength={1000}
              readOnly={readOnly}
              placeholder="Write a headline"
              onKeyDown={(event) => {
                // A headline is one line; Enter moves on to the standfirst.
                if (event.key === 'Enter') {
                  event.preventDefault();
                  document.getElementById(`${ids}-standfirst`)?.focus();
                }
              }}
              onChange={(event) => update({ headline: event.target.value.replace(/\n/g, ' ') })}
            />
          </div>
          <div className="field field-standfirst">
            <label htmlFor={`${ids}-standfirst`}>Standfirst</label>
            <textarea
              id={`${ids}-standfirst`}
              rows={2}
              value={draft.standfirst}
              maxLength={5000}
              readOnly={readOnly}
              placeholder="One or two sentences that tell the reader why this matters"
              onChange={(event) => update({ standfirst: event.target.value })}
            />
          </div>
          <div className="meta-grid">
            {field('byline', 'Byline', 500)}
            {field('dateline', 'Dateline', 500, 'Place')}
            <div className="field field-published">
              <label htmlFor={`${ids}-published`}>Publication time</label>
              <PublicationTimeInput
                id={`${ids}-published`}
                value={draft.published}
                readOnly={readOnly}
                onChange={(published) => update({ published })}
              />
            </div>
            <div className="field field-status">
              <label htmlFor={`${ids}-status`}>Status</label>
              <select
                id={`${ids}-status`}
                value={draft.status}
                disabled={readOnly}
                onChange={(event) => update({ status: event.target.value as Article['status'] })}
              >
                {articleStatuses.map((status) => (
                  <option key={status} value={status}>
                    {statusLabels[status]}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className="field field-body">
            <span className="label" id={bodyLabelId}>
              Body
            </span>
            <div className="body-frame">
              <EditorToolbar
                editor={editor}
                onLink={openLink}
                onInsertPhoto={() =>
                  void insertFigures(async () => {
                    const attached = await call('photo:attach', { id: base.id });
                    return attached ? [attached] : [];
                  }, null)
                }
              />
              <BodyEditorContent editor={editor} className="body-content" />
            </div>
            <BodyCounts editor={editor} />
          </div>
        </div>
      </main>
      <PhotoPanel
        articleId={base.id}
        photo={draft.leadPhoto}
        readOnly={readOnly}
        credits={credits}
        onChange={(photo: Photo | null) => update({ leadPhoto: photo })}
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
          <LinkDialog
            initial={link.initial}
            onCancel={() => {
              setLink(null);
              editor.commands.focus();
            }}
            onRemove={() => {
              setLink(null);
              editor.chain().focus().extendMarkRange('link').unsetLink().run();
            }}
            onApply={(url) => {
              setLink(null);
              if (editor.state.selection.empty && !editor.isActive('link')) {
                editor
                  .chain()
                  .focus()
                  .insertContent({
                    type: 'text',
                    text: url,
                    marks: [{ type: 'link', attrs: { href: url } }],
                  })
                  .run();
              } else {
                editor.chain().focus().extendMarkRange('link').setLink({ href: url }).run();
              }
            }}
          />
        )}
      </Suspense>
    </>
  );
});
