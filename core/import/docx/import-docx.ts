// A Word document as an article: its zip checked, mammoth's HTML taken apart by the same
// recogniser as pasted and saved pages, its pictures inline figures with their bytes.
import { emptyBody, type BodyJSON, type BodyNodeJSON } from '../../body/schema';
import { acceptedFormatsText, imageFormatTable, sniffImageFormat } from '../../photo/image-format';
import { ImportError, type ImportedPhoto, type ImportResult } from '../import-error';
import type { ImportOptions } from '../import-options';
import { recognisedImport } from '../recognised-import';
import type { Placement } from '../recognise/placement';
import { recogniseBlocks } from '../recognise/recognise-article';
import { unpackDocx } from './docx-archive';
import { docxBlocks } from './docx-blocks';
import { docxToHtml, type DocxImage } from './docx-html';
import { docxLanguage, docxRemarks, type DocxRemark } from './docx-markup';

/** Most tracked changes and comments listed one by one; the rest are counted. */
const MAX_LISTED_REMARKS = 50;

const quote = (text: string) => `"${text.length > 120 ? `${text.slice(0, 117)}…` : text}"`;
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

function remarkNotes(remarks: DocxRemark[]): string[] {
  const notes: string[] = [];
  const inserted = remarks.filter((r) => r.kind === 'insertion').length;
  const deleted = remarks.filter((r) => r.kind === 'deletion').length;
  if (inserted + deleted)
    notes.push(
      `tracked changes taken as accepted: ${plural(inserted, 'insertion')} kept, ${plural(deleted, 'deletion')} left out (accept or reject them in Word first to choose otherwise)`,
    );
  const by = (author: string) => (author ? ` by ${author}` : '');
  for (const remark of remarks.slice(0, MAX_LISTED_REMARKS))
    notes.push(
      remark.kind === 'insertion'
        ? `tracked insertion${by(remark.author)} kept: ${quote(remark.text)}`
        : remark.kind === 'deletion'
          ? `tracked deletion${by(remark.author)} left out: ${quote(remark.text)}`
          : `comment${by(remark.author)} left out: ${quote(remark.text)}`,
    );
  if (remarks.length > MAX_LISTED_REMARKS)
    notes.push(
      `${remarks.length - MAX_LISTED_REMARKS} more tracked changes and comments not listed`,
    );
  return notes;
}

/**
 * The body's figures with their pictures stored as photo files: the placeholder addresses become
 * file names, and a picture that is no photo format (a Windows metafile…) leaves its figure out.
 */
function placeImages(
  body: BodyJSON,
  images: DocxImage[],
  notes: string[],
): { body: BodyJSON; photos: ImportedPhoto[] } {
  const photos: ImportedPhoto[] = [];
  const walk = (node: BodyNodeJSON): BodyNodeJSON[] => {
    if (node.type !== 'figure')
      return [node.content ? { ...node, content: node.content.flatMap(walk) } : node];
    const attrs = node.attrs ?? {};
    const image = images.find((candidate) => candidate.src === attrs.src);
    const format = image ? sniffImageFormat(image.bytes) : null;
    if (!image || !format) {
      const caption = typeof attrs.caption === 'string' && attrs.caption;
      notes.push(
        `a picture left out: ${image ? `${image.contentType || 'its format'} is not a photo format Newsroom takes (${acceptedFormatsText})` : 'its data is missing'}${caption ? `; its caption was ${quote(caption)}` : ''}`,
      );
      return [];
    }
    const file = `word-picture-${photos.length + 1}.${imageFormatTable[format].extensions[0]}`;
    photos.push({ file, href: '', bytes: image.bytes });
    return [{ ...node, attrs: { ...attrs, src: file } }];
  };
  const content = (body.content ?? []).flatMap(walk);
  return { body: content.length ? { ...body, content } : emptyBody(), photos };
}

/** Imports a Word (.docx) document; a zip bomb or a damaged file is an ImportError. */
export async function importDocx(
  bytes: Uint8Array,
  options: ImportOptions & { now: Date },
): Promise<ImportResult & { placements: Placement[] }> {
  const parts = unpackDocx(bytes);
  const utf8 = new TextDecoder('utf-8');
  const part = (pattern: RegExp) => {
    const found = [...parts].find(([name]) => pattern.test(name))?.[1];
    return found ? utf8.decode(found) : '';
  };
  let converted: Awaited<ReturnType<typeof docxToHtml>>;
  try {
    converted = await docxToHtml(parts);
  } catch (error) {
    throw new ImportError(
      `not a readable Word document: ${oneLine((error as Error).message).slice(0, 300)}`,
      { cause: error },
    );
  }
  const { blocks, known, tables, footnotes } = docxBlocks(converted.html);
  const notes = [
    ...remarkNotes(docxRemarks(part(/^word\/document\d*\.xml$/), part(/^word\/comments\.xml$/))),
    ...converted.warnings.map(oneLine),
  ];
  if (tables)
    notes.push(
      `${plural(tables, 'table')} kept as paragraphs, cell by cell (the body has no tables)`,
    );
  if (footnotes) notes.push('footnotes kept as a numbered list at the end of the body');
  const recognised = recogniseBlocks(blocks, { now: options.now, known });
  const placed = placeImages(recognised.body, converted.images, notes);
  // The article is validated once, with its pictures placed and the document's language.
  const result = recognisedImport(
    {
      ...recognised,
      body: placed.body,
      language: docxLanguage(part(/^word\/styles\.xml$/)) ?? undefined,
    },
    options.now,
    options,
  );
  return {
    article: result.article,
    photos: [...result.photos, ...placed.photos],
    notes: [...notes, ...(result.notes ?? [])],
    placements: result.placements,
  };
}
