import { useState } from 'react';
import type { OpenedArticle } from '../../../electron/ipc/contract';
import type { SaveSession, SaveStatus } from '../core/save-session';
import { useSaveStatus } from '../hooks/use-save-status';

interface ConflictBannerProps {
  busy: boolean;
  onKeepBoth(): void;
  onLoadTheirs(): void;
}

/** Shown when the article changed on disk since it was opened: nothing is overwritten until the user decides. */
export function ConflictBanner({ busy, onKeepBoth, onLoadTheirs }: ConflictBannerProps) {
  return (
    <div className="banner conflict" role="alert">
      <p>
        <strong>This article was changed outside this window.</strong> Nothing was overwritten. Keep
        both versions (yours becomes a copy), or load the other version.
      </p>
      <div className="banner-actions">
        <button type="button" className="button primary" disabled={busy} onClick={onKeepBoth}>
          Keep both
        </button>
        <button type="button" className="button" disabled={busy} onClick={onLoadTheirs}>
          Load theirs
        </button>
      </div>
    </div>
  );
}

interface ConflictNoticeProps {
  session: SaveSession;
  onKeepBoth(): Promise<void>;
  onLoadTheirs(theirs: OpenedArticle): void;
}

type Conflict = Extract<SaveStatus, { kind: 'conflict' }>;
const conflictOf = (status: SaveStatus): Conflict | null =>
  status.kind === 'conflict' ? status : null;

/** The conflict banner, shown only while the session is in conflict (subscribes on its own to spare the editor re-renders). */
export function ConflictNotice({ session, onKeepBoth, onLoadTheirs }: ConflictNoticeProps) {
  // Null in every other state: saving and saved do not re-render it.
  const status = useSaveStatus(session, conflictOf);
  const [busy, setBusy] = useState(false);
  if (!status) return null;
  return (
    <ConflictBanner
      busy={busy}
      onKeepBoth={() => {
        setBusy(true);
        onKeepBoth().finally(() => setBusy(false));
      }}
      onLoadTheirs={() => onLoadTheirs({ article: status.theirs, revision: status.revision })}
    />
  );
}
