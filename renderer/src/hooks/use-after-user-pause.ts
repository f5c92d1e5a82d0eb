import { startTransition, useCallback, useEffect, useState } from 'react';
import { whenUserPauses } from '../core/user-pause';

/**
 * False until the user pauses (no key or click for `quietMs`, then an idle moment) or `now` is
 * called, then true: for secondary UI whose first drawing is slow enough to delay a keystroke.
 */
export function useAfterUserPause(quietMs: number): [ready: boolean, now: () => void] {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (ready) return;
    return whenUserPauses(() => startTransition(() => setReady(true)), quietMs);
  }, [ready, quietMs]);
  const now = useCallback(() => setReady(true), []);
  return [ready, now];
}
