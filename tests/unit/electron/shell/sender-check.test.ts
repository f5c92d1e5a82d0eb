import { describe, expect, it } from 'vitest';
import {
  isAppPageUrl,
  isTrustedSender,
  type FrameLike,
} from '../../../../electron/shell/sender-check';

const frame = (over: Partial<FrameLike> = {}): FrameLike => ({
  url: 'app://newsroom/index.html',
  processId: 4,
  routingId: 1,
  parent: null,
  detached: false,
  ...over,
});

describe('isTrustedSender', () => {
  const main = frame();

  it('accepts the main window top frame on the app page', () => {
    expect(isTrustedSender(frame(), main)).toBe(true);
    expect(isTrustedSender(frame({ url: 'app://newsroom/index.html#/article/x' }), main)).toBe(
      true,
    );
  });

  it('ignores a missing or detached sender frame', () => {
    expect(isTrustedSender(null, main)).toBe(false);
    expect(isTrustedSender(undefined, main)).toBe(false);
    expect(isTrustedSender(frame({ detached: true }), main)).toBe(false);
    expect(isTrustedSender(frame(), null)).toBe(false);
  });

  it('ignores subframes, other frames and other processes', () => {
    expect(isTrustedSender(frame({ parent: main, routingId: 7 }), main)).toBe(false);
    expect(isTrustedSender(frame({ parent: main }), main)).toBe(false);
    expect(isTrustedSender(frame({ routingId: 2 }), main)).toBe(false);
    expect(isTrustedSender(frame({ processId: 5 }), main)).toBe(false);
  });

  it.each([
    'https://evil.example/',
    'file:///tmp/page.html',
    'app://evil/index.html',
    'about:blank',
    'data:text/html,hi',
    '',
  ])('ignores the main frame once it shows %s', (url) => {
    expect(isTrustedSender(frame({ url }), frame({ url }))).toBe(false);
  });

  it('accepts the dev server only in development', () => {
    const dev = frame({ url: 'http://localhost:5173/' });
    expect(isTrustedSender(dev, dev)).toBe(false);
    expect(isTrustedSender(dev, dev, 'http://localhost:5173')).toBe(true);
    expect(
      isTrustedSender(frame({ url: 'http://localhost:6000/' }), dev, 'http://localhost:5173'),
    ).toBe(false);
  });
});

describe('isAppPageUrl', () => {
  it('matches the app origin as well as its pages', () => {
    expect(isAppPageUrl('app://newsroom')).toBe(true);
    expect(isAppPageUrl('app://newsroom/index.html')).toBe(true);
    expect(isAppPageUrl('app://newsroom.evil/index.html')).toBe(false);
  });
});
