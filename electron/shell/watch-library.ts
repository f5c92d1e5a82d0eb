import type { Article } from '../../core/article/article';
import type { LibraryWatch } from '../store/library-watch';
import type { LibraryChanges } from '../store/store-types';
import type { Workspace } from '../store/workspace';

/** What the watch keeps current besides the library index. */
export interface WatchLibraryDeps {
  /** The search index of the workspace, when one runs. */
  search(): { update(article: Article): void; remove(id: string): void } | null;
  /** Tells the window (the `library:changed` event). */
  emit(changes: LibraryChanges): void;
  log(message: string): void;
}

/**
 * Watches a workspace for changes from outside and passes each one on: the changed article to the
 * search index, its library entry to the window. Stops when the workspace closes.
 */
export function watchLibrary(ws: Workspace, deps: WatchLibraryDeps): LibraryWatch {
  return ws.articles.watch({
    log: deps.log,
    onChange: ({ put, removed }) => {
      const search = deps.search();
      try {
        for (const { entry, article } of put) {
          if (article) search?.update(article);
          // undefined: a bulk reread in worker threads; the search index checks those files itself.
          else if (article === null) search?.remove(entry.id);
        }
        for (const id of removed) search?.remove(id);
      } catch (error) {
        // The search index is a cache; the library still shows the change.
        deps.log(`search index after outside changes: ${String(error)}`);
      }
      deps.emit({ entries: put.map((change) => change.entry), removed });
    },
  });
}
