// The desk article open last in this window's profile, reopened at the next start (the desk's
// list does not know which one this person had open).
const key = 'newsroom.desk.lastArticle';

/** The article id open last on the desk at `url`, or null. */
export function lastDeskArticle(url: string): string | null {
  try {
    const stored = JSON.parse(localStorage.getItem(key) ?? 'null') as unknown;
    if (stored && typeof stored === 'object' && 'url' in stored && 'id' in stored)
      return stored.url === url && typeof stored.id === 'string' ? stored.id : null;
  } catch {
    // A damaged entry is forgotten.
  }
  return null;
}

export function rememberDeskArticle(url: string, id: string): void {
  try {
    localStorage.setItem(key, JSON.stringify({ url, id }));
  } catch {
    // Storage full or off: the next start opens no article, nothing else is lost.
  }
}
