/** How a close request ended: the renderer confirmed its last save, or we stopped waiting. */
export type CloseOutcome = 'ready' | 'timeout';

/** Longest wait for the renderer's last save before the window closes anyway. */
export const closeTimeoutMs = 3000;

/**
 * Coordinates closing the window: `begin()` asks once (the caller sends app:before-close) and
 * resolves when `ready()` is called (the renderer's app:ready-to-close) or after `timeoutMs`.
 * Repeated close requests while waiting share the same wait.
 */
export function createCloseGate(options: {
  timeoutMs: number;
  setTimer(callback: () => void, ms: number): () => void;
}): {
  begin(): { outcome: Promise<CloseOutcome>; first: boolean };
  ready(): void;
  readonly waiting: boolean;
} {
  let pending: { promise: Promise<CloseOutcome>; settle(outcome: CloseOutcome): void } | null =
    null;
  return {
    begin() {
      if (pending) return { outcome: pending.promise, first: false };
      let settle!: (outcome: CloseOutcome) => void;
      const promise = new Promise<CloseOutcome>((resolve) => (settle = resolve));
      let cancel: (() => void) | null = null;
      const current = {
        promise,
        settle(outcome: CloseOutcome) {
          if (pending !== current) return;
          pending = null;
          cancel?.();
          settle(outcome);
        },
      };
      pending = current;
      cancel = options.setTimer(() => current.settle('timeout'), options.timeoutMs);
      // A timer that fired synchronously already settled; nothing left to cancel.
      if (pending !== current) cancel = null;
      return { outcome: promise, first: true };
    },
    ready() {
      pending?.settle('ready');
    },
    get waiting() {
      return pending !== null;
    },
  };
}
