import type * as Y from 'yjs';
import { FALLBACK_LANGUAGE } from '../../../core/language/language-tag';
import { deskMeta } from '../../../core/desk/desk-layout';

/** The language of a desk article's shared document (its meta map), as spelling reads it. */
export function deskSpellingLanguage(doc: Y.Doc): string {
  const language = deskMeta(doc).get('language');
  return typeof language === 'string' ? language : FALLBACK_LANGUAGE;
}
