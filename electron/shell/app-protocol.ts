import { serveDictionary } from '../spelling/dictionary-files';
import { rendererCsp } from './csp';
import { serveMedia, type MediaWorkspace } from './media';
import { errorResponse, type ProtocolResponse } from './protocol-response';
import { serveRendererFile } from './renderer-files';

/** The privileged scheme the renderer is loaded from. */
export const appScheme = 'app';
/** The only host the scheme answers for. */
export const appHost = 'newsroom';
/** Origin of the app's own pages; IPC is accepted only from here. */
export const appOrigin = `${appScheme}://${appHost}`;
/** The page the main window loads. */
export const appIndexUrl = `${appOrigin}/index.html`;

/**
 * Answers one app:// request: `/media/<id>/<file>` from the workspace, `/dictionaries/<id>.aff|dic`
 * from the shipped spelling dictionaries, everything else from the built renderer. Only GET/HEAD on host "newsroom".
 */
export async function handleAppRequest(
  request: { method: string; url: string },
  context: {
    rendererRoot: string;
    workspace(): MediaWorkspace | null;
    /** The page's policy, asked when a page is served (the meta tag's without it). */
    pagePolicy?(): string;
  },
): Promise<ProtocolResponse> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return errorResponse(405, 'Method not allowed.');
  }
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return errorResponse(400, 'Bad request.');
  }
  if (url.protocol !== `${appScheme}:` || url.host !== appHost)
    return errorResponse(404, 'Not found.');
  if (url.pathname.startsWith('/media/')) {
    const ws = context.workspace();
    return ws ? serveMedia(ws, url.pathname) : errorResponse(503, 'No workspace is open.');
  }
  if (url.pathname.startsWith('/dictionaries/')) return serveDictionary(url.pathname);
  const { pagePolicy } = context;
  return serveRendererFile(context.rendererRoot, url.pathname, {
    csp: pagePolicy ? () => pagePolicy.call(context) : rendererCsp,
  });
}
