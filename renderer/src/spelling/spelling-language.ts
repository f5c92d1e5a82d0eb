/** The workspace's language until articles carry their own. */
const defaultLanguage = 'en';

/** The BCP 47 language an article's spelling is checked in (a file article or a desk article). */
export function spellingLanguage(_article: object): string {
  return defaultLanguage;
}
