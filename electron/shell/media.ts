import { articleId } from '../../core/article/article';
import { imageMimeTypeOfName } from '../../core/photo/image-format';
import { errorResponse, fileResponse, type ProtocolResponse } from './protocol-response';
import { readFileInside } from './read-inside';
import { decodePathSegments } from './url-path';

/** The part of a Workspace the media protocol needs (electron/store/workspace.ts satisfies it). */
export interface MediaWorkspace {
  readonly root: string;
  readonly articles: { folder(id: string): Promise<string> };
  readonly photos: { path(id: string, file: string): Promise<string> };
}

/**
 * Serves `/media/<articleId>/<file>`: the photo from that article's photos/ folder, only if it
 * is a photo type and, with symlinks resolved, lies inside the workspace. 403 for paths that
 * try to leave, 404 for anything else not found.
 */
export async function serveMedia(ws: MediaWorkspace, urlPath: string): Promise<ProtocolResponse> {
  const segments = decodePathSegments(urlPath.split(/[?#]/, 1)[0] ?? '');
  if (segments === 'escape') return errorResponse(403, 'Refused: the path leaves the workspace.');
  if (segments === 'malformed') return errorResponse(400, 'Bad request: malformed path.');
  const [prefix, id, file, ...rest] = segments;
  if (prefix !== 'media' || id === undefined || file === undefined || rest.length > 0) {
    return errorResponse(404, 'Not found.');
  }
  if (!articleId.safeParse(id).success) return errorResponse(404, 'Not found: no such article.');
  const contentType = imageMimeTypeOfName(file);
  if (!contentType) return errorResponse(403, 'Refused: only photos are served.');
  try {
    await ws.articles.folder(id);
  } catch {
    return errorResponse(404, 'Not found: no such article.');
  }
  let path: string;
  try {
    path = await ws.photos.path(id, file);
  } catch {
    return errorResponse(403, 'Refused: the path leaves the article folder.');
  }
  const read = await readFileInside(ws.root, path);
  if (read.ok) return fileResponse(read.bytes, contentType);
  if (read.reason === 'outside')
    return errorResponse(403, 'Refused: the file is outside the workspace.');
  return errorResponse(404, 'Not found.');
}
