import type { Article } from '../../../core/article/article';
import { countBody } from '../../../core/body/counts';
import type { LibraryEntry } from '../../../electron/ipc/contract';

/**
 * Source of an init script that installs a minimal window.newsroom answering from memory with one
 * article, so the browser scenarios measure the renderer, not IPC. `article:open` sets the
 * performance mark "bench:article-arrived" as it hands the article over ("bench:list-arrived" for
 * article:list, which answers the article plus `library`).
 */
export function standInScript(article: Article, library: LibraryEntry[] = []): string {
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
    'app:ready-to-close': () => undefined,
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
