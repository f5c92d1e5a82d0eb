import { useCallback, useEffect, useRef, useState } from 'react';
import type { Article } from '../../../core/article/article';
import type {
  ImportedArticle,
  LibraryEntry,
  OpenedArticle,
  RecoveryEntry,
  WorkspaceInfo,
} from '../../../electron/ipc/contract';
import { call, errorMessage } from '../api/newsroom';
import { loadWorkspaceContent, type Startup } from '../api/startup';
import { ArticleNavigation, firstShown, type Shown } from '../core/article-navigation';
import type { SaveSession } from '../core/save-session';
import type { ImportReport } from '../hooks/use-paste-article';
import { useIdleValue } from '../hooks/use-idle-value';
import { useLibrary } from '../hooks/use-library';
import { useNewsroomEvent } from '../hooks/use-newsroom-event';
import { ArticleView } from './ArticleView';
import { DeleteConfirm } from './DeleteConfirm';
import { ErrorBanner } from './ErrorBanner';
import { LibraryIndexing } from './LibraryIndexing';
import { LibraryPane } from './LibraryPane';
import { NoArticle } from './NoArticle';
import { RecoveryTray } from './RecoveryTray';

/** The window: library on the left, the open article in the middle, its photo on the right. */
export function App({ startup, onSettings }: { startup: Startup; onSettings?(): void }) {
  const library = useLibrary(startup.listing);
  const { refresh, replace, upsert, saved, remove } = library;
  // The window opened before a rebuilding library index could list: the list fills in when it can.
  useEffect(() => {
    void startup.pendingListing?.then(replace);
  }, [startup, replace]);
  const [workspace, setWorkspace] = useState<WorkspaceInfo | null>(startup.info);
  const [shown, setShown] = useState<Shown | null>(() => firstShown(startup.opened));
  const [problem, setProblem] = useState<string | null>(startup.problem);
  const [loading, setLoading] = useState(false);
  const [deleting, setDeleting] = useState<LibraryEntry | null>(null);
  const [recoveries, setRecoveries] = useState<RecoveryEntry[]>(startup.recoveries);
  const filterRef = useRef<HTMLInputElement>(null);
  const [navigation] = useState(
    () =>
      new ArticleNavigation({
        opened: startup.opened,
        readOnly: startup.info?.readOnly ?? false,
        snapshot: (id) => call('history:snapshot', { id }),
        show: setShown,
      }),
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
      navigation.saved(article);
      saved(article, updated);
    },
    [navigation, saved],
  );

  const openArticle = (id: string) =>
    attempt('Could not open the article', () =>
      navigation.open(id, () => call('article:open', { id })),
    );

  const newArticle = () =>
    attempt('Could not create an article', () =>
      navigation.open(
        null,
        async () => {
          const created = await call('article:create');
          // Still listed when the user has moved on to another article meanwhile; just not shown.
          upsert(created.article);
          return created;
        },
        { fresh: true },
      ),
    );

  const [imported, setImported] = useState<{ id: string; report: ImportReport } | null>(null);
  /** Import… and drops: the main process reads and imports the file, then the article opens. */
  const importArticle = (read: () => Promise<ImportedArticle | null>) =>
    attempt('Could not import', async () => {
      await navigation.flush();
      const result = await read();
      if (!result) return;
      const { opened, format, placements, notes } = result;
      upsert(opened.article);
      setImported({
        id: opened.article.id,
        report: { title: `Imported from ${format}`, placements, notes },
      });
      await navigation.open(opened.article.id, async () => opened);
    });
  const dropFiles = (files: File[]) => {
    for (const file of files)
      void importArticle(async () =>
        call('article:import-bytes', {
          name: file.name,
          bytes: new Uint8Array(await file.arrayBuffer()),
        }),
      );
  };

  const loadWorkspace = async (info: WorkspaceInfo) => {
    const current = navigation.begin();
    setLoading(true);
    setWorkspace(info);
    navigation.setReadOnly(info.readOnly);
    navigation.show(null);
    const content = await loadWorkspaceContent(info);
    if (current()) navigation.show(content.opened);
    replace(content.listing);
    setRecoveries(content.recoveries);
    setProblem(content.problem);
    setLoading(false);
  };

  const switchWorkspace = async () => {
    let info: WorkspaceInfo | null;
    try {
      await navigation.flush();
      info = await call('workspace:open');
    } catch (err) {
      setProblem(`Could not open the workspace: ${errorMessage(err)}`);
      return;
    }
    if (info) await loadWorkspace(info);
  };

  useNewsroomEvent('menu:command', (command) => {
    if (command === 'new-article') void newArticle();
    if (command === 'open-workspace') void switchWorkspace();
    if (command === 'find') filterRef.current?.focus();
    if (command === 'import') void importArticle(() => call('article:import'));
  });

  useNewsroomEvent('library:changed', library.apply);

  useNewsroomEvent('app:before-close', () => {
    void (async () => {
      const unsaved = await navigation.closeWindow();
      // Saving failed: keep the text in the recovery journal before the window goes.
      if (unsaved) await call('recovery:write', { article: unsaved }).catch(() => undefined);
      await call('app:ready-to-close').catch(() => undefined);
    })();
  });

  const confirmDelete = async (entry: LibraryEntry) => {
    setDeleting(null);
    await attempt('Could not delete the article', async () => {
      navigation.close(entry.id);
      await call('article:delete', { id: entry.id });
      remove(entry.id);
    });
  };

  const restoreRecovery = (entry: RecoveryEntry) =>
    attempt('Could not restore the unsaved text', async () => {
      await navigation.leave(entry.id);
      const article = await call('recovery:take', { id: entry.id });
      const current = await call('article:open', { id: entry.id }).catch(() => null);
      if (current) {
        navigation.show({ article, revision: current.revision }, { unsaved: true });
      } else {
        // The article is gone (deleted or unreadable): the text comes back as a new article.
        navigation.show(await call('article:save-copy', { article }));
        await refresh();
      }
      setRecoveries((list) => list.filter((e) => e.id !== entry.id));
    });

  const discardRecovery = (entry: RecoveryEntry) =>
    attempt('Could not discard the unsaved text', async () => {
      await call('recovery:discard', { id: entry.id });
      setRecoveries((list) => list.filter((e) => e.id !== entry.id));
    });

  const onSession = useCallback(
    (session: SaveSession | null) => navigation.attach(session),
    [navigation],
  );

  const onReplace = useCallback(
    (opened: OpenedArticle) => {
      navigation.show(opened);
      void refresh();
    },
    [navigation, refresh],
  );

  const onReload = useCallback(
    (opened: OpenedArticle) =>
      navigation.show(opened, { notice: 'Updated from disk: it was changed outside this window.' }),
    [navigation],
  );

  const flushOpen = useCallback(() => navigation.flush(), [navigation]);

  const readOnly = workspace?.readOnly ?? false;
  // The list draws once the browser is idle, so an article opened at start-up is editable first.
  const listed = useIdleValue(library.loaded ? library.entries : null, null);

  return (
    <div className="app" aria-busy={loading}>
      <LibraryPane
        indexing={<LibraryIndexing />}
        entries={listed ?? []}
        loading={listed === null}
        error={library.error}
        workspace={workspace}
        selectedId={shown?.opened.article.id ?? null}
        filterRef={filterRef}
        onNew={() => void newArticle()}
        onImport={() => void importArticle(() => call('article:import'))}
        onDropFiles={dropFiles}
        onOpen={(id) => void openArticle(id)}
        onDelete={setDeleting}
        onSwitchWorkspace={() => void switchWorkspace()}
        onSettings={onSettings}
        beforeExport={flushOpen}
      />
      {problem && (
        <ErrorBanner message={problem} className="app-problem" onDismiss={() => setProblem(null)} />
      )}
      {shown ? (
        <ArticleView
          key={`${shown.opened.article.id}-${shown.load}`}
          opened={shown.opened}
          readOnly={readOnly}
          unsaved={shown.unsaved}
          fresh={shown.fresh}
          importReport={imported?.id === shown.opened.article.id ? imported.report : null}
          onSaved={onSaved}
          onSession={onSession}
          onReplace={onReplace}
          notice={shown.notice}
          onReload={onReload}
        />
      ) : (
        <NoArticle />
      )}
      <RecoveryTray
        entries={recoveries}
        onRestore={(entry) => void restoreRecovery(entry)}
        onDiscard={(entry) => void discardRecovery(entry)}
      />
      {deleting && (
        <DeleteConfirm
          entry={deleting}
          onCancel={() => setDeleting(null)}
          onConfirm={() => void confirmDelete(deleting)}
        />
      )}
    </div>
  );
}
