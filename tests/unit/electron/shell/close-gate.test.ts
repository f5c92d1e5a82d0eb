import { describe, expect, it } from 'vitest';
import { createCloseGate } from '../../../../electron/shell/close-gate';

/** A hand-driven timer: the test decides when time is up. */
function manualTimer() {
  const timers: { callback: () => void; ms: number; cancelled: boolean }[] = [];
  return {
    timers,
    setTimer(callback: () => void, ms: number) {
      const t = { callback, ms, cancelled: false };
      timers.push(t);
      return () => void (t.cancelled = true);
    },
    fire() {
      for (const t of timers) if (!t.cancelled) t.callback();
    },
  };
}

describe('createCloseGate', () => {
  it('closes as soon as the renderer confirms, cancelling the timeout', async () => {
    const timer = manualTimer();
    const gate = createCloseGate({ timeoutMs: 3000, setTimer: timer.setTimer });
    const { outcome, first } = gate.begin();
    expect(first).toBe(true);
    expect(gate.waiting).toBe(true);
    expect(timer.timers[0]?.ms).toBe(3000);
    gate.ready();
    expect(await outcome).toBe('ready');
    expect(timer.timers[0]?.cancelled).toBe(true);
    expect(gate.waiting).toBe(false);
  });

  it('closes anyway when the renderer never answers', async () => {
    const timer = manualTimer();
    const gate = createCloseGate({ timeoutMs: 3000, setTimer: timer.setTimer });
    const { outcome } = gate.begin();
    timer.fire();
    expect(await outcome).toBe('timeout');
  });

  it('shares one wait between repeated close clicks', async () => {
    const timer = manualTimer();
    const gate = createCloseGate({ timeoutMs: 3000, setTimer: timer.setTimer });
    const a = gate.begin();
    const b = gate.begin();
    expect(b.first).toBe(false);
    expect(timer.timers).toHaveLength(1);
    gate.ready();
    expect(await Promise.all([a.outcome, b.outcome])).toEqual(['ready', 'ready']);
  });

  it('ignores a late or stray ready-to-close, and can wait again afterwards', async () => {
    const timer = manualTimer();
    const gate = createCloseGate({ timeoutMs: 3000, setTimer: timer.setTimer });
    gate.ready();
    const first = gate.begin();
    timer.fire();
    expect(await first.outcome).toBe('timeout');
    gate.ready();
    const second = gate.begin();
    expect(second.first).toBe(true);
    gate.ready();
    expect(await second.outcome).toBe('ready');
  });

  it('copes with a timer that fires at once', async () => {
    const gate = createCloseGate({
      timeoutMs: 0,
      setTimer: (callback) => {
        callback();
        return () => {};
      },
    });
    expect(await gate.begin().outcome).toBe('timeout');
    expect(gate.waiting).toBe(false);
  });
});
