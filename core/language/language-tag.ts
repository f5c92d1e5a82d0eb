import { z } from 'zod';

/** The language of articles written before articles had one, and the default of a new workspace. */
export const FALLBACK_LANGUAGE = 'en';

// Every import and article read asks for a few tags again and again; ICU's answer is slow.
const canonicalTags = new Map<string, string | null>();

/** The canonical form of a BCP 47 tag (`EN-gb` → `en-GB`), or null when it is not a valid tag. */
export function canonicalLanguage(tag: string): string | null {
  if (tag.trim() === '' || tag.length > 100) return null;
  let canonical = canonicalTags.get(tag);
  if (canonical !== undefined) return canonical;
  try {
    canonical = Intl.getCanonicalLocales(tag.trim())[0] ?? null;
  } catch {
    canonical = null;
  }
  if (canonicalTags.size >= 1_000) canonicalTags.clear();
  canonicalTags.set(tag, canonical);
  return canonical;
}

/** A BCP 47 language tag, stored in its canonical form. */
export const languageTag = z
  .string()
  .max(100)
  .transform((tag, ctx) => {
    const canonical = canonicalLanguage(tag);
    if (canonical !== null) return canonical;
    ctx.addIssue({ code: 'custom', message: `"${tag}" is not a BCP 47 language tag` });
    return z.NEVER;
  });

/** The base language subtag (`nb-NO` → `nb`). */
export function baseLanguage(tag: string): string {
  return new Intl.Locale(tag).language;
}
