// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenUserPauses } from '../../../../renderer/src/core/user-pause';
import { fakeIdle, type FakeIdle } from '../fake-idle';

let idle: FakeIdle;
let runs: number;
const task = () => void (runs += 1);
const key = () => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  idle = fakeIdle();
  runs = 0;
});
afterEach(() => vi.useRealTimers());

describe('whenUserPauses', () => {
  it('waits for the quiet time, then for an idle moment', async () => {
    whenUserPauses(task, 1000);
    vi.advanceTimersByTime(999);
    expect(idle.pending).toBe(0);
    vi.advanceTimersByTime(1);
    expect(idle.pending).toBe(1);
    expect(runs).toBe(0);
    await idle.becomeIdle();
    expect(runs).toBe(1);
  });

  it('starts the quiet time again at every keystroke or click', async () => {
    whenUserPauses(task, 1000);
    vi.advanceTimersByTime(800);
    key();
    vi.advanceTimersByTime(800);
    window.dispatchEvent(new Event('pointerdown'));
    vi.advanceTimersByTime(999);
    expect(idle.pending).toBe(0);
    vi.advanceTimersByTime(1);
    expect(idle.pending).toBe(1);
    await idle.becomeIdle();
    expect(runs).toBe(1);
  });

  it('waits again when a key comes between asking for idle time and getting it', async () => {
    whenUserPauses(task, 1000);
    vi.advanceTimersByTime(1000);
    key();
    await idle.becomeIdle();
    expect(runs).toBe(0);
    vi.advanceTimersByTime(1000);
    await idle.becomeIdle();
    expect(runs).toBe(1);
    // Done: it no longer listens.
    key();
    vi.advanceTimersByTime(5000);
    expect(idle.pending).toBe(0);
  });

  it('can be called off at any point', async () => {
    const early = whenUserPauses(task, 1000);
    early();
    const late = whenUserPauses(task, 1000);
    vi.advanceTimersByTime(1000);
    expect(idle.pending).toBe(1);
    late();
    expect(idle.pending).toBe(0);
    vi.advanceTimersByTime(5000);
    expect(runs).toBe(0);
  });
});
