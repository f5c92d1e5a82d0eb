import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { applyWindowPolicies } from '../../../../electron/shell/window-policies';

/** A stand-in with the WebContents surface the policies use (Electron itself is absent here). */
class Contents extends EventEmitter {
  openHandler: ((details: { url: string }) => { action: 'deny' }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void {
    this.openHandler = handler;
  }
}

function event() {
  const e = { prevented: false, preventDefault: () => void (e.prevented = true) };
  return e;
}

function setup() {
  const contents = new Contents();
  const opened: string[] = [];
  const logged: string[] = [];
  applyWindowPolicies(contents, {
    openInBrowser: (url) => opened.push(url),
    log: (m) => logged.push(m),
  });
  return { contents, opened, logged };
}

describe('applyWindowPolicies', () => {
  it.each(['https://example.org/', 'app://newsroom/other.html', 'file:///etc/passwd'])(
    'prevents navigating to %s',
    (url) => {
      const { contents } = setup();
      const e = event();
      contents.emit('will-navigate', e, url);
      expect(e.prevented).toBe(true);
    },
  );

  it('prevents redirects and webviews', () => {
    const { contents } = setup();
    const redirect = event();
    contents.emit('will-redirect', redirect, 'https://example.org/');
    const webview = event();
    contents.emit('will-attach-webview', webview);
    expect(redirect.prevented && webview.prevented).toBe(true);
  });

  it('denies window.open and hands only http(s)/mailto to the browser', () => {
    const { contents, opened } = setup();
    expect(contents.openHandler?.({ url: 'https://example.org/story' })).toEqual({
      action: 'deny',
    });
    expect(contents.openHandler?.({ url: 'mailto:desk@example.org' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'app://newsroom/index.html' })).toEqual({
      action: 'deny',
    });
    expect(opened).toEqual(['https://example.org/story', 'mailto:desk@example.org']);
  });
});
