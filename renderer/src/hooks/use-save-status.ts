import { useSyncExternalStore } from 'react';
import type { SaveSession, SaveStatus } from '../core/save-session';

/**
 * What `view` makes of the session's save status; re-renders only when that changes (compared
 * with Object.is, so return a primitive or the status itself), not on every keystroke.
 */
export function useSaveStatus<T>(session: SaveSession, view: (status: SaveStatus) => T): T {
  return useSyncExternalStore(
    (notify) => session.subscribe(notify),
    () => view(session.status),
  );
}
