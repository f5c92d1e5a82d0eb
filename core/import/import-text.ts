import { ImportError, type ImportResult } from './import-error';
import { importNativeJson, isNativeArticle } from './native-json';
import { importNinjs } from './ninjs';

/** Imports the text of a .json file: a native article file or ninjs of any version. */
export function importJsonText(
  source: string,
  options: { now?: Date } = {},
): ImportResult & { kind: 'native' | 'ninjs' } {
  let data: unknown;
  try {
    data = JSON.parse(source.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ImportError(`not JSON: ${(error as Error).message}`);
  }
  return isNativeArticle(data)
    ? { kind: 'native', ...importNativeJson(data) }
    : { kind: 'ninjs', ...importNinjs(data, options) };
}
