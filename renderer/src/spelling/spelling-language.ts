import type { Article } from '../../../core/article/article';

/** The workspace's language until articles carry their own. */
const defaultLanguage = 'en';

/** The BCP 47 language an article's spelling is checked in. */
export function spellingLanguage(_article: Article): string {
  return defaultLanguage;
}
