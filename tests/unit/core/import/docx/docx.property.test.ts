import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../../../core/article/article';
import { ImportError } from '../../../../../core/import/import-error';
import { importFile } from '../../../../../core/import/import-file';
import { buildZip, docxParts, wordStyles } from './zip-builder';

// At least 1,000 runs per property in CI; fewer on a developer's machine.
const RUNS = process.env.CI ? 1000 : 100;
const now = new Date('2026-01-02T03:04:05.000Z');
const fixtures = path.resolve(import.meta.dirname, '../../../../fixtures/docx');
const realDocuments = ['libreoffice/feature-story.docx', 'mammoth/footnotes.docx'].map(
  (name) => new Uint8Array(readFileSync(path.join(fixtures, name))),
);

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Text as a journalist types it, with now and then markup characters and odd code points. */
const text = fc.oneof(
  fc.lorem({ maxCount: 12 }),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('By Jo Bloggs', 'Photo: AFP', 'Published 24 January 2017 08:00 GMT', 'LONDON –'),
);

const run = fc
  .record({ text, bold: fc.boolean(), italic: fc.boolean() })
  .map(
    ({ text: t, bold, italic }) =>
      `<w:r>${bold || italic ? `<w:rPr>${bold ? '<w:b/>' : ''}${italic ? '<w:i/>' : ''}</w:rPr>` : ''}<w:t xml:space="preserve">${escapeXml(t)}</w:t></w:r>`,
  );

/** A run, or one wrapped in a tracked insertion or deletion, or a comment's anchor. */
const inline = fc.oneof(
  { weight: 4, arbitrary: run },
  run.map((r) => `<w:ins w:id="1" w:author="Ed">${r}</w:ins>`),
  text.map(
    (t) =>
      `<w:del w:id="2" w:author="Ed"><w:r><w:delText>${escapeXml(t)}</w:delText></w:r></w:del>`,
  ),
  fc.constant('<w:commentRangeStart w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>'),
);

const paragraph = fc
  .record({
    style: fc.constantFrom('', '', '', ...wordStyles),
    runs: fc.array(inline, { maxLength: 4 }),
  })
  .map(
    ({ style, runs }) =>
      `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style.replace(/ /g, '')}"/></w:pPr>` : ''}${runs.join('')}</w:p>`,
  );

const randomDocument = fc
  .record({
    paragraphs: fc.array(paragraph, { maxLength: 12 }),
    comment: fc.option(text),
  })
  .map(({ paragraphs, comment }) =>
    buildZip(
      docxParts(
        paragraphs.join(''),
        comment === null
          ? []
          : [
              {
                name: 'word/comments.xml',
                data: `<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="0" w:author="A"><w:p><w:r><w:t>${escapeXml(comment)}</w:t></w:r></w:p></w:comment></w:comments>`,
              },
            ],
      ),
    ),
  );

/** A real document with some bytes changed, or cut short. */
const damagedDocument = fc
  .record({
    document: fc.constantFrom(...realDocuments),
    flips: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }),
    cut: fc.option(fc.nat()),
  })
  .map(({ document, flips, cut }) => {
    const bytes = new Uint8Array(document);
    for (const [at, value] of flips) bytes[at % bytes.byteLength] = value;
    return cut === null ? bytes : bytes.subarray(0, cut % bytes.byteLength);
  });

/** The import contract: a valid article, or an ImportError on one line naming the file. */
async function importsOrRefuses(bytes: Uint8Array): Promise<void> {
  try {
    const { article, photos } = await importFile({ name: 'random.docx', bytes }, { now });
    expect(parseArticle(article)).toEqual(article);
    for (const photo of photos) expect(photo.bytes?.byteLength).toBeGreaterThan(0);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).toMatch(/^"random\.docx": \S/);
    expect((error as Error).message).not.toMatch(/[\n\r]/);
  }
}

describe('Word import over random documents (properties)', { timeout: 600_000 }, () => {
  it('documents of random paragraphs, styles, runs, tracked changes and comments', async () => {
    await fc.assert(fc.asyncProperty(randomDocument, importsOrRefuses), { numRuns: RUNS });
  });

  it('real documents with bytes changed or cut short', async () => {
    await fc.assert(fc.asyncProperty(damagedDocument, importsOrRefuses), { numRuns: RUNS });
  });
});
