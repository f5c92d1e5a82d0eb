import { useCallback, useRef, useState } from 'react';
import type { Article, ArticleEdits } from '../../../core/article/article';

/** The article's fields outside the body, as the view edits them. */
export type ArticleDraft = Omit<ArticleEdits, 'body'>;

/** The fields of `article` outside its body. */
export function pickDraft(article: Article): ArticleDraft {
  const { language, kicker, headline, standfirst, byline, dateline, keywords } = article;
  const { published, status, leadPhoto } = article;
  return {
    language,
    kicker,
    headline,
    standfirst,
    byline,
    dateline,
    keywords,
    published,
    status,
    leadPhoto,
  };
}

export interface ArticleDraftState {
  /** What the fields show. */
  draft: ArticleDraft;
  /** The fields as of the latest change, already when no render has happened since (autosave reads it). */
  current(): ArticleDraft;
  /** Changes some fields and reports the change. */
  update(patch: Partial<ArticleDraft>): void;
}

/** The fields outside the body of the article `article`; each change calls `changed`. */
export function useArticleDraft(article: Article, changed: () => void): ArticleDraftState {
  const [draft, setDraft] = useState(() => pickDraft(article));
  const latest = useRef(draft);
  const update = useCallback(
    (patch: Partial<ArticleDraft>) => {
      latest.current = { ...latest.current, ...patch };
      setDraft(latest.current);
      changed();
    },
    [changed],
  );
  const current = useCallback(() => latest.current, []);
  return { draft, current, update };
}
