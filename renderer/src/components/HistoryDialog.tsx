import { useEffect, useMemo, useState } from 'react';
import type { Article } from '../../../core/article/article';
import { countBody } from '../../../core/body/counts';
import { diffArticles } from '../../../core/history/article-diff';
import type { OpenedArticle, Snapshot } from '../../../electron/ipc/contract';
import { call, errorMessage } from '../api/newsroom';
import { formatSnapshotTime } from '../core/snapshot-time';
import { Modal, ModalCloseButton } from './Modal';
import { SnapshotDiff } from './SnapshotDiff';

interface HistoryDialogProps {
  articleId: string;
  /** The workspace is open read-only: versions can be compared but not restored. */
  readOnly: boolean;
  /** The article as the editor shows it now (read once when the dialog opens). */
  compose(): Article;
  /** Saves what is in the editor before a snapshot replaces it. */
  beforeRestore(): Promise<void>;
  onRestored(opened: OpenedArticle): void;
  onClose(): void;
}

type Loaded = { snapshotId: string } & (
  { state: 'ready'; article: Article } | { state: 'error'; message: string }
);

/**
 * Earlier versions of the article, newest first, with what changed from the selected one to now;
 * restoring one keeps the current one as a snapshot.
 */
export function HistoryDialog({
  articleId,
  readOnly,
  compose,
  beforeRestore,
  onRestored,
  onClose,
}: HistoryDialogProps) {
  const [current] = useState(compose);
  const currentWords = useMemo(() => countBody(current.body, current.language).words, [current]);
  const [snapshots, setSnapshots] = useState<Snapshot[] | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    call('history:list', { id: articleId }).then(
      (list) => {
        const sorted = [...list].sort((a, b) => b.taken.localeCompare(a.taken));
        setSnapshots(sorted);
        setSelected((s) => s ?? sorted[0]?.id ?? null);
      },
      (err: unknown) => setError(`Could not read the history: ${errorMessage(err)}`),
    );
  }, [articleId]);

  useEffect(() => {
    if (!selected) return;
    let live = true;
    call('history:read', { id: articleId, snapshot: selected }).then(
      (article) => live && setLoaded({ snapshotId: selected, state: 'ready', article }),
      (err: unknown) =>
        live && setLoaded({ snapshotId: selected, state: 'error', message: errorMessage(err) }),
    );
    return () => {
      live = false;
    };
  }, [articleId, selected]);

  // What was read for another pick still shows as loading until the new one arrives.
  const shown = loaded?.snapshotId === selected ? loaded : null;
  const diff = useMemo(
    () => (shown?.state === 'ready' ? diffArticles(shown.article, current) : null),
    [shown, current],
  );

  const restore = async (snapshot: Snapshot) => {
    setBusy(true);
    try {
      await beforeRestore();
      onRestored(await call('history:restore', { id: articleId, snapshot: snapshot.id }));
    } catch (err) {
      setError(`Could not restore that version: ${errorMessage(err)}`);
      setBusy(false);
    }
  };

  const now = new Date();
  const selectedSnapshot = snapshots?.find((s) => s.id === selected) ?? null;
  return (
    <Modal title="History" className="modal-wide" onClose={onClose} onSubmit={onClose}>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {snapshots === null && !error && <p className="muted">Reading the history…</p>}
      {snapshots?.length === 0 && (
        <p className="muted">
          No earlier versions yet. Newsroom keeps one every few minutes while you write, and one
          when you leave the article.
        </p>
      )}
      {snapshots && snapshots.length > 0 && (
        <div className="history-layout">
          <ol className="history-list" aria-label="Earlier versions">
            {snapshots.map((snapshot) => {
              const delta = currentWords - snapshot.words;
              const when = formatSnapshotTime(snapshot.taken, now);
              const isSelected = snapshot.id === selected;
              return (
                <li
                  key={snapshot.id}
                  className={isSelected ? 'history-item selected' : 'history-item'}
                >
                  <button
                    type="button"
                    className="history-pick"
                    aria-pressed={isSelected}
                    aria-label={`Show changes since the version from ${when}`}
                    onClick={() => setSelected(snapshot.id)}
                  >
                    <span className="history-headline">{snapshot.headline || 'Untitled'}</span>
                    <span className="history-meta">
                      <time
                        dateTime={snapshot.taken}
                        title={new Date(snapshot.taken).toLocaleString()}
                      >
                        {when}
                      </time>{' '}
                      · {snapshot.words.toLocaleString()} words
                      {delta !== 0 &&
                        ` (${delta > 0 ? `${delta} fewer` : `${-delta} more`} than now)`}
                    </span>
                  </button>
                  <button
                    type="button"
                    className="button small"
                    disabled={busy || readOnly}
                    title={readOnly ? 'This workspace is open read-only' : undefined}
                    aria-label={`Restore the version from ${when}`}
                    onClick={() => void restore(snapshot)}
                  >
                    Restore
                  </button>
                </li>
              );
            })}
          </ol>
          <div className="history-diff">
            {selected && !shown && <p className="muted">Reading that version…</p>}
            {shown?.state === 'error' && (
              <p className="field-error" role="alert">
                Could not read that version: {shown.message}
              </p>
            )}
            {diff && selectedSnapshot && (
              <SnapshotDiff
                diff={diff}
                takenLabel={formatSnapshotTime(selectedSnapshot.taken, now)}
              />
            )}
          </div>
        </div>
      )}
      <ModalCloseButton label="Close" />
    </Modal>
  );
}
