import type * as Y from 'yjs';
import { deskMeta } from '../../../core/desk/desk-layout';
import { deskSpellingLanguage } from '../spelling/spelling-language';
import { useYValue } from './use-y-value';

/** The desk article's language (its meta map's `language`), re-rendering when anyone picks another. */
export function useDeskLanguage(doc: Y.Doc): string {
  return useYValue(deskMeta(doc), 'language', () => deskSpellingLanguage(doc));
}
