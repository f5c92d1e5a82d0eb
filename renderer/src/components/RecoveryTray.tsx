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
  const actions = [
    { label: 'Restore', tone: 'primary', run: onRestore },
    { label: 'Discard', tone: 'subtle', run: onDiscard },
  ];
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
              {actions.map(({ label, tone, run }) => (
                <button
                  key={label}
                  type="button"
                  className={`button small ${tone}`}
                  onClick={() => run(entry)}
                >
                  {label}
                </button>
              ))}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
