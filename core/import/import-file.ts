import { ImportError, type ImportResult } from './import-error';
import type { ImportFormat } from './import-format';
import type { ImportOptions } from './import-options';
import { importers } from './importers';
import { MAX_IMPORT_CHARS } from './import-text';
import { sniffImport } from './sniff-format';

/** An imported file: the article, its photos, what could not be kept, and the format it was in. */
export type ImportedFile = ImportResult & { format: ImportFormat; notes: string[] };

/** Largest file accepted, in bytes (a .docx with its photos is larger than any text format). */
export const MAX_IMPORT_BYTES = MAX_IMPORT_CHARS * 4;

/**
 * Imports one file of any supported format, recognised by its content: ninjs, Newsroom JSON,
 * NITF, NewsML-G2, Word .docx, HTML or plain text. Every refusal is an ImportError whose one-line
 * message starts with the file's name in quotes.
 */
export async function importFile(
  file: { name: string; bytes: Uint8Array },
  options: ImportOptions = {},
): Promise<ImportedFile> {
  try {
    if (file.bytes.byteLength > MAX_IMPORT_BYTES)
      throw new ImportError(
        `too large: ${file.bytes.byteLength} bytes (at most ${MAX_IMPORT_BYTES} are accepted)`,
      );
    const sniffed = sniffImport(file.bytes, file.name);
    const input = {
      bytes: file.bytes,
      text: 'text' in sniffed ? sniffed.text : '',
      now: options.now ?? new Date(),
      language: options.language,
    };
    const { format, ...result } = await importers[sniffed.kind](input);
    return {
      ...result,
      notes: result.notes ?? [],
      format: format ?? (sniffed.kind as ImportFormat),
    };
  } catch (caught) {
    // Every reader walks markup recursively; only a hostile file nests deep enough to overflow.
    const error =
      caught instanceof RangeError && /call stack/i.test(caught.message)
        ? new ImportError('nested too deeply to read (markup inside markup, thousands of levels)')
        : caught;
    if (error instanceof ImportError)
      throw new ImportError(`"${file.name}": ${error.message}`, { cause: error });
    throw error;
  }
}
