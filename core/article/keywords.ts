import { z } from 'zod';

/** Longest keyword, and most keywords an article keeps. */
export const KEYWORD_MAX_LENGTH = 100;
export const KEYWORDS_MAX = 100;

// A keyword never holds a comma: the editor's field separates keywords with commas.
const keyword = z
  .string()
  .min(1)
  .max(KEYWORD_MAX_LENGTH)
  .refine((value) => value === value.trim() && !/[,\p{Cc}\u2028\u2029]/u.test(value), {
    message: 'a keyword has no comma, line break or surrounding space',
  });

/** The article's keywords: distinct (ignoring case), each one trimmed, without commas. */
export const keywordsSchema = z
  .array(keyword)
  .max(KEYWORDS_MAX)
  .refine((list) => new Set(list.map((k) => k.toLowerCase())).size === list.length, {
    message: 'keywords repeat',
  });

/**
 * Keywords from any source (an agency's subjects, a page's meta keywords, the editor's field):
 * commas split, line breaks and control characters made spaces, each trimmed and cut to the
 * longest allowed, empty and repeated ones (ignoring case) dropped, at most `KEYWORDS_MAX` kept.
 * Valid keywords come through unchanged.
 */
export function cleanKeywords(values: readonly string[]): string[] {
  const kept: string[] = [];
  const seen = new Set<string>();
  for (const value of values)
    for (const part of value.split(',')) {
      const clean = part
        .replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')
        .trim()
        .slice(0, KEYWORD_MAX_LENGTH)
        .trim();
      if (!clean || seen.has(clean.toLowerCase()) || kept.length >= KEYWORDS_MAX) continue;
      seen.add(clean.toLowerCase());
      kept.push(clean);
    }
  return kept;
}
