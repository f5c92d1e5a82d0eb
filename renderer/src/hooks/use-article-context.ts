import { createContext, useContext } from 'react';

export interface ArticleContextValue {
  articleId: string;
  readOnly: boolean;
  /** The desk's recent credits, for the Credit fields. */
  credits: string[];
}

/** What parts deep in the editor (figure node views) need to know about the open article. */
export const ArticleContext = createContext<ArticleContextValue>({
  articleId: '',
  readOnly: true,
  credits: [],
});

/** The open article, for node views rendered inside the body editor. */
export function useArticleContext(): ArticleContextValue {
  return useContext(ArticleContext);
}
