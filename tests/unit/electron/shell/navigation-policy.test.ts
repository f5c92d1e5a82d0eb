import { describe, expect, it } from 'vitest';
import {
  decideWindowOpen,
  externalUrl,
  isRendererRequestAllowed,
} from '../../../../electron/shell/navigation-policy';

describe('externalUrl', () => {
  it.each([
    ['https://www.reuters.com/world/', 'https://www.reuters.com/world/'],
    ['http://example.org', 'http://example.org/'],
    ['mailto:desk@example.org', 'mailto:desk@example.org'],
    ['HTTPS://Example.org/A', 'https://example.org/A'],
  ])('lets %s out', (url, expected) => {
    expect(externalUrl(url)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'jav\u200bascript:alert(1)',
    'file:///etc/passwd',
    'app://newsroom/index.html',
    'data:text/html,<script>1</script>',
    'vbscript:x',
    'smb://server/share',
    'ms-msdt:/id',
    'https://user:pass@example.org/',
    'http://',
    '//example.org',
    'example.org',
    '',
  ])('keeps %s in', (url) => {
    expect(externalUrl(url)).toBeNull();
  });
});

describe('decideWindowOpen', () => {
  it('always denies a new window, opening safe links in the browser', () => {
    expect(decideWindowOpen('https://example.org/')).toEqual({
      action: 'deny',
      openExternally: 'https://example.org/',
    });
    expect(decideWindowOpen('file:///etc/passwd')).toEqual({
      action: 'deny',
      openExternally: null,
    });
    expect(decideWindowOpen('about:blank')).toEqual({ action: 'deny', openExternally: null });
  });
});

describe('isRendererRequestAllowed', () => {
  it('allows the app itself and nothing from the network', () => {
    expect(isRendererRequestAllowed('app://newsroom/assets/index.js')).toBe(true);
    expect(isRendererRequestAllowed('app://newsroom/media/abc/x.jpg')).toBe(true);
    expect(isRendererRequestAllowed('app://evil/x')).toBe(false);
    expect(isRendererRequestAllowed('https://example.org/pixel.gif')).toBe(false);
    expect(isRendererRequestAllowed('file:///etc/passwd')).toBe(false);
    expect(isRendererRequestAllowed('blob:app://newsroom/1234')).toBe(true);
    expect(isRendererRequestAllowed('blob:https://evil.example/1234')).toBe(false);
    expect(isRendererRequestAllowed('nonsense')).toBe(false);
  });

  it('allows the socket of the desk the page may reach, nothing else of its host', () => {
    const desk = (url: string) => url.startsWith('wss://desk.example.org/');
    expect(isRendererRequestAllowed('wss://desk.example.org/', null, desk)).toBe(true);
    expect(isRendererRequestAllowed('https://desk.example.org/photos/x', null, desk)).toBe(false);
    expect(isRendererRequestAllowed('wss://other.example.org/', null, desk)).toBe(false);
    expect(isRendererRequestAllowed('wss://desk.example.org/')).toBe(false);
  });

  it('allows the dev server only when one is given', () => {
    expect(isRendererRequestAllowed('http://localhost:5173/src/main.tsx')).toBe(false);
    expect(
      isRendererRequestAllowed('http://localhost:5173/src/main.tsx', 'http://localhost:5173'),
    ).toBe(true);
    expect(isRendererRequestAllowed('ws://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isRendererRequestAllowed('http://localhost:9999/', 'http://localhost:5173')).toBe(false);
  });
});
