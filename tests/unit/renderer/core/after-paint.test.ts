// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { afterNextPaint, notifyAfterPaint } from '../../../../renderer/src/core/after-paint';

const painted = () => new Promise<void>((done) => afterNextPaint(done));

describe('afterNextPaint', () => {
  it('runs the task after the next frame, not before', async () => {
    const order: string[] = [];
    afterNextPaint(() => order.push('task'));
    requestAnimationFrame(() => order.push('frame'));
    expect(order).toEqual([]);
    await painted();
    expect(order).toEqual(['frame', 'task']);
  });

  it('a task asked for inside a frame waits for the frame after it, and tasks keep their order', async () => {
    const order: string[] = [];
    afterNextPaint(() => order.push('first'));
    afterNextPaint(() => order.push('second'));
    requestAnimationFrame(() => {
      afterNextPaint(() => order.push('asked in the frame'));
      requestAnimationFrame(() => order.push('next frame'));
    });
    await painted();
    await painted();
    expect(order).toEqual(['first', 'second', 'next frame', 'asked in the frame']);
  });

  it('a task that throws does not keep the others of its frame from running', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      let ran = false;
      afterNextPaint(() => {
        throw new Error('status failed');
      });
      afterNextPaint(() => (ran = true));
      await painted();
      expect(ran).toBe(true);
      // The error is still thrown, uncaught, as it was when each task ran on its own.
      expect(() => vi.runOnlyPendingTimers()).toThrow('status failed');
    } finally {
      vi.useRealTimers();
    }
  });

  it('can be called off', async () => {
    let ran = false;
    afterNextPaint(() => (ran = true))();
    await painted();
    await painted();
    expect(ran).toBe(false);
  });
});

describe('notifyAfterPaint', () => {
  it('notifies once per frame however often it is scheduled, and not after cancel', async () => {
    let calls = 0;
    const deferred = notifyAfterPaint(() => (calls += 1));
    deferred.schedule();
    deferred.schedule();
    deferred.schedule();
    await painted();
    expect(calls).toBe(1);
    deferred.schedule();
    await painted();
    expect(calls).toBe(2);
    deferred.schedule();
    deferred.cancel();
    await painted();
    expect(calls).toBe(2);
  });
});
