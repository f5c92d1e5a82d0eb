import { useEffect, useRef, useState } from 'react';
import type { Article } from '../../../core/article/article';
import { SaveSession, type SaveSessionOptions } from '../core/save-session';

/** What the article view gives its session besides how to write. */
export interface ArticleSessionView {
  /** The shown text is not on disk yet (restored from the recovery journal): save it. */
  unsaved: boolean;
  /** The article exactly as the view shows it now. */
  compose(): Article;
  /** Called after every successful save with what was written. */
  onSaved(article: Article, updated: string): void;
  /** Hands the session to the app while the view lives, then null; the app flushes it before moving on. */
  onSession(session: SaveSession | null): void;
}

/**
 * Autosave for one article view, for the view's whole life: the session is created with `options`
 * at the first render, connected once the view has mounted, and flushed when the window loses focus.
 */
export function useArticleSession(
  options: SaveSessionOptions,
  view: ArticleSessionView,
): SaveSession {
  // Restored text is pending from the first frame: Saved must never stand beside it.
  const [session] = useState(() => new SaveSession({ ...options, unsaved: view.unsaved }));
  const latest = useRef(view);
  useEffect(() => {
    latest.current = view;
  });
  useEffect(() => {
    session.attach({
      compose: () => latest.current.compose(),
      onSaved: (article, updated) => latest.current.onSaved(article, updated),
    });
    latest.current.onSession(session);
    const flushOnBlur = () => void session.flush();
    window.addEventListener('blur', flushOnBlur);
    return () => {
      window.removeEventListener('blur', flushOnBlur);
      latest.current.onSession(null);
      void session.close();
    };
  }, [session]);
  return session;
}
