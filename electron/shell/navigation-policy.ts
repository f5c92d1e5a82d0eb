import { isSafeLinkUrl } from '../../core/body/safe-url';
import { appHost, appScheme } from './app-protocol';

/**
 * The URL to hand to the operating system for a link, or null when it must not leave the app:
 * only http(s) with a host and no credentials, and mailto, after the check article links get.
 */
export function externalUrl(url: string): string | null {
  if (!isSafeLinkUrl(url)) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol === 'mailto:') return parsed.href;
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (!parsed.hostname || parsed.username || parsed.password) return null;
  return parsed.href;
}

/** What to do with a window.open / target=_blank request: never a new window, maybe the browser. */
export function decideWindowOpen(url: string): { action: 'deny'; openExternally: string | null } {
  return { action: 'deny', openExternally: externalUrl(url) };
}

/**
 * Whether the renderer may load `url` (web requests, not IPC): the app's own scheme and host,
 * devtools, same-page blobs, the socket of the desk `deskSocket` accepts, and in development the
 * dev server. Nothing else on the network.
 */
export function isRendererRequestAllowed(
  url: string,
  devServerUrl: string | null = null,
  deskSocket: (url: string) => boolean = () => false,
): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === `${appScheme}:`) return parsed.host === appHost;
  if (parsed.protocol === 'devtools:') return true;
  if (parsed.protocol === 'blob:') return isRendererRequestAllowed(parsed.pathname, devServerUrl);
  if (deskSocket(url)) return true;
  if (devServerUrl === null) return false;
  const dev = new URL(devServerUrl);
  const sameHost = parsed.hostname === dev.hostname && parsed.port === dev.port;
  return sameHost && ['http:', 'https:', 'ws:', 'wss:'].includes(parsed.protocol);
}
