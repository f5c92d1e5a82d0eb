import { useCallback, useSyncExternalStore } from 'react';
import { notifyAfterPaint } from '../core/after-paint';
import type { SaveSession, SaveStatus } from '../core/save-session';

/**
 * What `view` makes of the session's save status; re-renders only when that changes (compared
 * with Object.is, so return a primitive or the status itself), not on every keystroke, and after
 * the frame that shows the keystroke which changed it.
 */
export function useSaveStatus<T>(session: SaveSession, view: (status: SaveStatus) => T): T {
  const subscribe = useCallback(
    (notify: () => void) => {
      const deferred = notifyAfterPaint(notify);
      const unsubscribe = session.subscribe(deferred.schedule);
      return () => {
        unsubscribe();
        deferred.cancel();
      };
    },
    [session],
  );
  return useSyncExternalStore(subscribe, () => view(session.status));
}
