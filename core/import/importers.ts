// One importer per format, the only place a format is wired to its reader.
import { importDocx } from './docx/import-docx';
import type { ImportResult } from './import-error';
import type { ImportFormat } from './import-format';
import { importJsonText } from './import-text';
import { importNewsml } from './newsml';
import { importNitf } from './nitf';
import { recognisedImport } from './recognised-import';
import { recogniseHtml } from './recognise/recognise-html';
import { recogniseText } from './recognise/recognise-text';

/** What an importer gets: the file's bytes, its decoded text (for text formats) and the time now. */
export interface ImportInput {
  bytes: Uint8Array;
  text: string;
  now: Date;
  /** The workspace's default language, for sources that declare none (see importedLanguage). */
  language?: string | undefined;
}

export type Importer = (input: ImportInput) => ImportResult | Promise<ImportResult>;

/** The reader of each sniffed kind; JSON reports native or ninjs once it is parsed. */
export const importers: Record<
  Exclude<ImportFormat, 'native' | 'ninjs'> | 'json',
  (input: ImportInput) => Promise<ImportResult & { format?: ImportFormat }>
> = {
  json: async ({ text, now, language }) => {
    const { kind, ...result } = importJsonText(text, { now, language });
    return { ...result, format: kind };
  },
  nitf: async ({ text, now, language }) => importNitf(text, { now, language }),
  newsml: async ({ text, now, language }) => importNewsml(text, { now, language }),
  docx: async ({ bytes, now, language }) => importDocx(bytes, { now, language }),
  html: async ({ text, now, language }) =>
    recognisedImport(recogniseHtml(text, { now }), now, { language }),
  text: async ({ text, now, language }) =>
    recognisedImport(recogniseText(text, { now }), now, { language }),
};
