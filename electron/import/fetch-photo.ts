import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const MAX_REMOTE_PHOTO = 100 * 1024 * 1024;

/** The response body, refusing to hold more than `max` bytes whatever the server claims. */
async function readCapped(response: Response, max: number): Promise<Uint8Array> {
  if (Number(response.headers.get('content-length') ?? 0) > max)
    throw new Error('larger than 100 MB');
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      throw new Error('larger than 100 MB');
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** Photo bytes from an href: http(s) unless `network` is false, or a relative path / file: URL inside the imported file's folder. */
export async function fetchPhoto(
  href: string,
  baseDir: string,
  options: { network?: boolean } = {},
): Promise<Uint8Array> {
  if (/^https?:/i.test(href)) {
    if (options.network === false)
      throw new Error('it is on the web, and the app never fetches while importing');
    const response = await fetch(href, { signal: AbortSignal.timeout(30_000) });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return readCapped(response, MAX_REMOTE_PHOTO);
  }
  const isFileUrl = /^file:/i.test(href);
  if (!isFileUrl && /^[a-z][a-z0-9+.-]*:/i.test(href)) throw new Error('unsupported link type');
  const file = isFileUrl ? fileURLToPath(href) : path.resolve(baseDir, decodeURIComponent(href));
  if (file.includes('\0')) throw new Error('the link contains a NUL character');
  // Local photos come only from the imported file's own folder, whatever the link says.
  if (!isInside(baseDir, file)) throw new Error('the link leaves the folder of the imported file');
  // Symlinks are followed before the check too, so a link inside the folder cannot reach outside it.
  const [realBase, realFile] = await Promise.all([realpath(baseDir), realpath(file)]);
  if (!isInside(realBase, realFile))
    throw new Error('the link leaves the folder of the imported file (through a symbolic link)');
  // A pipe or device would block or never end; only regular files of a sane size are read.
  const info = await stat(realFile);
  if (!info.isFile()) throw new Error('the link does not name a regular file');
  if (info.size > MAX_REMOTE_PHOTO) throw new Error('larger than 100 MB');
  return new Uint8Array(await readFile(realFile));
}

function isInside(dir: string, file: string): boolean {
  const relative = path.relative(dir, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
