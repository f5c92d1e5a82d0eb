import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_DOCX_ENTRIES } from '../../../../../core/import/docx/docx-archive';
import { importFile } from '../../../../../core/import/import-file';
import { buildZip, deflatedZeros, docxParts, wordParagraph, type ZipFile } from './zip-builder';

const story =
  wordParagraph('Headline of the story', 'Title') +
  wordParagraph('A paragraph of the story that is long enough to be its body text, with words.');
const feature = new Uint8Array(
  readFileSync(
    path.resolve(import.meta.dirname, '../../../../fixtures/docx/libreoffice/feature-story.docx'),
  ),
);

/** The import's refusal: an ImportError on one line that starts with the file's name. */
async function refusal(bytes: Uint8Array, name = 'hostile.docx'): Promise<string> {
  const error = await importFile({ name, bytes }).then(
    () => new Error('imported'),
    (caught: Error) => caught,
  );
  expect(error.name).toBe('ImportError');
  expect(error.message.startsWith(`"${name}": `)).toBe(true);
  expect(error.message).not.toMatch(/[\n\r]/);
  return error.message;
}

const withPart = (part: ZipFile, options?: { repeatFirst?: number }) =>
  buildZip(options?.repeatFirst ? [part, ...docxParts(story)] : docxParts(story, [part]), options);

describe('importFile: hostile and damaged .docx files', { timeout: 60_000 }, () => {
  it('builds documents the importer takes, so the refusals below are about what was changed', async () => {
    const imported = await importFile({ name: 'fine.docx', bytes: buildZip(docxParts(story)) });
    expect(imported.article.headline).toBe('Headline of the story');
    expect(imported.article.language).toBe('fr-FR');
  });

  it('refuses a zip bomb by the sizes its table of contents declares, before unpacking', async () => {
    const bomb = withPart({ name: 'word/media/image1.png', data: deflatedZeros(2_000) });
    expect(bomb.byteLength).toBeLessThan(3_000_000);
    expect(await refusal(bomb)).toBe(
      '"hostile.docx": refused as a possible zip bomb: its parts would unpack to 2001 MB (at most 100 MB is accepted)',
    );
  });

  it('refuses a bomb whose table of contents lies, after unpacking no more than it declared', async () => {
    const liar = withPart({
      name: 'word/media/image1.png',
      data: deflatedZeros(2_000),
      declaredSize: 1_000,
    });
    expect(await refusal(liar)).toBe(
      '"hostile.docx": refused as a possible zip bomb: its part "word/media/image1.png" unpacks to more than the 1000 bytes its zip declares',
    );
    // A small packed part (unpacked in one call) that lies is caught as well.
    const smallLiar = withPart({
      name: 'word/media/image2.png',
      data: deflatedZeros(50),
      declaredSize: 1_000,
    });
    expect(await refusal(smallLiar)).toMatch(
      /part "word\/media\/image2\.png" unpacks to more than the 1000 bytes/,
    );
    // The main document itself lying about its size is caught the same way.
    const parts = docxParts(story).map((part) =>
      part.name === 'word/document.xml' ? { ...part, declaredSize: 10 } : part,
    );
    expect(await refusal(buildZip(parts))).toMatch(
      /part "word\/document\.xml" unpacks to more than the 10 bytes/,
    );
  });

  it('refuses overlapping entries that list one file many times (a non-recursive zip bomb)', async () => {
    const overlapping = withPart(
      { name: 'word/media/image1.png', data: deflatedZeros(20) },
      { repeatFirst: 10 },
    );
    expect(await refusal(overlapping)).toMatch(/would unpack to 221 MB \(at most 100 MB/);
  });

  it('refuses a zip with more files than any document has', async () => {
    const many = Array.from({ length: MAX_DOCX_ENTRIES + 1 }, (_, i) => ({
      name: `word/media/e${i}.bin`,
      data: '',
      deflate: false,
    }));
    const files = [...docxParts(story), ...many];
    expect(await refusal(buildZip(files))).toMatch(
      new RegExp(
        `its zip holds ${files.length} files \\(at most ${MAX_DOCX_ENTRIES} are accepted\\)$`,
      ),
    );
  });

  it('refuses a truncated download and a damaged part, naming the problem', async () => {
    expect(await refusal(feature.subarray(0, feature.byteLength / 2), 'cut.docx')).toBe(
      '"cut.docx": not a readable Word document: the zip\'s table of contents is missing (a damaged or truncated file?)',
    );
    // Bytes of the main document (the zip's first file here) overwritten inside its deflated data.
    const parts = docxParts(story + wordParagraph(randomBytes(4_000).toString('hex')));
    const damaged = buildZip(
      parts
        .filter((p) => p.name === 'word/document.xml')
        .concat(parts.filter((p) => p.name !== 'word/document.xml')),
    );
    const at = 30 + 'word/document.xml'.length;
    damaged.fill(0xff, at + 10, at + 400);
    expect(await refusal(damaged)).toMatch(
      /not a readable Word document: its part "word\/document\.xml" is (damaged|shorter than its zip declares)/,
    );
  });

  it('refuses a main document that is not XML through mammoth, on one line', async () => {
    const parts = docxParts('').map((part) =>
      part.name === 'word/document.xml'
        ? { ...part, data: '<w:document><w:body><w:p>\n<oops' }
        : part,
    );
    expect(await refusal(buildZip(parts))).toMatch(
      /^"hostile\.docx": not a readable Word document: /,
    );
  });

  it('refuses encrypted entries and unknown compression methods', async () => {
    const encrypted = buildZip(docxParts(story));
    const view = new DataView(encrypted.buffer);
    // Set the "encrypted" flag of the first central directory entry.
    const central = Buffer.from(encrypted).indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    view.setUint16(central + 8, 1, true);
    expect(await refusal(encrypted)).toMatch(/it is encrypted/);
    view.setUint16(central + 8, 0, true);
    view.setUint16(central + 10, 12, true);
    expect(await refusal(encrypted)).toMatch(/packed with a method Word never uses \(12\)/);
  });

  it('refuses ZIP64 sizes, which no Word document needs', async () => {
    const zip = buildZip(docxParts(story));
    const central = Buffer.from(zip).indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    new DataView(zip.buffer).setUint32(central + 24, 0xffffffff, true);
    expect(await refusal(zip)).toMatch(/it is a ZIP64 archive, which no Word document needs$/);
  });

  it('names OpenDocument and Word 97 files instead of trying them', async () => {
    const odt = buildZip([
      { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', deflate: false },
      { name: 'content.xml', data: '<office:document-content/>' },
    ]);
    expect(await refusal(odt, 'story.odt')).toMatch(/an OpenDocument file, not \.docx/);
  });
});
