import { repairMagyarispellFile } from './magyarispell-repair';

/** One Hunspell dictionary the app ships: an npm `dictionary-*` package and the languages it serves. */
export interface SpellingDictionary {
  /** The package name after `dictionary-`, also its id in the `/dictionaries/<id>.aff` URL. */
  id: string;
  /** English name, for notes and docs. */
  name: string;
  /** BCP 47 tags (lower case) that choose it besides the id itself. */
  tags: readonly string[];
  /** Corrects a file (its text) that the package built wrongly, before Hunspell reads it. */
  repair?: (part: 'aff' | 'dic', text: string) => string;
}

/**
 * The dictionaries the app ships (package.json pins each `dictionary-<id>`; docs/architecture.md
 * lists their licences).
 */
export const spellingDictionaries: readonly SpellingDictionary[] = [
  { id: 'en', name: 'English (United States)', tags: ['en-us'] },
  { id: 'en-gb', name: 'English (United Kingdom)', tags: ['en-ie', 'en-nz', 'en-in'] },
  { id: 'en-au', name: 'English (Australia)', tags: [] },
  { id: 'en-ca', name: 'English (Canada)', tags: [] },
  { id: 'en-za', name: 'English (South Africa)', tags: [] },
  { id: 'bg', name: 'Bulgarian', tags: [] },
  { id: 'ca', name: 'Catalan', tags: [] },
  { id: 'cs', name: 'Czech', tags: [] },
  { id: 'da', name: 'Danish', tags: [] },
  { id: 'de', name: 'German', tags: ['de-de', 'de-lu', 'de-li', 'de-be'] },
  { id: 'de-at', name: 'German (Austria)', tags: [] },
  { id: 'de-ch', name: 'German (Switzerland)', tags: [] },
  { id: 'el', name: 'Greek', tags: [] },
  { id: 'es', name: 'Spanish', tags: [] },
  { id: 'et', name: 'Estonian', tags: [] },
  { id: 'eu', name: 'Basque', tags: [] },
  { id: 'fo', name: 'Faroese', tags: [] },
  { id: 'fr', name: 'French', tags: [] },
  { id: 'ga', name: 'Irish', tags: [] },
  { id: 'hr', name: 'Croatian', tags: [] },
  { id: 'hu', name: 'Hungarian', tags: [], repair: repairMagyarispellFile },
  { id: 'is', name: 'Icelandic', tags: [] },
  { id: 'it', name: 'Italian', tags: [] },
  { id: 'lt', name: 'Lithuanian', tags: [] },
  { id: 'lv', name: 'Latvian', tags: [] },
  { id: 'mk', name: 'Macedonian', tags: [] },
  { id: 'nb', name: 'Norwegian Bokmål', tags: ['no', 'nb-no', 'no-no'] },
  { id: 'nl', name: 'Dutch', tags: [] },
  { id: 'nn', name: 'Norwegian Nynorsk', tags: ['nn-no'] },
  { id: 'pl', name: 'Polish', tags: [] },
  { id: 'pt', name: 'Portuguese (Brazil)', tags: ['pt-br'] },
  { id: 'pt-pt', name: 'Portuguese (Portugal)', tags: [] },
  { id: 'ro', name: 'Romanian', tags: [] },
  { id: 'ru', name: 'Russian', tags: [] },
  { id: 'sk', name: 'Slovak', tags: [] },
  { id: 'sl', name: 'Slovenian', tags: [] },
  { id: 'sr', name: 'Serbian (Cyrillic)', tags: ['sr-cyrl'] },
  { id: 'sv', name: 'Swedish', tags: [] },
  { id: 'tr', name: 'Turkish', tags: [] },
  { id: 'uk', name: 'Ukrainian', tags: [] },
  { id: 'vi', name: 'Vietnamese', tags: [] },
];

const byTag = new Map<string, SpellingDictionary>();
for (const dictionary of spellingDictionaries) {
  byTag.set(dictionary.id, dictionary);
  for (const tag of dictionary.tags) byTag.set(tag, dictionary);
}

/**
 * The dictionary for a BCP 47 tag: the exact tag, then shorter prefixes ("de-CH-1996" → de-ch,
 * "en-US-x-foo" → en, "nb" → nb), or null when none is shipped.
 */
export function dictionaryFor(tag: string): SpellingDictionary | null {
  const parts = tag.trim().toLowerCase().replace(/_/g, '-').split('-');
  for (let n = parts.length; n > 0; n--) {
    const found = byTag.get(parts.slice(0, n).join('-'));
    if (found) return found;
  }
  return null;
}

/** The dictionary with this id (from a URL), or null. */
export function dictionaryById(id: string): SpellingDictionary | null {
  return spellingDictionaries.find((d) => d.id === id) ?? null;
}
