// Tasks of one frame, in the order they were asked for (a frame is asked for while there are any),
// and the batches whose frame has been drawn.
let waiting: (() => void)[] = [];
const drawn: (() => void)[][] = [];
// One channel for every task: making a MessageChannel each frame cost more than the tasks it ran.
let channel: MessageChannel | null = null;

function runDrawnBatch(): void {
  for (const task of drawn.shift() ?? []) {
    try {
      task();
    } catch (error) {
      // Uncaught as before, when each task ran alone, and without keeping the rest of its frame's.
      setTimeout(() => {
        throw error;
      });
    }
  }
}

function frameStarted(): void {
  drawn.push(waiting);
  waiting = [];
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = runDrawnBatch;
  }
  // A message posted from the frame's animation callbacks is handled once the frame is rendered.
  channel.port2.postMessage(null);
}

/**
 * Runs `task` once the browser has drawn the next frame: the frame's animation callbacks run, then
 * the frame is rendered, then this task. For updates the user need not see in the same frame as the
 * keystroke that caused them (the save status, the toolbar's state). Returns a function that calls
 * it off.
 */
export function afterNextPaint(task: () => void): () => void {
  let cancelled = false;
  waiting.push(() => {
    if (!cancelled) task();
  });
  if (waiting.length === 1) requestAnimationFrame(frameStarted);
  return () => {
    cancelled = true;
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
