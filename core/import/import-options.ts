import { canonicalLanguage, FALLBACK_LANGUAGE } from '../language/language-tag';

/** What every importer takes besides its input. */
export interface ImportOptions {
  /** The clock (tests). */
  now?: Date;
  /** The language of an import whose source declares none: the workspace's default language. */
  language?: string;
}

/**
 * The language of an imported article: the one its source declares (ninjs `language`, HTML `lang`,
 * XML `xml:lang`) when that is a valid BCP 47 tag, else the workspace's default.
 */
export function importedLanguage(
  declared: string | null | undefined,
  options: ImportOptions,
): string {
  return (
    (declared ? canonicalLanguage(declared) : null) ??
    canonicalLanguage(options.language ?? '') ??
    FALLBACK_LANGUAGE
  );
}
