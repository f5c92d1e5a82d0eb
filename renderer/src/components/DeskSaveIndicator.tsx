import { useCallback, useSyncExternalStore } from 'react';
import { notifyAfterPaint } from '../core/after-paint';
import type { DeskArticle } from '../desk/desk-article';
import { deskSaveText } from '../desk/desk-status';

// Typing on a desk moves the status through saving, saved here and synced at every key: the
// indicator follows at most this often, so it never costs a React commit per keystroke.
const FOLLOW_MS = 250;

/** "Saved on this computer", "Synced" or "Offline — n changes waiting", announced politely. */
export function DeskSaveIndicator({ article }: { article: DeskArticle }) {
  const subscribe = useCallback(
    (notify: () => void) => {
      const deferred = notifyAfterPaint(notify);
      let timer: ReturnType<typeof setTimeout> | null = null;
      const unsubscribe = article.subscribe(() => {
        timer ??= setTimeout(() => {
          timer = null;
          deferred.schedule();
        }, FOLLOW_MS);
      });
      return () => {
        unsubscribe();
        if (timer) clearTimeout(timer);
        deferred.cancel();
      };
    },
    [article],
  );
  // A string, so a status that came back to the same words is no change for React.
  const shown = useSyncExternalStore(
    subscribe,
    () => `${article.status.kind}|${deskSaveText(article.status)}`,
  );
  const [kind, text] = shown.split('|', 2) as [string, string];
  return (
    <div className="save-slot">
      <p className={`save-indicator desk-indicator is-desk-${kind}`} role="status">
        <span className="save-dot" aria-hidden="true" />
        <span className="save-text">{text}</span>
      </p>
    </div>
  );
}
