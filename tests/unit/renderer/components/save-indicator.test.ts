// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, createElement, Profiler } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { createArticle } from '../../../../core/article/article';
import type { SaveResult } from '../../../../electron/ipc/contract';
import { ConflictNotice } from '../../../../renderer/src/components/ConflictBanner';
import { SaveIndicator } from '../../../../renderer/src/components/SaveIndicator';
import { afterNextPaint } from '../../../../renderer/src/core/after-paint';
import { SaveSession, type Timers } from '../../../../renderer/src/core/save-session';

let root: Root;
let element: HTMLElement;
let commits: number;
let writes: { resolve(result: SaveResult): void; reject(error: Error): void }[];
let session: SaveSession;

// Timers that never fire: the test saves with flush().
const stillTimers: Timers = { set: () => 0, clear: () => undefined };

beforeEach(async () => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  element = document.createElement('div');
  root = createRoot(element);
  commits = 0;
  writes = [];
  session = new SaveSession({
    revision: 'r1',
    timers: stillTimers,
    save: () => new Promise((resolve, reject) => writes.push({ resolve, reject })),
  });
  session.attach({ compose: () => createArticle({ headline: 'Tram line' }) });
  await act(async () =>
    root.render(
      createElement(
        Profiler,
        { id: 'status', onRender: () => void (commits += 1) },
        createElement(SaveIndicator, { session }),
        createElement(ConflictNotice, {
          session,
          onKeepBoth: async () => undefined,
          onLoadTheirs: () => undefined,
        }),
      ),
    ),
  );
});

afterEach(async () => {
  await act(async () => root.unmount());
  session.dispose();
});

// Status changes are drawn after the next frame (afterNextPaint): each step waits for it.
const step = (fn: () => unknown) =>
  act(async () => {
    await fn();
    await new Promise<void>((painted) => afterNextPaint(painted));
  });

const shown = () => element.querySelector('[role="status"]')!.textContent;

describe('SaveIndicator', () => {
  it('draws nothing new while continuous typing moves between pending and saving', async () => {
    expect(shown()).toBe('Saved');
    const before = commits;
    await step(async () => session.changed());
    expect(shown()).toBe('Saving…');
    expect(commits).toBe(before + 1);

    let flushed!: Promise<void>;
    await step(async () => {
      flushed = session.flush(); // pending → saving
    });
    await step(async () => session.changed()); // typed during the write
    await step(async () => {
      writes[0]!.resolve({ ok: true, revision: 'r2', updated: '2026-11-28T00:00:00.000Z' });
    }); // saving → pending: the change made during the write is still unsaved
    expect(session.status.kind).toBe('saving');
    expect(shown()).toBe('Saving…');
    expect(commits).toBe(before + 1);

    await step(async () => {
      writes[1]!.resolve({ ok: true, revision: 'r3', updated: '2026-11-28T00:00:01.000Z' });
      await flushed;
    });
    expect(session.status.kind).toBe('saved');
    expect(shown()).toBe('Saved');
    expect(commits).toBe(before + 2);
  });

  it('draws a change after the next frame, not inside the keystroke that made it', async () => {
    await act(async () => session.changed());
    expect(shown()).toBe('Saved');
    await step(() => undefined);
    expect(shown()).toBe('Saving…');
  });

  it('shows what failed, and the conflict banner only on a conflict', async () => {
    await step(async () => session.changed());
    await step(async () => {
      const flushed = session.flush();
      writes[0]!.reject(new Error('disk full'));
      await flushed;
    });
    expect(shown()).toBe('Not saved: disk full — retrying');
    expect(element.querySelector('[role="alert"]')).toBeNull();

    await step(async () => {
      const flushed = session.flush();
      writes[1]!.resolve({
        ok: false,
        conflict: { theirs: createArticle({ headline: 'Theirs' }), revision: 'r9' },
      });
      await flushed;
    });
    expect(shown()).toBe('Not saved: the file changed on disk');
    expect(element.querySelector('[role="alert"]')!.textContent).toContain(
      'changed outside this window',
    );
  });
});
