import type { SaveSession, SaveStatus } from '../core/save-session';
import { useSaveStatus } from '../hooks/use-save-status';

// "Pending" and "saving" read the same: continuous typing moves between them at every autosave, and
// each React commit while the body has the caret walks the whole editable DOM (≈1.6 ms at 50k words).
const shownKind = (status: SaveStatus): Exclude<SaveStatus['kind'], 'pending'> =>
  status.kind === 'pending' ? 'saving' : status.kind;
const errorOf = (status: SaveStatus): string | null =>
  status.kind === 'error' ? status.message : null;

/** "Saved", "Saving…" or what failed, announced politely to screen readers. */
export function SaveIndicator({ session }: { session: SaveSession }) {
  const kind = useSaveStatus(session, shownKind);
  const error = useSaveStatus(session, errorOf);
  const text = {
    saved: 'Saved',
    saving: 'Saving…',
    conflict: 'Not saved: the file changed on disk',
    deleted: 'Not saved: deleted outside this window',
    error: `Not saved: ${error} — retrying`,
  }[kind];
  // The slot is the bar's flex item; the indicator inside it can then be a layout boundary (editor-pane.css).
  return (
    <div className="save-slot">
      <p className={`save-indicator is-${kind}`} role="status">
        <span className="save-dot" aria-hidden="true" />
        <span className="save-text">{text}</span>
      </p>
    </div>
  );
}
