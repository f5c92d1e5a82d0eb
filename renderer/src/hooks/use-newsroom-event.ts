import { useEffect, useRef } from 'react';
import type { EventName, Events } from '../../../electron/ipc/contract';
import { onEvent } from '../api/newsroom';

/** Subscribes to a main-process event for the component's lifetime, always calling the latest listener. */
export function useNewsroomEvent<E extends EventName>(
  event: E,
  listener: (payload: Events[E]) => void,
): void {
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => onEvent(event, (payload) => latest.current(payload)), [event]);
}
