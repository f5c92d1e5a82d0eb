import type { Document } from 'happy-dom';

/**
 * The language an HTML document or fragment says it is in: `lang` (or `xml:lang`) on `<html>`, then
 * a `Content-Language` meta tag, then, for a fragment, the `lang` of its first element that has one.
 * Null when it says nothing; importedLanguage checks the tag.
 */
export function declaredLanguage(document: Document): string | null {
  const root = document.documentElement;
  const onRoot = root?.getAttribute('lang') || root?.getAttribute('xml:lang');
  if (onRoot?.trim()) return onRoot.trim();
  const meta = [...document.querySelectorAll('meta[http-equiv]')].find(
    (m) => m.getAttribute('http-equiv')?.toLowerCase() === 'content-language',
  );
  // Content-Language may list several; the first is the main one.
  const listed = meta?.getAttribute('content')?.split(',')[0]?.trim();
  if (listed) return listed;
  const inner = document.body?.querySelector('[lang]')?.getAttribute('lang')?.trim();
  return inner || null;
}
