import type { RecoveryEntry } from '../../../electron/ipc/contract';
import { formatUpdated } from '../core/relative-time';

interface RecoveryTrayProps {
  entries: RecoveryEntry[];
  onRestore(entry: RecoveryEntry): void;
  onDiscard(entry: RecoveryEntry): void;
}

/** Unsaved text kept from a session that ended badly, offered back per article. */
export function RecoveryTray({ entries, onRestore, onDiscard }: RecoveryTrayProps) {
  if (entries.length === 0) return null;
  const now = new Date();
  return (
    <section className="recovery-tray" role="region" aria-label="Recovered text">
      <h2>Text recovered from your last session</h2>
      <ul>
        {entries.map((entry) => (
          <li key={entry.id}>
            <div className="recovery-text">
              <strong>{entry.headline || 'Untitled'}</strong>
              <span className="muted">kept {formatUpdated(entry.saved, now)}</span>
            </div>
            <div className="recovery-actions">
              <button
                type="button"
                className="button small primary"
                onClick={() => onRestore(entry)}
              >
                Restore
              </button>
              <button
                type="button"
                className="button small subtle"
                onClick={() => onDiscard(entry)}
              >
                Discard
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
