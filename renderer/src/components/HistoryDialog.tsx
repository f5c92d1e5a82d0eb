import { useEffect, useState } from 'react';
import type { OpenedArticle, Snapshot } from '../../../electron/ipc/contract';
import { call, errorMessage } from '../api/newsroom';
import { formatUpdated } from '../core/relative-time';
import { Modal } from './Modal';

interface HistoryDialogProps {
  articleId: string;
  currentWords: number;
  /** Saves what is in the editor before a snapshot replaces it. */
  beforeRestore(): Promise<void>;
  onRestored(opened: OpenedArticle): void;
  onClose(): void;
}

/** Earlier versions of the article, newest first; restoring one keeps the current one as a snapshot. */
export function HistoryDialog({
  articleId,
  currentWords,
  beforeRestore,
  onRestored,
  onClose,
}: HistoryDialogProps) {
  const [snapshots, setSnapshots] = useState<Snapshot[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    call('history:list', { id: articleId }).then(
      (list) => setSnapshots([...list].sort((a, b) => b.taken.localeCompare(a.taken))),
      (err: unknown) => setError(`Could not read the history: ${errorMessage(err)}`),
    );
  }, [articleId]);

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
  return (
    <Modal title="History" onClose={onClose} onSubmit={onClose}>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {snapshots === null && !error && <p className="muted">Reading the history…</p>}
      {snapshots?.length === 0 && (
        <p className="muted">
          No earlier versions yet. Newsroom keeps one every few minutes while you write.
        </p>
      )}
      {snapshots && snapshots.length > 0 && (
        <ol className="history-list" aria-label="Earlier versions">
          {snapshots.map((snapshot) => {
            const delta = currentWords - snapshot.words;
            return (
              <li key={snapshot.id} className="history-item">
                <div className="history-text">
                  <span className="history-headline">{snapshot.headline || 'Untitled'}</span>
                  <span className="history-meta">
                    <time
                      dateTime={snapshot.taken}
                      title={new Date(snapshot.taken).toLocaleString()}
                    >
                      {formatUpdated(snapshot.taken, now)}
                    </time>{' '}
                    · {snapshot.words.toLocaleString()} words
                    {delta !== 0 &&
                      ` (${delta > 0 ? `${delta} fewer` : `${-delta} more`} than now)`}
                  </span>
                </div>
                <button
                  type="button"
                  className="button small"
                  disabled={busy}
                  aria-label={`Restore the version from ${new Date(snapshot.taken).toLocaleString()}`}
                  onClick={() => void restore(snapshot)}
                >
                  Restore
                </button>
              </li>
            );
          })}
        </ol>
      )}
      <div className="modal-actions">
        <button type="submit" className="button">
          Close
        </button>
      </div>
    </Modal>
  );
}
