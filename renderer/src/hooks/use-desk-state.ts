import { useCallback, useEffect, useState } from 'react';
import type { DeskState } from '../../../electron/ipc/contract';
import { onEvent } from '../api/newsroom';

// While someone types, the desk's state changes twice a keystroke (a change waiting, then the
// desk's confirmation): the window follows it at most this often, so a key costs no React commit.
const FOLLOW_MS = 250;

const same = (a: DeskState | null, b: DeskState | null): boolean =>
  JSON.stringify(a) === JSON.stringify(b);

/**
 * The desk this window works with (null when solo), following the main process's `desk:state`
 * events; the setter takes a state at once (the answer to connecting or disconnecting).
 */
export function useDeskState(
  initial: DeskState | null,
): [DeskState | null, (state: DeskState) => void] {
  const [desk, setDesk] = useState(initial);
  const set = useCallback((state: DeskState) => {
    const next = state.url === null ? null : state;
    setDesk((now) => (same(now, next) ? now : next));
  }, []);
  useEffect(() => {
    let latest: DeskState | null = null;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const off = onEvent('desk:state', (state) => {
      latest = state;
      timer ??= setTimeout(() => {
        timer = null;
        if (latest) set(latest);
      }, FOLLOW_MS);
    });
    return () => {
      off();
      if (timer) clearTimeout(timer);
    };
  }, [set]);
  return [desk, set];
}
