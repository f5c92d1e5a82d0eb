import type { SaveSession, SaveStatus } from '../core/save-session';
import { useSaveStatus } from '../hooks/use-save-status';

type Shown = 'saved' | 'saving' | 'conflict' | `error:${string}`;

// "Pending" and "saving" read the same: continuous typing moves between them at every autosave, and
// each React commit while the body has the caret walks the whole editable DOM (≈1.6 ms at 50k words).
function shown(status: SaveStatus): Shown {
  switch (status.kind) {
    case 'saved':
    case 'conflict':
      return status.kind;
    case 'pending':
    case 'saving':
      return 'saving';
    case 'error':
      return `error:${status.message}`;
  }
}

/** "Saved", "Saving…" or what failed, announced politely to screen readers. */
export function SaveIndicator({ session }: { session: SaveSession }) {
  const state = useSaveStatus(session, shown);
  const kind = state.startsWith('error:') ? 'error' : state;
  let text: string;
  switch (kind) {
    case 'saved':
      text = 'Saved';
      break;
    case 'saving':
      text = 'Saving…';
      break;
    case 'conflict':
      text = 'Not saved: the file changed on disk';
      break;
    default:
      text = `Not saved: ${state.slice('error:'.length)} — retrying`;
  }
  // The slot is the bar's flex item; the indicator inside it can then be a layout boundary (editor.css).
  return (
    <div className="save-slot">
      <p className={`save-indicator is-${kind}`} role="status">
        <span className="save-dot" aria-hidden="true" />
        <span className="save-text">{text}</span>
      </p>
    </div>
  );
}
