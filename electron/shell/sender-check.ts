import { appHost, appScheme } from './app-protocol';

/** The part of Electron's WebFrameMain the check reads. */
export interface FrameLike {
  readonly url: string;
  readonly processId: number;
  readonly routingId: number;
  readonly parent: FrameLike | null;
  readonly detached?: boolean;
}

/**
 * True only when an IPC message comes from the main window's own top frame showing the app's
 * page (app://newsroom/, or the dev server in development). Anything else is ignored.
 */
export function isTrustedSender(
  sender: FrameLike | null | undefined,
  mainFrame: FrameLike | null | undefined,
  devServerUrl: string | null = null,
): boolean {
  if (!sender || !mainFrame || sender.detached || sender.parent !== null) return false;
  if (sender.processId !== mainFrame.processId || sender.routingId !== mainFrame.routingId)
    return false;
  return isAppPageUrl(sender.url, devServerUrl);
}

/** Whether a page URL is the app's own page. */
export function isAppPageUrl(url: string, devServerUrl: string | null = null): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === `${appScheme}:` && parsed.host === appHost) return true;
  if (devServerUrl === null) return false;
  const dev = new URL(devServerUrl);
  return parsed.protocol === dev.protocol && parsed.host === dev.host;
}
