import { useCallback, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

/** One key of a Y.Map, re-rendering when anyone changes it. */
export function useYValue<T>(map: Y.Map<unknown>, key: string, read: (value: unknown) => T): T {
  const subscribe = useCallback(
    (notify: () => void) => {
      const observer = (event: Y.YMapEvent<unknown>) => {
        if (event.keysChanged.has(key)) notify();
      };
      map.observe(observer);
      return () => map.unobserve(observer);
    },
    [map, key],
  );
  return useSyncExternalStore(subscribe, () => read(map.get(key)));
}
