import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The official IPTC schemas copied into the repo (see tests/reference/iptc/README.md). */
export const iptcSchemas = {
  newsml: path.resolve(
    import.meta.dirname,
    '../../../reference/iptc/NewsML-G2_2.35-spec-All-Power.xsd',
  ),
  nitf: path.resolve(import.meta.dirname, '../../../reference/iptc/nitf-3-6.xsd'),
};

/**
 * Validates documents with Debian's xmllint (one real process for all of them) and returns each
 * document's errors by name; an empty list means it validates.
 */
export async function xmllintSchema(
  schema: string,
  documents: Record<string, string>,
): Promise<Record<string, string[]>> {
  const folder = await mkdtemp(path.join(tmpdir(), 'xmllint-'));
  try {
    const names = Object.keys(documents);
    const files = names.map((_, i) => path.join(folder, `${i}.xml`));
    await Promise.all(files.map((file, i) => writeFile(file, documents[names[i]!]!)));
    const output = await run('xmllint', ['--noout', '--nonet', '--schema', schema, ...files], {
      maxBuffer: 64 * 1024 * 1024,
    }).then(
      (done) => done.stderr,
      (failed: { stderr?: string; code?: number }) => {
        if (failed.code === 1 || failed.code === 3 || failed.code === 4) return failed.stderr ?? '';
        throw failed;
      },
    );
    const result: Record<string, string[]> = {};
    names.forEach((name, i) => {
      const file = files[i]!;
      const lines = output.split('\n').filter((line) => line.startsWith(file));
      if (!lines.includes(`${file} validates`))
        result[name] = lines.length ? lines : ['no verdict'];
      else result[name] = [];
    });
    return result;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
