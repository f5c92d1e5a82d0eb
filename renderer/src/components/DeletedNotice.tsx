import { useState } from 'react';
import type { SaveSession, SaveStatus } from '../core/save-session';
import { useSaveStatus } from '../hooks/use-save-status';

const isDeleted = (status: SaveStatus): boolean => status.kind === 'deleted';

interface DeletedNoticeProps {
  session: SaveSession;
  readOnly: boolean;
  onSaveAsNew(): Promise<void>;
}

/** Shown when the open article was deleted outside this window: its text stays until the user decides. */
export function DeletedNotice({ session, readOnly, onSaveAsNew }: DeletedNoticeProps) {
  const deleted = useSaveStatus(session, isDeleted);
  const [busy, setBusy] = useState(false);
  if (!deleted) return null;
  return (
    <div className="banner warning" role="alert">
      <p>
        <strong>This article was deleted outside this window.</strong> Its text is still here
        {readOnly
          ? '.'
          : ' and kept in the recovery journal. Save it again to go on working on it.'}
      </p>
      {!readOnly && (
        <div className="banner-actions">
          <button
            type="button"
            className="button primary"
            disabled={busy}
            onClick={() => {
              setBusy(true);
              onSaveAsNew().finally(() => setBusy(false));
            }}
          >
            Save as new article
          </button>
        </div>
      )}
    </div>
  );
}
