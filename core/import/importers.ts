// One importer per format, the only place a format is wired to its reader. A format whose reader
// has not landed refuses the file by name rather than guessing.
import { ImportError, type ImportResult } from './import-error';
import { importFormatNames, type ImportFormat } from './import-format';
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

function notSupportedYet(format: ImportFormat): Importer {
  return () => {
    throw new ImportError(`${importFormatNames[format]} import is not supported yet`);
  };
}

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
  docx: async (input) => notSupportedYet('docx')(input),
  html: async ({ text, now }) => recognisedImport(recogniseHtml(text, { now }), now),
  text: async ({ text, now }) => recognisedImport(recogniseText(text, { now }), now),
};
