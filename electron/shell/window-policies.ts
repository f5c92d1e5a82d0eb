import { decideWindowOpen } from './navigation-policy';

/** The part of an Electron event the policies use. */
export interface PreventableEvent {
  preventDefault(): void;
}

/** The part of Electron's WebContents the policies attach to. */
export interface PolicedContents {
  on(event: 'will-navigate', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-redirect', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/**
 * Locks a window's contents to the page it loaded: every navigation, redirect, webview and
 * window.open is refused; window.open of an http(s)/mailto link goes to the system browser.
 */
export function applyWindowPolicies(
  contents: PolicedContents,
  deps: { openInBrowser(url: string): void; log(message: string): void },
): void {
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    deps.log(`Blocked navigation to ${url}`);
  });
  contents.on('will-redirect', (event, url) => {
    event.preventDefault();
    deps.log(`Blocked redirect to ${url}`);
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    deps.log('Blocked a <webview>');
  });
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url);
    if (decision.openExternally) deps.openInBrowser(decision.openExternally);
    else deps.log(`Blocked window.open of ${url}`);
    return { action: decision.action };
  });
}
