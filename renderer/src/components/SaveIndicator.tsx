import type { SaveSession } from '../core/save-session';
import { useSaveStatus } from '../hooks/use-save-status';

/** "Saved", "Saving…" or what failed, announced politely to screen readers. */
export function SaveIndicator({ session }: { session: SaveSession }) {
  const status = useSaveStatus(session);
  let text: string;
  switch (status.kind) {
    case 'saved':
      text = 'Saved';
      break;
    case 'pending':
    case 'saving':
      text = 'Saving…';
      break;
    case 'error':
      text = `Not saved: ${status.message} — retrying`;
      break;
    case 'conflict':
      text = 'Not saved: the file changed on disk';
      break;
  }
  return (
    <p className={`save-indicator is-${status.kind}`} role="status">
      <span className="save-dot" aria-hidden="true" />
      <span className="save-text">{text}</span>
    </p>
  );
}
