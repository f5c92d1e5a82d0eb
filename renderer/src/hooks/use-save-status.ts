import { useSyncExternalStore } from 'react';
import type { SaveSession, SaveStatus } from '../core/save-session';

/** The session's save status; re-renders only when it changes, not on every keystroke. */
export function useSaveStatus(session: SaveSession): SaveStatus {
  return useSyncExternalStore(
    (notify) => session.subscribe(notify),
    () => session.status,
  );
}
