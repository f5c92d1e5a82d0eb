import { constants, crc32, deflateRawSync } from 'node:zlib';

/** One file of a zip the tests build; `declaredSize` lies about its unpacked size when set. */
export interface ZipFile {
  name: string;
  /** The content, or deflated data already made (with the size it unpacks to). */
  data: Uint8Array | string | { packed: Uint8Array; size: number };
  deflate?: boolean;
  declaredSize?: number;
}

/**
 * A zip archive written byte by byte, so tests can make the hostile ones no zip library would:
 * sizes that lie, and extra directory entries pointing at one file's data (`repeatFirst`).
 */
export function buildZip(files: ZipFile[], options: { repeatFirst?: number } = {}): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  const entries: { central: Buffer }[] = [];
  for (const file of files) {
    const given = file.data;
    const ready = typeof given === 'object' && 'packed' in given ? given : null;
    const data = ready ? null : Buffer.from(given as Uint8Array | string);
    const packed = Buffer.from(
      ready ? ready.packed : file.deflate === false ? data! : deflateRawSync(data!),
    );
    const method = !ready && file.deflate === false ? 0 : 8;
    const name = Buffer.from(file.name);
    const size = file.declaredSize ?? ready?.size ?? data!.byteLength;
    const crc = data ? crc32(data) : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.byteLength, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.byteLength, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.byteLength, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.byteLength, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    const entry = Buffer.concat([central, name]);
    entries.push({ central: entry });
    centrals.push(entry);
    offset += 30 + name.byteLength + packed.byteLength;
  }
  // Overlapping entries: the first file listed again under other names, its data not repeated.
  for (let i = 0; i < (options.repeatFirst ?? 0); i++) {
    const copy = Buffer.from(entries[0]!.central);
    const name = Buffer.from(`word/media/copy${i}.bin`);
    copy.writeUInt16LE(name.byteLength, 28);
    centrals.push(Buffer.concat([copy.subarray(0, 46), name]));
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length, 8);
  end.writeUInt16LE(centrals.length, 10);
  end.writeUInt32LE(directory.byteLength, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** Paragraph styles the built documents define (by name; the id is the name without spaces). */
export const wordStyles = ['Title', 'Subtitle', 'Heading 1', 'Heading 2', 'Caption', 'Quote'];

/** The smallest parts a .docx needs around a `w:body`'s paragraphs. */
export function docxParts(paragraphsXml: string, extra: ZipFile[] = []): ZipFile[] {
  return [
    {
      name: '[Content_Types].xml',
      data: '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    },
    {
      name: '_rels/.rels',
      data: '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    },
    {
      name: 'word/_rels/document.xml.rels',
      data: '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
    },
    {
      name: 'word/styles.xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><w:styles ${ns}><w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="fr-FR"/></w:rPr></w:rPrDefault></w:docDefaults>${wordStyles
        .map(
          (name) =>
            `<w:style w:type="paragraph" w:styleId="${name.replace(/ /g, '')}"><w:name w:val="${name}"/></w:style>`,
        )
        .join('')}</w:styles>`,
    },
    {
      name: 'word/document.xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><w:document ${ns}><w:body>${paragraphsXml}</w:body></w:document>`,
    },
    ...extra,
  ];
}

/** A paragraph of WordprocessingML with one run of text. */
export const wordParagraph = (text: string, style = '') =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style.replace(/ /g, '')}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</w:t></w:r></w:p>`;

/** Deflated zeros unpacking to `megabytes` MB, made in a moment: one flushed block repeated. */
export function deflatedZeros(megabytes: number): { packed: Uint8Array; size: number } {
  const block = deflateRawSync(Buffer.alloc(1_000_000), { finishFlush: constants.Z_FULL_FLUSH });
  const blocks = Array.from({ length: megabytes }, () => block);
  // An empty final block (fixed Huffman, end of block) closes the stream.
  const packed = Buffer.concat([...blocks, Buffer.from([0x03, 0x00])]);
  return { packed: new Uint8Array(packed), size: megabytes * 1_000_000 };
}
