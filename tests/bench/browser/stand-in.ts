import type { Article } from '../../../core/article/article';
import { countBody } from '../../../core/body/counts';
import { seedDoc } from '../../../core/desk/seed-doc';
import type { LibraryEntry } from '../../../electron/ipc/contract';

/**
 * Source of an init script that installs a minimal window.newsroom answering from memory with one
 * article, so the browser scenarios measure the renderer, not IPC. `article:open` sets the
 * performance mark "bench:article-arrived" as it hands the article over ("bench:list-arrived" for
 * article:list, which answers the article plus `library`). With `relay` (a WebSocket address) the
 * desk article's updates and carets go out through it in y-protocols messages, as y-websocket
 * sends them, and what arrives comes back as `desk:update` and `desk:awareness` events.
 */
export function standInScript(
  article: Article,
  library: LibraryEntry[] = [],
  desk = false,
  relay: string | null = null,
): string {
  // On a desk the article comes as its seeded Yjs document, and the window reopens it at start.
  const seeded = desk ? Buffer.from(seedDoc(article)).toString('base64') : null;
  const entry = {
    id: article.id,
    headline: article.headline,
    status: article.status,
    updated: article.updated,
    words: countBody(article.body).words,
  };
  return `(() => {
  const article = ${JSON.stringify(article)};
  const entry = ${JSON.stringify(entry)};
  const library = ${JSON.stringify(library)};
  const seeded = ${JSON.stringify(seeded)};
  const relayUrl = ${JSON.stringify(relay)};
  const listeners = new Map();
  const dispatch = (event, payload) => {
    for (const listener of listeners.get(event) ?? []) listener(payload);
  };
  const bytesOf = (base64) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const base64Of = (bytes) => {
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  };
  // y-protocols framing: varuint message type (0 sync, 1 awareness), for sync the step (2: update),
  // then the payload with its varuint length.
  const frame = (head, payload) => {
    const out = [...head];
    for (let n = payload.length; ; n >>>= 7) {
      if (n < 128) { out.push(n); break; }
      out.push(128 | (n & 127));
    }
    const message = new Uint8Array(out.length + payload.length);
    message.set(out);
    message.set(payload, out.length);
    return message;
  };
  const unframe = (message, at) => {
    let length = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = message[at++];
      length |= (byte & 127) << shift;
      if (byte < 128) break;
    }
    return message.subarray(at, at + length);
  };
  const socket = relayUrl ? new WebSocket(relayUrl) : null;
  const socketOpen = socket ? new Promise((open) => (socket.onopen = open)) : Promise.resolve();
  if (socket) {
    socket.binaryType = 'arraybuffer';
    socket.onmessage = (event) => {
      const message = new Uint8Array(event.data);
      if (message[0] === 0 && message[1] === 2)
        dispatch('desk:update', { id: article.id, update: base64Of(unframe(message, 2)) });
      else if (message[0] === 1)
        dispatch('desk:awareness', { id: article.id, update: base64Of(unframe(message, 1)) });
    };
  }
  const deskUrl = 'ws://bench.desk';
  if (seeded) localStorage.setItem('newsroom.desk.lastArticle', JSON.stringify({ url: deskUrl, id: article.id }));
  const deskState = { url: seeded ? deskUrl : null, user: { name: 'Bench', role: 'reporter' }, status: 'synced', pending: 0, error: null };
  let revision = 0;
  const opened = () => ({ article: structuredClone(article), revision: 'bench-' + revision });
  const answers = {
    'workspace:info': () => ({ path: '/bench/workspace', readOnly: false, lockedBy: null }),
    'workspace:open': () => null,
    'article:list': () => {
      const value = [entry, ...library];
      performance.mark('bench:list-arrived');
      return value;
    },
    'article:search': () => [],
    'article:create': opened,
    'article:open': () => {
      const value = opened();
      performance.mark('bench:article-arrived');
      return value;
    },
    'article:last': () => article.id,
    'article:save': () => ({ ok: true, revision: 'bench-' + ++revision, updated: new Date().toISOString() }),
    'article:save-copy': opened,
    'article:delete': () => undefined,
    'photo:attach': () => null,
    'photo:recall': (payload) => payload.photo,
    'credits:recent': () => [],
    'export:check': () => [],
    'export:run': () => null,
    'history:list': () => [],
    'history:restore': opened,
    'recovery:write': () => undefined,
    'recovery:list': () => [],
    'recovery:take': () => structuredClone(article),
    'recovery:discard': () => undefined,
    'spelling:words': () => [],
    'spelling:add-word': (payload) => [payload.word],
    'app:ready-to-close': () => undefined,
    'desk:state': () => deskState,
    'desk:list': () => [{ id: entry.id, headline: entry.headline, status: entry.status, updated: entry.updated }],
    'desk:open': async () => {
      await socketOpen;
      performance.mark('bench:article-arrived');
      return { id: article.id, update: seeded, pending: 0, generation: 0, live: null };
    },
    'desk:update': (payload) => {
      socket?.send(frame([0, 2], bytesOf(payload.update)));
      return { pending: 0 };
    },
    'desk:heard': () => undefined,
    'desk:in-step': () => null,
    'desk:awareness': (payload) => {
      socket?.send(frame([1], bytesOf(payload.update)));
    },
    'desk:close': () => undefined,
  };
  const api = {
    on: (event, listener) => {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener);
      return () => set.delete(listener);
    },
  };
  for (const [channel, answer] of Object.entries(answers)) {
    api[channel] = async (payload) => ({ ok: true, value: await answer(payload) });
  }
  window.newsroom = new Proxy(api, {
    get: (target, name) => target[name] ?? (async () => ({ ok: false, error: 'bench: ' + String(name) + ' is not available' })),
  });
})();`;
}
