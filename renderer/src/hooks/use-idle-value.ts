import { useEffect, useState } from 'react';

/** Longest wait for an idle moment before secondary UI updates anyway. */
const IDLE_TIMEOUT_MS = 250;

/**
 * `value` as of the browser's last idle moment. For secondary UI (the library list) whose drawing
 * should not hold up the editor: at start-up the body becomes editable first, the list follows.
 */
export function useIdleValue<T>(value: T): T {
  const [idleValue, setIdleValue] = useState(value);
  useEffect(() => {
    if (Object.is(value, idleValue)) return;
    const handle = requestIdleCallback(() => setIdleValue(value), { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(handle);
  }, [value, idleValue]);
  return idleValue;
}
