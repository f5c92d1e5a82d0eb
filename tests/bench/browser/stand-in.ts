import type { Article } from '../../../core/article/article';
import { countBody } from '../../../core/body/counts';
import { seedDoc } from '../../../core/desk/seed-doc';
import type { LibraryEntry } from '../../../electron/ipc/contract';

/**
 * Source of an init script that installs a minimal window.newsroom answering from memory with one
 * article, so the browser scenarios measure the renderer, not IPC. `article:open` sets the
 * performance mark "bench:article-arrived" as it hands the article over ("bench:list-arrived" for
 * article:list, which answers the article plus `library`).
 */
export function standInScript(
  article: Article,
  library: LibraryEntry[] = [],
  desk = false,
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
    'desk:open': () => {
      performance.mark('bench:article-arrived');
      return { id: article.id, update: seeded, pending: 0, generation: 0 };
    },
    'desk:update': () => ({ pending: 0 }),
    'desk:awareness': () => undefined,
    'desk:close': () => undefined,
  };
  const api = { on: () => () => undefined };
  for (const [channel, answer] of Object.entries(answers)) {
    api[channel] = async (payload) => ({ ok: true, value: answer(payload) });
  }
  window.newsroom = new Proxy(api, {
    get: (target, name) => target[name] ?? (async () => ({ ok: false, error: 'bench: ' + String(name) + ' is not available' })),
  });
})();`;
}
