const cache = new Map<string, Intl.DisplayNames | null>();

function displayNames(uiLanguage: string): Intl.DisplayNames | null {
  let names = cache.get(uiLanguage);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([uiLanguage, 'en'], { type: 'language', fallback: 'none' });
    } catch {
      names = null;
    }
    cache.set(uiLanguage, names);
  }
  return names;
}

/** The name of a language in the UI's language (`nb` → "Norwegian Bokmål"), or the tag itself. */
export function languageName(tag: string, uiLanguage = 'en'): string {
  try {
    return displayNames(uiLanguage)?.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/**
 * Loads what naming a language needs (ICU's locale data: tens of milliseconds at its first use in a
 * process, a few microseconds after), so that the first name shown does not wait for it.
 */
export function preloadLanguageNames(uiLanguage = 'en'): void {
  languageName(uiLanguage, uiLanguage);
}

/** The name of a language in itself (`ar` → "العربية"), or the tag itself. */
export function nativeLanguageName(tag: string): string {
  return languageName(tag, tag);
}
