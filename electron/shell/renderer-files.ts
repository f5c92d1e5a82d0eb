import { extname, join } from 'node:path';
import { imageMimeTypeOfName } from '../../core/photo/image-format';
import { errorResponse, fileResponse, type ProtocolResponse } from './protocol-response';
import { readFileInside } from './read-inside';
import { decodePathSegments } from './url-path';

/** Content types of the files the renderer build produces, besides the photo formats. */
const rendererContentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/**
 * Serves a file of the built renderer (out/renderer) for a URL path; "/" is index.html.
 * Refuses paths that leave the folder, also through symlinks. HTML answers carry `csp`
 * (or what it returns, asked only for them) as a Content-Security-Policy header when given.
 */
export async function serveRendererFile(
  rendererRoot: string,
  urlPath: string,
  options: { csp?: string | (() => string) } = {},
): Promise<ProtocolResponse> {
  const pathname = urlPath.split(/[?#]/, 1)[0] ?? '';
  const segments = decodePathSegments(pathname === '/' ? '/index.html' : pathname);
  if (segments === 'escape') return errorResponse(403, 'Refused: the path leaves the app.');
  if (segments === 'malformed') return errorResponse(400, 'Bad request: malformed path.');
  const file = join(rendererRoot, ...segments);
  const read = await readFileInside(rendererRoot, file);
  if (!read.ok) {
    return read.reason === 'outside'
      ? errorResponse(403, 'Refused: the path leaves the app.')
      : errorResponse(404, 'Not found.');
  }
  const ext = extname(file).toLowerCase();
  const contentType =
    rendererContentTypes[ext] ?? imageMimeTypeOfName(file) ?? 'application/octet-stream';
  const extra: Record<string, string> =
    ext === '.html' && options.csp
      ? {
          'Content-Security-Policy': typeof options.csp === 'string' ? options.csp : options.csp(),
        }
      : {};
  return fileResponse(read.bytes, contentType, extra);
}
