/** Link protocols an article may carry; anything else is dropped on input and refused on export. */
export const allowedLinkProtocols = ['http', 'https', 'mailto'] as const;

// Browsers ignore ASCII control characters and whitespace inside a scheme ("java\tscript:").
// eslint-disable-next-line no-control-regex -- these are the characters browsers skip
const invisible = /[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\ufeff]/g;

/** True when `url` is an absolute http(s) or mailto URL. */
export function isSafeLinkUrl(url: string): boolean {
  const compact = url.replace(invisible, '');
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(compact);
  if (!match) return false;
  const scheme = match[1]!.toLowerCase();
  if (!(allowedLinkProtocols as readonly string[]).includes(scheme)) return false;
  try {
    const parsed = new URL(url.trim());
    return (allowedLinkProtocols as readonly string[]).includes(parsed.protocol.slice(0, -1));
  } catch {
    return false;
  }
}
