// Speaking the Hocuspocus protocol by hand, to send a desk what no provider would.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as Y from 'yjs';

/** Everything under the data folder with its bytes, to show a refused change touched nothing. */
export async function snapshotOf(root: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    // The lock and the index (a cache written on its own timer) are not the articles.
    if (!entry.isFile() || entry.name === 'lock' || entry.name === 'index.json') continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(root, file), (await readFile(file)).toString('base64'));
  }
  return files;
}

/** A raw WebSocket to the desk at `url`, collecting every byte the server sends. */
export async function rawSocket(url: string): Promise<{
  socket: WebSocket;
  received: Buffer[];
  closed: Promise<number>;
}> {
  const socket = new WebSocket(url);
  const received: Buffer[] = [];
  socket.on('message', (data: Buffer) => received.push(data));
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  return { socket, received, closed };
}

export function authMessage(name: string, token: string): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, name);
  encoding.writeVarUint(e, 2); // Auth
  encoding.writeVarUint(e, 0); // Token
  encoding.writeVarString(e, token);
  return encoding.toUint8Array(e);
}

/** A sync message (0 step 1, 2 update) for document `name` carrying `payload`. */
function syncMessage(name: string, step: 0 | 2, payload: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, name);
  encoding.writeVarUint(e, 0); // Sync
  encoding.writeVarUint(e, step);
  encoding.writeVarUint8Array(e, payload);
  return encoding.toUint8Array(e);
}

/** Sync step 1 from an empty document: "send me everything". */
export const syncStep1 = (name: string) => syncMessage(name, 0, Y.encodeStateVector(new Y.Doc()));

/** A sync update message for document `name` carrying `update`. */
export const updateMessage = (name: string, update: Uint8Array) => syncMessage(name, 2, update);
