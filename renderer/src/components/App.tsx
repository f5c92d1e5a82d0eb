import { Suspense, useCallback, useRef, useState } from 'react';
import type { Article } from '../../../core/article/article';
import type {
  LibraryEntry,
  OpenedArticle,
  RecoveryEntry,
  WorkspaceInfo,
} from '../../../electron/ipc/contract';
import { call, errorMessage } from '../api/newsroom';
import { loadWorkspaceContent, type Startup } from '../api/startup';
import type { SaveSession } from '../core/save-session';
import { useIdleValue } from '../hooks/use-idle-value';
import { useLibrary } from '../hooks/use-library';
import { useNewsroomEvent } from '../hooks/use-newsroom-event';
import { ArticleView } from './ArticleView';
import { ConfirmDialog } from './lazy-dialogs';
import { LibraryPane } from './LibraryPane';
import { RecoveryTray } from './RecoveryTray';
import { createLatestRequest } from '../core/latest-request';

interface Shown {
  opened: OpenedArticle;
  /** Text restored from the recovery journal, not yet saved. */
  unsaved: boolean;
  /** A new article: put the cursor in its headline. */
  fresh: boolean;
  /** Bumped on every load so the editor remounts with what was loaded. */
  load: number;
}

/** The window: library on the left, the open article in the middle, its photo on the right. */
export function App({ startup }: { startup: Startup }) {
  const library = useLibrary(startup.listing);
  const { refresh, replace, upsert, saved, remove } = library;
  const [workspace, setWorkspace] = useState<WorkspaceInfo | null>(startup.info);
  const [shown, setShown] = useState<Shown | null>(() =>
    startup.opened ? { opened: startup.opened, unsaved: false, fresh: false, load: 1 } : null,
  );
  const [problem, setProblem] = useState<string | null>(startup.problem);
  const [loading, setLoading] = useState(false);
  const [deleting, setDeleting] = useState<LibraryEntry | null>(null);
  const [recoveries, setRecoveries] = useState<RecoveryEntry[]>(startup.recoveries);
  const session = useRef<SaveSession | null>(null);
  const filterRef = useRef<HTMLInputElement>(null);
  const loads = useRef(1);
  /** The article in the editor, and whether it was saved while open (then leaving it keeps a snapshot). */
  const openId = useRef<string | null>(startup.opened?.article.id ?? null);
  const savedWhileOpen = useRef(false);
  const readOnlyRef = useRef(startup.info?.readOnly ?? false);
  // Opening or creating articles, and switching workspaces: what was asked for last is shown.
  const [navigation] = useState(createLatestRequest);

  const show = useCallback(
    (opened: OpenedArticle | null, how: { unsaved?: boolean; fresh?: boolean } = {}) => {
      loads.current += 1;
      openId.current = opened?.article.id ?? null;
      savedWhileOpen.current = false;
      setShown(
        opened
          ? {
              opened,
              unsaved: how.unsaved ?? false,
              fresh: how.fresh ?? false,
              load: loads.current,
            }
          : null,
      );
    },
    [],
  );

  const attempt = useCallback(async (what: string, action: () => Promise<void>) => {
    try {
      await action();
      setProblem(null);
    } catch (err) {
      setProblem(`${what}: ${errorMessage(err)}`);
    }
  }, []);

  const onSaved = useCallback(
    (article: Article, updated: string) => {
      if (article.id === openId.current) savedWhileOpen.current = true;
      saved(article, updated);
    },
    [saved],
  );

  /** Saves the open article before another one replaces it; if it changed while open, keeps a snapshot of it. */
  const leaveArticle = useCallback(async (nextId: string | null) => {
    await session.current?.flush();
    const left = openId.current;
    if (!left || left === nextId || !savedWhileOpen.current || readOnlyRef.current) return;
    savedWhileOpen.current = false;
    // History is a safety net: failing to take a snapshot must not stop the user moving on.
    await call('history:snapshot', { id: left }).catch(() => undefined);
  }, []);

  const openArticle = useCallback(
    (id: string) =>
      attempt('Could not open the article', async () => {
        const current = navigation.begin();
        await leaveArticle(id);
        const opened = await call('article:open', { id });
        if (current()) show(opened);
      }),
    [attempt, leaveArticle, show, navigation],
  );

  const newArticle = useCallback(
    () =>
      attempt('Could not create an article', async () => {
        const current = navigation.begin();
        await leaveArticle(null);
        const created = await call('article:create');
        upsert(created.article);
        // Still listed when the user has moved on to another article meanwhile; just not shown.
        if (current()) show(created, { fresh: true });
      }),
    [attempt, leaveArticle, show, upsert, navigation],
  );

  const loadWorkspace = useCallback(
    async (info: WorkspaceInfo) => {
      const current = navigation.begin();
      setLoading(true);
      setWorkspace(info);
      readOnlyRef.current = info.readOnly;
      show(null);
      const content = await loadWorkspaceContent(info);
      if (current()) show(content.opened);
      replace(content.listing);
      setRecoveries(content.recoveries);
      setProblem(content.problem);
      setLoading(false);
    },
    [replace, show, navigation],
  );

  const switchWorkspace = useCallback(async () => {
    let info: WorkspaceInfo | null;
    try {
      await session.current?.flush();
      info = await call('workspace:open');
    } catch (err) {
      setProblem(`Could not open the workspace: ${errorMessage(err)}`);
      return;
    }
    if (info) await loadWorkspace(info);
  }, [loadWorkspace]);

  useNewsroomEvent('menu:command', (command) => {
    if (command === 'new-article') void newArticle();
    if (command === 'open-workspace') void switchWorkspace();
    if (command === 'find') filterRef.current?.focus();
  });

  useNewsroomEvent('app:before-close', () => {
    void (async () => {
      const current = session.current;
      await current?.flush();
      if (current?.hasUnsavedChanges) {
        // Saving failed: keep the text in the recovery journal before the window goes.
        await call('recovery:write', { article: current.compose() }).catch(() => undefined);
      }
      await call('app:ready-to-close').catch(() => undefined);
    })();
  });

  const confirmDelete = async (entry: LibraryEntry) => {
    setDeleting(null);
    await attempt('Could not delete the article', async () => {
      if (shown?.opened.article.id === entry.id) {
        session.current?.dispose();
        show(null);
      }
      await call('article:delete', { id: entry.id });
      remove(entry.id);
    });
  };

  const restoreRecovery = (entry: RecoveryEntry) =>
    attempt('Could not restore the unsaved text', async () => {
      await leaveArticle(entry.id);
      const article = await call('recovery:take', { id: entry.id });
      const current = await call('article:open', { id: entry.id }).catch(() => null);
      if (current) {
        show({ article, revision: current.revision }, { unsaved: true });
      } else {
        // The article is gone (deleted or unreadable): the text comes back as a new article.
        show(await call('article:save-copy', { article }));
        await refresh();
      }
      setRecoveries((list) => list.filter((e) => e.id !== entry.id));
    });

  const discardRecovery = (entry: RecoveryEntry) =>
    attempt('Could not discard the unsaved text', async () => {
      await call('recovery:discard', { id: entry.id });
      setRecoveries((list) => list.filter((e) => e.id !== entry.id));
    });

  const onSession = useCallback((current: SaveSession | null) => {
    session.current = current;
  }, []);

  const onReplace = useCallback(
    (opened: OpenedArticle) => {
      show(opened);
      void refresh();
    },
    [show, refresh],
  );

  const flushOpen = useCallback(async () => {
    await session.current?.flush();
  }, []);

  const readOnly = workspace?.readOnly ?? false;
  // The list draws once the browser is idle, so an article opened at start-up is editable first.
  const listed = useIdleValue(library.loaded ? library.entries : null, null);

  return (
    <div className="app" aria-busy={loading}>
      <LibraryPane
        entries={listed ?? []}
        loading={listed === null}
        error={library.error}
        workspace={workspace}
        selectedId={shown?.opened.article.id ?? null}
        filterRef={filterRef}
        onNew={() => void newArticle()}
        onOpen={(id) => void openArticle(id)}
        onDelete={setDeleting}
        onSwitchWorkspace={() => void switchWorkspace()}
        beforeExport={flushOpen}
      />
      {problem && (
        <div className="banner error app-problem" role="alert">
          <p>{problem}</p>
          <button type="button" className="button subtle" onClick={() => setProblem(null)}>
            Dismiss
          </button>
        </div>
      )}
      {shown ? (
        <ArticleView
          key={`${shown.opened.article.id}-${shown.load}`}
          opened={shown.opened}
          readOnly={readOnly}
          unsaved={shown.unsaved}
          fresh={shown.fresh}
          onSaved={onSaved}
          onSession={onSession}
          onReplace={onReplace}
        />
      ) : (
        <main className="editor-pane empty-state">
          <div className="empty-card">
            <h1>No article open</h1>
            <p>Pick one from the library, or start one with New article.</p>
          </div>
        </main>
      )}
      <RecoveryTray
        entries={recoveries}
        onRestore={(entry) => void restoreRecovery(entry)}
        onDiscard={(entry) => void discardRecovery(entry)}
      />
      {deleting && (
        <Suspense fallback={null}>
          <ConfirmDialog
            title="Move to trash?"
            confirmLabel="Move to trash"
            danger
            onCancel={() => setDeleting(null)}
            onConfirm={() => void confirmDelete(deleting)}
          >
            <p>
              “{deleting.headline || 'Untitled'}” will be moved to the workspace’s trash folder. Its
              files stay there until you empty it.
            </p>
          </ConfirmDialog>
        </Suspense>
      )}
    </div>
  );
}
