import { describe, expect, it } from 'vitest';
import { WriteQueue } from '../../../../electron/shell/write-queue';

describe('WriteQueue', () => {
  it('runs writes in order, logs a failure and goes on with the next', async () => {
    const logged: string[] = [];
    const done: string[] = [];
    const queue = new WriteQueue((message) => logged.push(message));
    const later = (name: string, ms: number) => () =>
      new Promise<void>((resolve) => setTimeout(() => resolve(void done.push(name)), ms));

    queue.add(later('settings', 20), 'settings');
    queue.add(() => Promise.reject(new Error('disk full')), 'could not remember the window');
    queue.add(later('state', 0), 'state');
    await queue.flushed();

    expect(done).toEqual(['settings', 'state']);
    expect(logged).toEqual(['could not remember the window: Error: disk full']);
  });
});
