import { protocol, session } from 'electron';
import { appScheme, handleAppRequest } from '../shell/app-protocol';
import { isRendererRequestAllowed } from '../shell/navigation-policy';
import { isPermissionGranted } from '../shell/permissions';
import { isAppPageUrl } from '../shell/sender-check';
import type { WindowDeskReach } from '../shell/window-desk-reach';
import type { Workspace } from '../store/workspace';

/** Permissions, network policy and the app:// protocol of the default session. */
export function secureSession(options: {
  devServerUrl: string | null;
  rendererRoot: string;
  workspace: () => Workspace | null;
  /** The desk the window may reach itself, and the page policy naming it. */
  reach: WindowDeskReach;
  log: (message: string) => void;
}): void {
  const { devServerUrl, log } = options;
  const ses = session.defaultSession;
  // Chromium's spell checker fetches its dictionaries from a CDN; the app's own runs offline.
  ses.setSpellCheckerEnabled(false);
  const isAppPage = (url: string) => isAppPageUrl(url, devServerUrl);
  ses.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const granted = isPermissionGranted(permission, details.requestingUrl, isAppPage);
    if (!granted) log(`Denied permission "${permission}"`);
    callback(granted);
  });
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionGranted(permission, requestingOrigin, isAppPage),
  );
  // Offline by design: pages may load only the app's own files; the network only for the desk.
  const { reach } = options;
  ses.webRequest.onBeforeRequest((details, callback) => {
    const cancel =
      details.webContentsId !== undefined &&
      !isRendererRequestAllowed(details.url, devServerUrl, (url) => reach.allows(url));
    if (cancel) log(`Blocked request to ${details.url}`);
    callback({ cancel });
  });
  protocol.handle(appScheme, async (request) => {
    const answer = await handleAppRequest(
      { method: request.method, url: request.url },
      {
        rendererRoot: options.rendererRoot,
        workspace: options.workspace,
        pagePolicy: () => reach.pagePolicy(),
      },
    );
    const body = request.method === 'HEAD' ? null : new Uint8Array(answer.body);
    return new Response(body, { status: answer.status, headers: answer.headers });
  });
}
