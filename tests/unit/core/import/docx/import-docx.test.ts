import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../../../core/article/article';
import type { BodyNodeJSON } from '../../../../../core/body/schema';
import { importFile, type ImportedFile } from '../../../../../core/import/import-file';
import { sniffImageFormat } from '../../../../../core/photo/image-format';

const folder = path.resolve(import.meta.dirname, '../../../../fixtures/docx');
const now = new Date('2026-03-03T12:00:00.000Z');

/** Imports a fixture under another name: the format comes from the content. */
const importFixture = (name: string, as = 'document.bin', language?: string) =>
  importFile(
    { name: as, bytes: new Uint8Array(readFileSync(path.join(folder, name))) },
    { now, ...(language ? { language } : {}) },
  );

const blocks = (imported: ImportedFile) => imported.article.body.content ?? [];
const textOf = (node: BodyNodeJSON): string =>
  node.text ?? (node.content ?? []).map(textOf).join(node.type === 'bulletList' ? '|' : '');

describe('importFile: a Word document written by LibreOffice Writer', async () => {
  const imported = await importFixture('libreoffice/feature-story.docx');

  it('is recognised by its content and takes Title and Subtitle as headline and standfirst', () => {
    expect(imported.format).toBe('docx');
    expect(imported.article).toMatchObject({
      headline: 'Leeks and onions go in early after a mild winter',
      standfirst:
        'Growers in the valley are planting weeks ahead of the usual calendar, and some fear a late frost',
      byline: 'Jane Furrow',
      dateline: 'KINGSBURY',
      language: 'en-GB',
    });
    expect(parseArticle(imported.article)).toEqual(imported.article);
    expect(imported.placements).toContainEqual({
      field: 'headline',
      text: 'Leeks and onions go in early after a mild winter',
      reason: 'the Word "Title" style',
    });
  });

  it('keeps headings, bold, italic, links, lists and the quote in the body', () => {
    const types = blocks(imported).map((node) => node.type);
    expect(types).toEqual([
      'paragraph',
      'figure',
      'paragraph',
      'heading',
      'paragraph',
      'bulletList',
      'blockquote',
      'heading',
      'orderedList',
      'figure',
      'paragraph',
    ]);
    const [first, , quote, h1, linked, list, , h2] = blocks(imported);
    expect(textOf(first!)).toMatch(/^After digging the furrows/);
    expect(h1!.attrs?.level).toBe(2);
    expect(h2!.attrs?.level).toBe(3);
    expect(quote!.content).toContainEqual({
      type: 'text',
      marks: [{ type: 'bold' }],
      text: 'never',
    });
    expect(quote!.content).toContainEqual({
      type: 'text',
      marks: [{ type: 'italic' }],
      text: 'forecast',
    });
    expect(JSON.stringify(linked)).toContain('"href":"https://example.org/growers/report-2026"');
    expect(textOf(list!)).toBe(
      'the warmest February since records began;|little rain, so the fields drained early;|cheaper seedlings from the co-operative.',
    );
  });

  it('makes each picture an inline figure with its caption and credit, the JPEG bytes as its photo', () => {
    const figures = blocks(imported).filter((node) => node.type === 'figure');
    expect(figures.map((figure) => figure.attrs)).toEqual([
      expect.objectContaining({
        src: 'word-picture-1.jpg',
        caption: 'Jim Moore sets onions by hand at his farm near Kingsbury on Monday.',
        credit: 'Big Newspaper/John Doe',
        alt: 'A farmer kneels in a freshly dug furrow, setting onion plants by hand',
      }),
      expect.objectContaining({
        src: 'word-picture-2.jpg',
        caption: 'The Bon Ton store in Kingsbury, where the co-operative sells its seedlings.',
        credit: 'ARTstor',
      }),
    ]);
    expect(imported.photos.map((photo) => photo.file)).toEqual([
      'word-picture-1.jpg',
      'word-picture-2.jpg',
    ]);
    for (const photo of imported.photos) expect(sniffImageFormat(photo.bytes!)).toBe('jpeg');
    // The captions are the figures', not a lead photo's, and no caption is body text too.
    expect(imported.article.leadPhoto).toBeNull();
    expect(JSON.stringify(imported.article.body).match(/Jim Moore sets onions/g)).toHaveLength(1);
  });

  it('reports tracked changes as taken and comments as left out', () => {
    expect(imported.notes).toEqual([
      'tracked changes taken as accepted: 1 insertion kept, 1 deletion left out (accept or reject them in Word first to choose otherwise)',
      'tracked insertion by Sub Editor kept: "forty"',
      'tracked deletion by Sub Editor left out: "nearly"',
      'comment by Desk Editor left out: "Check the year with the family."',
    ]);
    const text = JSON.stringify(imported.article.body);
    expect(text).toContain('the same forty acres');
    expect(text).not.toContain('nearly');
    expect(text).not.toContain('Check the year');
  });
});

