import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../../core/import/import-error';
import { importFile } from '../../../../core/import/import-file';
import { sniffImport } from '../../../../core/import/sniff-format';

const iptc = path.resolve(import.meta.dirname, '../../../fixtures/wire/iptc');
const bytes = (text: string) => new TextEncoder().encode(text);
const kind = (text: string, name = 'x') => sniffImport(bytes(text), name).kind;

describe('sniffImport: the format comes from the content', () => {
  it('recognises the IPTC examples whatever their name', async () => {
    const item = await readFile(path.join(iptc, 'LISTING_1_A_NewsML-G2_News_Item.xml'));
    expect(sniffImport(item, 'story.txt').kind).toBe('newsml');
    const photo = await readFile(path.join(iptc, 'LISTING_3_Photo_in_NewsML-G2.xml'));
    expect(sniffImport(photo, 'photo.json').kind).toBe('newsml');
  });

  it('tells NITF, NewsML-G2, HTML, JSON and text apart', () => {
    expect(
      kind('<?xml version="1.0"?>\n<!DOCTYPE nitf SYSTEM "nitf-3-6.dtd">\n<nitf><head/></nitf>'),
    ).toBe('nitf');
    expect(
      kind('<!-- wire --><g2:newsMessage xmlns:g2="http://iptc.org/std/nar/2006-10-01/"/>'),
    ).toBe('newsml');
    expect(kind('<!DOCTYPE html><html><body><p>Hi</p></body></html>')).toBe('html');
    expect(kind('<p>Pasted paragraph</p>', 'notes.txt')).toBe('html');
    expect(kind('\uFEFF  {"uri":"urn:x"}', 'item.xml')).toBe('json');
    expect(kind('[Embargoed] until noon', 'wire.txt')).toBe('text');
    expect(kind('[1]', 'list.json')).toBe('json');
    expect(kind('BERLIN (Reuters) - The Fed...')).toBe('text');
  });

  it('reads the encoding the XML declaration names', () => {
    const latin1 = Uint8Array.from([
      ...bytes('<?xml version="1.0" encoding="ISO-8859-1"?><nitf><body>'),
      0xe9,
      ...bytes('</body></nitf>'),
    ]);
    const sniffed = sniffImport(latin1);
    expect(sniffed.kind).toBe('nitf');
    expect('text' in sniffed && sniffed.text).toContain('<body>é</body>');
  });

  it('recognises a .docx by its word/document.xml entry and names other binaries', () => {
    const zip = (entry: string) =>
      Uint8Array.from([0x50, 0x4b, 3, 4, ...bytes(`....${entry}....`)]);
    expect(sniffImport(zip('word/document.xml')).kind).toBe('docx');
    expect(() =>
      sniffImport(zip('content.xml mimetypeapplication/vnd.oasis.opendocument.text')),
    ).toThrow(/OpenDocument/);
    expect(() => sniffImport(zip('other.txt'))).toThrow('a zip archive without word/document.xml');
    expect(() => sniffImport(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2]))).toThrow(
      /Word 97–2003/,
    );
    expect(() => sniffImport(bytes('%PDF-1.7'))).toThrow('a PDF');
  });

  it('refuses XML of other vocabularies and NewsML 1.x by name', () => {
    expect(() => kind('<NewsML Version="1.2"/>')).toThrow(/NewsML 1\.x/);
    expect(() => kind('<rss version="2.0"/>')).toThrow(/root element is <rss>/);
  });
});

describe('importFile', () => {
  it('imports ninjs as before and says which format it was', async () => {
    const result = await importFile({
      name: 'a.json',
      bytes: bytes('{"uri":"urn:x:1","headline":"Wire"}'),
    });
    expect(result.format).toBe('ninjs');
    expect(result.article.headline).toBe('Wire');
    expect(result.notes).toEqual([]);
  });

  it('names the file in every refusal', async () => {
    await expect(importFile({ name: 'in/empty.txt', bytes: new Uint8Array() })).rejects.toThrow(
      new ImportError('"in/empty.txt": the file is empty'),
    );
    await expect(importFile({ name: 'x.rss', bytes: bytes('<rss/>') })).rejects.toThrow(
      /^"x\.rss": XML whose root/,
    );
  });
});
