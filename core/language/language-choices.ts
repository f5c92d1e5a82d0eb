import { languageName, nativeLanguageName } from './language-names';
import { canonicalLanguage } from './language-tag';

// Languages a newsroom is likely to write in; any other valid tag can still be typed.
const commonTags = (
  'af am ar ar-EG ar-MA ar-SA az be bg bn bs ca ckb cs cy da de de-AT de-CH dv el en en-AU en-GB ' +
  'en-IN en-US es es-419 es-ES et eu fa fa-AF fi fil fo fr fr-CA fr-CH fy ga gl gu ha he hi hr hu ' +
  'hy id ig is it ja ka kk kl km kn ko ku ky lb lo lt lv mi mk ml mn mr ms mt my nb ne nl nn pa ' +
  'pl ps pt pt-BR pt-PT ro ru rw se si sk sl so sq sr sr-Latn sv sw ta te tg th ti tk tr tt ug uk ' +
  'ur uz vi xh yi yo zh-Hans zh-Hant zu'
).split(' ');

export interface LanguageChoice {
  /** Canonical BCP 47 tag. */
  tag: string;
  /** Its name in the UI's language ("Arabic"). */
  name: string;
  /** Its name in itself ("العربية"). */
  native: string;
  /** What the list shows: "Arabic — العربية (ar)". */
  label: string;
}

/** One language as the picker lists it. */
export function languageChoice(tag: string, uiLanguage = 'en'): LanguageChoice {
  const name = languageName(tag, uiLanguage);
  const native = nativeLanguageName(tag);
  const label =
    native !== name && native !== tag ? `${name} — ${native} (${tag})` : `${name} (${tag})`;
  return { tag, name, native, label };
}

/** The languages a picker offers: the common ones and `extra` (the article's, the workspace's), by name. */
export function languageChoices(
  extra: readonly string[] = [],
  uiLanguage = 'en',
): LanguageChoice[] {
  const tags = new Set(commonTags);
  for (const tag of extra) {
    const canonical = canonicalLanguage(tag);
    if (canonical) tags.add(canonical);
  }
  return [...tags]
    .map((tag) => languageChoice(tag, uiLanguage))
    .sort((a, b) => a.name.localeCompare(b.name, uiLanguage) || a.tag.localeCompare(b.tag));
}

const fold = (text: string) => text.trim().toLocaleLowerCase();

/**
 * The tag someone typed or picked into a language field: a list label, a tag (`en-gb`), a name in
 * English or in itself (`Norwegian Bokmål`, `norsk bokmål`), or the start of exactly one name; null
 * when it names no language.
 */
export function matchLanguage(input: string, choices: readonly LanguageChoice[]): string | null {
  const query = fold(input);
  if (!query) return null;
  const exact = choices.find(
    (c) =>
      fold(c.label) === query ||
      fold(c.tag) === query ||
      fold(c.name) === query ||
      fold(c.native) === query,
  );
  if (exact) return exact.tag;
  // A tag needs a known base language: "xx-yy" is well formed but names nothing.
  const tag = canonicalLanguage(input);
  if (tag && languageName(tag) !== tag) return tag;
  const starts = choices.filter(
    (c) => fold(c.name).startsWith(query) || fold(c.native).startsWith(query),
  );
  return starts.length === 1 ? starts[0]!.tag : null;
}
