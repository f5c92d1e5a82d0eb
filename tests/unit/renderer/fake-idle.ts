import { act } from 'react';

/** The browser's idle callbacks, replaced by ones a test runs when it says the browser is idle. */
export interface FakeIdle {
  /** Callbacks requested and not yet run or cancelled. */
  readonly pending: number;
  /** Runs every pending callback (inside act, so React renders what they set). */
  becomeIdle(): Promise<void>;
}

/** Installs the fake on globalThis (call it in beforeEach). */
export function fakeIdle(): FakeIdle {
  const callbacks = new Map<number, IdleRequestCallback>();
  let nextHandle = 1;
  globalThis.requestIdleCallback = (callback) => {
    callbacks.set(nextHandle, callback);
    return nextHandle++;
  };
  globalThis.cancelIdleCallback = (handle) => void callbacks.delete(handle);
  return {
    get pending() {
      return callbacks.size;
    },
    becomeIdle: () =>
      act(async () => {
        const due = [...callbacks.values()];
        callbacks.clear();
        for (const callback of due) callback({ didTimeout: false, timeRemaining: () => 50 });
      }),
  };
}
