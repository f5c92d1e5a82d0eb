import { createHash } from 'node:crypto';
import { mkdir, readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { articleId } from '../../core/article/article';
import {
  imageFormatOfName,
  imageFormatTable,
  imageMimeTypeOfName,
  sniffImageFormat,
} from '../../core/photo/image-format';
import { atomicWrite } from '../store/atomic-write';
import type { Workspace } from '../store/workspace';
import { DESK_LOG_FILE } from './desk-storage';
import type { DeskUser, DeskUsers } from './desk-users';
import {
  deskPhotoName,
  linkPhoto,
  namedPhotoPath,
  photoPoolDir,
  photoPoolPath,
} from './photo-pool';

/** The largest photo the desk takes (bytes). */
export const MAX_PHOTO_BYTES = 64 * 1024 * 1024;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

interface HttpContext {
  ws: Workspace;
  users: DeskUsers;
  maxPhotoBytes: number;
}

/**
 * The desk's HTTP side, every request with `Authorization: Bearer <token>`:
 * `GET /whoami` (the token's name and role), `GET /articles` (the library), `PUT|GET /photos/<sha256>.<ext>`,
 * `PUT|GET /articles/<id>/photos/<file>` and `GET /articles/<id>/desk-log`.
 */
export async function handleDeskRequest(
  request: IncomingMessage,
  response: ServerResponse,
  context: HttpContext,
): Promise<void> {
  try {
    const user = await authenticate(request, context.users);
    const url = new URL(request.url ?? '/', 'http://desk');
    const parts = url.pathname.split('/').slice(1).map(decodeURIComponent);
    const method = request.method ?? 'GET';
    if (method === 'GET' && parts.length === 1 && parts[0] === 'whoami')
      return sendJson(response, 200, { name: user.name, role: user.role });
    if (method === 'GET' && parts.length === 1 && parts[0] === 'articles')
      return sendJson(response, 200, await context.ws.articles.list());
    if (parts.length === 2 && parts[0] === 'photos') {
      if (method === 'PUT') return await putPhoto(request, response, parts[1]!, context, user);
      if (method === 'GET')
        return await sendFile(response, photoPoolPath(context.ws.root, parts[1]!), parts[1]!);
    }
    if (parts[0] === 'articles' && articleId.safeParse(parts[1]).success) {
      const id = parts[1]!;
      if (method === 'PUT' && parts.length === 4 && parts[2] === 'photos')
        return await putArticlePhoto(request, response, id, parts[3]!, context);
    }
    if (method === 'GET' && parts[0] === 'articles' && articleId.safeParse(parts[1]).success) {
      const id = parts[1]!;
      if (parts.length === 4 && parts[2] === 'photos')
        return await sendFile(
          response,
          await articlePhotoFile(context.ws, id, parts[3]!),
          parts[3]!,
        );
      if (parts.length === 3 && parts[2] === 'desk-log') {
        const folder = await context.ws.articles.folder(id);
        const text = await readFile(path.join(folder, DESK_LOG_FILE), 'utf8').catch(() => '');
        response.writeHead(200, { 'Content-Type': 'application/x-ndjson; charset=utf-8' });
        response.end(text);
        return;
      }
    }
    throw new HttpError(404, 'not found');
  } catch (error) {
    const status = error instanceof HttpError ? error.status : 404;
    const message = error instanceof Error ? error.message : String(error);
    if (!response.headersSent) sendJson(response, status, { error: message });
    else response.destroy();
  }
}

async function authenticate(request: IncomingMessage, users: DeskUsers): Promise<DeskUser> {
  const header = request.headers.authorization ?? '';
  const token = /^Bearer (\S+)$/.exec(header)?.[1];
  const user = token ? await users.check(token) : null;
  if (!user) throw new HttpError(401, 'a valid token is required');
  return user;
}

async function putPhoto(
  request: IncomingMessage,
  response: ServerResponse,
  name: string,
  { ws, maxPhotoBytes }: HttpContext,
  _user: DeskUser,
): Promise<void> {
  const match = deskPhotoName.exec(name);
  if (!match) throw new HttpError(400, 'a desk photo is named <sha256>.<ext>');
  const bytes = await readPhotoBody(request, maxPhotoBytes);
  if (createHash('sha256').update(bytes).digest('hex') !== match[1])
    throw new HttpError(400, 'the photo does not match the SHA-256 in its name');
  const format = sniffImageFormat(bytes);
  if (!format || imageFormatOfName(name) !== format)
    throw new HttpError(415, `the photo is not the ${match[2]} image its name says`);
  const target = photoPoolPath(ws.root, name)!;
  const exists = await isFile(target);
  if (!exists) {
    await mkdir(photoPoolDir(ws.root), { recursive: true });
    await atomicWrite(target, bytes, { label: `desk photo ${name}` });
  }
  sendJson(response, exists ? 200 : 201, { name });
}

/**
 * Stores a photo an old article.json names (`PUT /articles/<id>/photos/<file>`), sent by the laptop
 * that seeds the article: kept by content in the pool, linked under its name for the article (now
 * when the article's folder exists, else when it is first stored). A different photo already under
 * that name is refused (409), so one laptop never replaces what another sent.
 */
async function putArticlePhoto(
  request: IncomingMessage,
  response: ServerResponse,
  id: string,
  file: string,
  { ws, maxPhotoBytes }: HttpContext,
): Promise<void> {
  let named: string;
  try {
    named = namedPhotoPath(ws.root, id, file);
  } catch (error) {
    throw new HttpError(400, (error as Error).message);
  }
  const bytes = await readPhotoBody(request, maxPhotoBytes);
  const format = sniffImageFormat(bytes);
  if (!format || imageFormatOfName(file) !== format)
    throw new HttpError(415, `the photo is not the image its name "${file}" says`);
  const sha = createHash('sha256').update(bytes).digest('hex');
  const inFolder = await ws.photos.path(id, file).catch(() => null);
  let held = false;
  for (const existing of [named, inFolder]) {
    const current = existing ? await readFile(existing).catch(() => null) : null;
    if (!current) continue;
    if (createHash('sha256').update(current).digest('hex') !== sha)
      throw new HttpError(409, `article ${id} already has another photo named "${file}"`);
    held = true;
  }
  const pooled = photoPoolPath(ws.root, `${sha}.${imageFormatTable[format].extensions[0]}`)!;
  if (!(await isFile(pooled))) {
    await mkdir(photoPoolDir(ws.root), { recursive: true });
    await atomicWrite(pooled, bytes, { label: `desk photo ${path.basename(pooled)}` });
  }
  await linkPhoto(pooled, named);
  if (inFolder) await linkPhoto(pooled, inFolder);
  sendJson(response, held ? 200 : 201, { name: file, photo: path.basename(pooled) });
}

/** An article's photo: in its folder, or still waiting as a laptop sent it. */
async function articlePhotoFile(ws: Workspace, id: string, file: string): Promise<string | null> {
  const inFolder = await ws.photos.path(id, file).catch(() => null);
  if (inFolder && (await isFile(inFolder))) return inFolder;
  try {
    return namedPhotoPath(ws.root, id, file);
  } catch {
    return null;
  }
}

const isFile = (file: string) =>
  stat(file).then(
    (info) => info.isFile(),
    () => false,
  );

/** The request's body, refused (413) over `limit` bytes. */
async function readPhotoBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(request.headers['content-length'] ?? NaN);
  if (declared > limit) throw new HttpError(413, `photos are limited to ${limit} bytes`);
  return readBody(request, limit);
}

function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new HttpError(413, `photos are limited to ${limit} bytes`));
        request.pause();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

async function sendFile(
  response: ServerResponse,
  file: string | null,
  name: string,
): Promise<void> {
  const bytes = file ? await readFile(file).catch(() => null) : null;
  if (!bytes) throw new HttpError(404, `no photo "${name}"`);
  response.writeHead(200, {
    'Content-Type': imageMimeTypeOfName(name) ?? 'application/octet-stream',
    'Content-Length': bytes.length,
  });
  response.end(bytes);
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    Connection: 'close',
  });
  response.end(text);
}