describe('importFile: a press release without Word styles', async () => {
  const imported = await importFixture('libreoffice/press-release.docx', 'release.docx');

  it('finds kicker, headline, dateline and time by their place, as for a paste', () => {
    expect(imported.article).toMatchObject({
      kicker: 'PRESS RELEASE',
      headline: 'City opens three new cycle bridges over the Spree',
      dateline: 'BERLIN',
      published: '2026-03-03T00:00:00Z',
      language: 'en-US',
    });
    expect(blocks(imported).map((node) => node.type)).toEqual([
      'paragraph',
      'paragraph',
      'paragraph',
      'bulletList',
      'blockquote',
      'paragraph',
      'paragraph',
    ]);
    expect(textOf(blocks(imported)[0]!)).toMatch(/^The city’s transport department/);
  });
});

describe("importFile: mammoth's own test documents", () => {
  it('comments.docx: the text stays, each comment is a note with its author', async () => {
    const imported = await importFixture('mammoth/comments.docx');
    expect(imported.article.headline).toBe('Ouch.');
    expect(imported.notes).toEqual([
      'comment by Michael Williamson left out: "A tachyon walks into a bar."',
      'comment by Michael Williamson left out: "Fin."',
    ]);
  });

  it('footnotes.docx: the footnotes stay in the body as a list, with a note', async () => {
    const imported = await importFixture('mammoth/footnotes.docx');
    expect(blocks(imported).at(-1)).toMatchObject({ type: 'orderedList' });
    expect(JSON.stringify(imported.article.body)).toContain('A tachyon walks into a bar.');
    expect(JSON.stringify(imported.article.body)).not.toContain('↑');
    expect(imported.notes).toContain('footnotes kept as a numbered list at the end of the body');
  });

  it('tables.docx: the cells are body paragraphs, never the headline, with a note', async () => {
    const imported = await importFixture('mammoth/tables.docx');
    expect(imported.article.headline).toBe('Above');
    expect(JSON.stringify(imported.article.body)).toContain('Bottom right');
    expect(imported.notes).toContain(
      '1 table kept as paragraphs, cell by cell (the body has no tables)',
    );
  });

  it('tiny-picture.docx: a picture alone is a figure with its PNG bytes', async () => {
    const imported = await importFixture('mammoth/tiny-picture.docx');
    expect(blocks(imported)).toEqual([
      expect.objectContaining({
        type: 'figure',
        attrs: expect.objectContaining({ src: 'word-picture-1.png' }),
      }),
    ]);
    expect(sniffImageFormat(imported.photos[0]!.bytes!)).toBe('png');
  });

  it('strict-format, utf8-bom, text-box, simple-list: their text arrives', async () => {
    expect((await importFixture('mammoth/strict-format.docx')).article.headline).toBe('Test');
    expect((await importFixture('mammoth/utf8-bom.docx')).article.headline).toBe(
      'This XML has a byte order mark.',
    );
    expect((await importFixture('mammoth/text-box.docx')).article.headline).toBe('Datum plane');
    expect((await importFixture('mammoth/simple-list.docx')).article.headline).toBe('Apple Banana');
  });

  it('external-picture.docx: a linked picture is not fetched, and a file with no text is refused', async () => {
    await expect(importFixture('mammoth/external-picture.docx', 'linked.docx')).rejects.toThrow(
      '"linked.docx": no article text found in it',
    );
  });

  it('empty.docx is refused with one line naming the file', async () => {
    await expect(importFixture('mammoth/empty.docx', 'empty.docx')).rejects.toThrow(
      /^"empty\.docx": no article text found in it$/,
    );
  });
});

describe('importFile: a Word document exported by Google Docs', async () => {
  const imported = await importFixture('google-docs/docx2gfm-sample.docx');
  const types = blocks(imported).map((node) => node.type);

  it('takes its Title as the headline and keeps headings, marks, links and lists', () => {
    expect(imported.format).toBe('docx');
    expect(parseArticle(imported.article)).toEqual(imported.article);
    expect(imported.article.headline).toBe(
      'A Google Doc (docx) for testing the markdown conversation with docx2gfm',
    );
    const headings = blocks(imported).filter((node) => node.type === 'heading');
    expect(headings.map(textOf)).toEqual(
      expect.arrayContaining(['What is this', 'Emphasize section', 'List section', 'Quote!']),
    );
    expect(types).toEqual(expect.arrayContaining(['bulletList', 'orderedList']));
    const marks = JSON.stringify(imported.article.body);
    expect(marks).toContain('"type":"bold"');
    expect(marks).toContain('"type":"italic"');
    expect(marks).toContain('"type":"link"');
    expect(blocks(imported).at(-1)).toMatchObject({
      type: 'paragraph',
      content: [{ type: 'text', text: 'In closing: Goodbye!' }],
    });
  });

  it('stores its picture where it stands and lists its table as paragraphs', () => {
    expect(imported.photos.map((p) => p.file)).toEqual(['word-picture-1.jpg']);
    expect(sniffImageFormat(imported.photos[0]!.bytes!)).toBe('jpeg');
    expect(types).toContain('figure');
    expect(imported.notes).toEqual([
      '1 table kept as paragraphs, cell by cell (the body has no tables)',
    ]);
  });
});
