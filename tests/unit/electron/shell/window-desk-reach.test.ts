import { describe, expect, it } from 'vitest';
import { parseCsp } from '../../../../electron/shell/csp';
import { WindowDeskReach } from '../../../../electron/shell/window-desk-reach';

describe('WindowDeskReach', () => {
  it('lets the window reach the desk its page was served for, and only that one', () => {
    let desk: string | null = 'ws://127.0.0.1:4000';
    const reach = new WindowDeskReach(() => desk);
    expect(reach.allows('ws://127.0.0.1:4000')).toBe(false);

    expect(parseCsp(reach.pagePolicy()).get('connect-src')).toEqual([
      "'self'",
      'ws://127.0.0.1:4000',
    ]);
    expect(reach.allows('ws://127.0.0.1:4000/')).toBe(true);
    expect(reach.allows('ws://127.0.0.1:4001/')).toBe(false);
    expect(reach.allows('http://127.0.0.1:4000/')).toBe(false);

    // Another desk chosen later: the loaded page's policy still names the first.
    desk = 'wss://desk.example.org';
    expect(reach.allows('wss://desk.example.org')).toBe(false);
    expect(reach.allows('ws://127.0.0.1:4000')).toBe(true);
    reach.pagePolicy();
    expect(reach.allows('wss://desk.example.org')).toBe(true);
    expect(reach.allows('ws://127.0.0.1:4000')).toBe(false);

    desk = null;
    expect(parseCsp(reach.pagePolicy()).get('connect-src')).toEqual(["'self'"]);
    expect(reach.allows('wss://desk.example.org')).toBe(false);
  });
});
