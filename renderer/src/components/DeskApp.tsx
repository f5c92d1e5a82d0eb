import { useCallback, useEffect, useRef, useState } from 'react';
import type { DeskOpened, DeskState, LibraryEntry } from '../../../electron/ipc/contract';
import { deskChannel, readDeskListing } from '../api/desk';
import { call, errorMessage } from '../api/newsroom';
import { sameListing } from '../core/same-listing';
import { DeskArticle } from '../desk/desk-article';
import { lastDeskArticle, rememberDeskArticle } from '../desk/last-desk-article';
import { useNewsroomEvent } from '../hooks/use-newsroom-event';
import { DeskArticleView } from './DeskArticleView';
import { ErrorBanner } from './ErrorBanner';
import { LibraryPane } from './LibraryPane';
import { NoArticle } from './NoArticle';

// The desk's list is read again this often, so others' new articles and headlines show up.
const LIST_EVERY_MS = 5000;

interface DeskAppProps {
  state: DeskState;
  onSettings(): void;
}

/** The window on a team desk: the desk's articles on the left, the open one bound to its shared document. */
export function DeskApp({ state, onSettings }: DeskAppProps) {
  const [entries, setEntries] = useState<LibraryEntry[] | null>(null);
  const [listError, setListError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [open, setOpen] = useState<{ article: DeskArticle; fresh: boolean } | null>(null);
  const [busy, setBusy] = useState(true);
  const current = useRef<DeskArticle | null>(null);
  const latestState = useRef(state);
  const filterRef = useRef<HTMLInputElement>(null);

  const refresh = useCallback(async () => {
    const listing = await readDeskListing();
    // Read every few seconds while someone types: an unchanged listing costs no React commit.
    setEntries((before) => {
      const next = listing.entries;
      if (!next) return before ?? [];
      return before && sameListing(before, next) ? before : next;
    });
    setListError(listing.error);
  }, []);

  const show = useCallback((opened: DeskOpened, fresh: boolean) => {
    const { url, user } = latestState.current;
    const article = new DeskArticle(
      opened.id,
      opened.update,
      opened.generation,
      latestState.current,
      user?.name ?? 'Someone',
      deskChannel,
      opened.live,
    );
    if (current.current?.id === opened.id) current.current.retire();
    else current.current?.close();
    current.current = article;
    if (url) rememberDeskArticle(url, opened.id);
    setOpen({ article, fresh });
    return article;
  }, []);

  useEffect(() => {
    const start = async () => {
      const { url } = latestState.current;
      const last = url ? lastDeskArticle(url) : null;
      const reopen = async () => {
        if (!last) return;
        const opened = await call('desk:open', { id: last }).catch(() => null);
        if (opened && !current.current) show(opened, false);
      };
      await Promise.all([refresh(), reopen()]);
      setBusy(false);
    };
    void start();
    const timer = setInterval(() => void refresh(), LIST_EVERY_MS);
    return () => clearInterval(timer);
  }, [refresh, show]);

  useEffect(() => {
    latestState.current = state;
    current.current?.deskState(state);
  }, [state]);

  useEffect(() => () => current.current?.close(), []);

  const attempt = async (what: string, action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
      setProblem(null);
    } catch (err) {
      setProblem(`${what}: ${errorMessage(err)}`);
    } finally {
      setBusy(false);
    }
  };

  const openArticle = (id: string) =>
    attempt('Could not open the article', async () => {
      if (current.current?.id === id) return;
      show(await call('desk:open', { id }), false);
    });

  const newArticle = () =>
    attempt('Could not create an article', async () => {
      show(await call('desk:create'), true);
      await refresh();
    });

  useNewsroomEvent('desk:update', ({ id, update }) => {
    if (current.current?.id === id) current.current.receiveUpdate(update);
  });
  useNewsroomEvent('desk:refused', ({ id, notice, reset }) => {
    if (current.current?.id !== id) return;
    // The refused edit leaves the editor: the window shows the document the main process kept.
    if (reset) show(reset, false);
    setProblem(notice);
  });
  useNewsroomEvent('desk:awareness', ({ id, update }) => {
    if (current.current?.id === id) current.current.receiveAwareness(update);
  });
  useNewsroomEvent('menu:command', (command) => {
    if (command === 'new-article') void newArticle();
    if (command === 'find') filterRef.current?.focus();
  });
  useNewsroomEvent('app:before-close', () => {
    void (async () => {
      await current.current?.settled();
      await call('app:ready-to-close').catch(() => undefined);
    })();
  });

  return (
    <div className="app is-desk" aria-busy={busy}>
      <LibraryPane
        entries={entries ?? []}
        loading={entries === null}
        error={listError}
        workspace={null}
        desk={state}
        selectedId={open?.article.id ?? null}
        filterRef={filterRef}
        onNew={() => void newArticle()}
        onOpen={(id) => void openArticle(id)}
        onDelete={() => setProblem('Articles on a desk are not deleted from a laptop.')}
        onSwitchWorkspace={onSettings}
        onSettings={onSettings}
        beforeExport={async () => current.current?.settled()}
      />
      {problem && (
        <ErrorBanner message={problem} className="app-problem" onDismiss={() => setProblem(null)} />
      )}
      {open ? (
        <DeskArticleView
          key={`${open.article.id}/${open.article.generation}`}
          article={open.article}
          role={state.user?.role ?? null}
          readOnly={false}
          fresh={open.fresh}
        />
      ) : (
        <NoArticle />
      )}
    </div>
  );
}
