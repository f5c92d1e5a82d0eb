/**
 * Runs `task` once the browser has drawn the next frame: the frame's animation callbacks run, then
 * the frame is rendered, then this task. For updates the user need not see in the same frame as the
 * keystroke that caused them (the save status, the toolbar's state). Returns a function that calls
 * it off.
 */
export function afterNextPaint(task: () => void): () => void {
  let cancelled = false;
  const frame = requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      if (!cancelled) task();
    };
    channel.port2.postMessage(null);
  });
  return () => {
    cancelled = true;
    cancelAnimationFrame(frame);
  };
}

/**
 * `notify` deferred with afterNextPaint, at most once per frame however often it is called: for
 * external-store subscriptions. Returns the deferred function and a cancel function.
 */
export function notifyAfterPaint(notify: () => void): { schedule(): void; cancel(): void } {
  let pending: (() => void) | null = null;
  return {
    schedule() {
      pending ??= afterNextPaint(() => {
        pending = null;
        notify();
      });
    },
    cancel() {
      pending?.();
      pending = null;
    },
  };
}
