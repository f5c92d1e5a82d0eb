// Reading ninjs values in any version's spelling: 1.x/2.x keys are lower case, 3.x camelCase;
// headlines, descriptions and bodies come as role/contentType parts or as plain strings.

export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The first of `keys` that holds a string (ninjs 1.x/2.x spell keys in lower case, 3.x in camelCase). */
export function text(item: Json, ...keys: string[]): string {
  for (const key of keys) {
    const value = item[key];
    if (typeof value === 'string') return value;
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  }
  return '';
}

export interface Part {
  role: string;
  contentType: string;
  value: string;
}

/** headlines / descriptions / bodies in any version's shape: an array of {role, contentType, value}, or a string. */
export function parts(value: unknown): Part[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.flatMap((entry): Part[] => {
    if (typeof entry === 'string') return [{ role: '', contentType: '', value: entry }];
    if (!isObject(entry)) return [];
    const partValue = text(entry, 'value');
    return [
      {
        role: text(entry, 'role').toLowerCase(),
        contentType: text(entry, 'contentType', 'contenttype').toLowerCase(),
        value: partValue,
      },
    ];
  });
}

const isHtmlType = (type: string) => /html|xhtml|xml/.test(type);
const looksLikeHtml = (value: string) => /<\/?[a-z][^>]*>/i.test(value);

export function stripTags(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|h\d|li|blockquote)>/gi, '\n\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s*\n\s*/g, '\n\n')
    .trim();
}

export function pick(list: Part[], roles: string[]): Part | undefined {
  for (const role of roles) {
    const found = list.find((part) => part.role === role);
    if (found) return found;
  }
  return undefined;
}

/** A description as plain text: prefers text/plain, strips markup from HTML ones. */
export function plain(part: Part | undefined): string {
  if (!part) return '';
  return isHtmlType(part.contentType) || (!part.contentType && looksLikeHtml(part.value))
    ? stripTags(part.value)
    : part.value;
}

export function firstPlain(list: Part[], roles: string[]): string {
  const candidates = list.filter((part) => roles.includes(part.role));
  const plainOne = candidates.find((part) => !isHtmlType(part.contentType));
  return plain(plainOne ?? candidates[0]);
}

/** The body candidates of any ninjs version, best first: HTML before plain text, role main before others. */
export function chooseBody(item: Json): { html: string } | { text: string } | null {
  const bodies = parts(item.bodies);
  const legacyHtml = text(item, 'body_html', 'body_xhtml');
  if (legacyHtml) bodies.push({ role: 'main', contentType: 'text/html', value: legacyHtml });
  const legacyText = text(item, 'body_text');
  if (legacyText) bodies.push({ role: 'main', contentType: 'text/plain', value: legacyText });
  const isHtml = (part: Part) =>
    isHtmlType(part.contentType) || (!part.contentType && looksLikeHtml(part.value));
  // Markup beats plain text (it holds more of the story); the main body beats other roles.
  const rank = (part: Part) =>
    (isHtml(part) ? 0 : 2) + (part.role === 'main' || part.role === '' ? 0 : 1);
  const best = [...bodies].sort((a, b) => rank(a) - rank(b))[0];
  if (!best) return null;
  return isHtml(best) ? { html: best.value } : { text: best.value };
}

/**
 * Keywords in any version's spelling: 3.x `subjects` by name, 1.x/2.x `keywords` (strings) and
 * `subject` by name. Entries of another type are skipped.
 */
export function keywordNames(item: Json): string[] {
  const list = (value: unknown) => (Array.isArray(value) ? value : []);
  const names = [...list(item.subjects), ...list(item.subject)].map((subject) =>
    isObject(subject) ? text(subject, 'name') : '',
  );
  const words = list(item.keywords).filter((word): word is string => typeof word === 'string');
  return [...words, ...names].filter(Boolean);
}
