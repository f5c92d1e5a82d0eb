import { startTransition, useEffect, useState } from 'react';

/** Longest wait for an idle moment before secondary UI updates anyway. */
const IDLE_TIMEOUT_MS = 250;

/**
 * `value` as of the browser's last idle moment (`initial` until the first one). For secondary UI
 * (the library list) whose drawing should not hold up the editor: at start-up the body becomes
 * editable first, the rest follows, in a transition that gives way to keystrokes.
 */
export function useIdleValue<T>(value: T, initial: T = value): T {
  const [idleValue, setIdleValue] = useState(initial);
  useEffect(() => {
    if (Object.is(value, idleValue)) return;
    const handle = requestIdleCallback(() => startTransition(() => setIdleValue(value)), {
      timeout: IDLE_TIMEOUT_MS,
    });
    return () => cancelIdleCallback(handle);
  }, [value, idleValue]);
  return idleValue;
}
