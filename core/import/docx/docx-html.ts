// A .docx through mammoth: Word's paragraph styles named to what the article needs, images
// kept as bytes under a placeholder address, and mammoth's warnings that matter kept as notes.
import mammoth from 'mammoth';

/** An image of the document, by the placeholder `src` its `<img>` carries in the HTML. */
export interface DocxImage {
  src: string;
  contentType: string;
  bytes: Uint8Array;
}

/** Classes the style map puts on paragraphs whose Word style names an article part. */
export const docxClass = {
  title: 'docx-title',
  subtitle: 'docx-subtitle',
  caption: 'docx-caption',
};

// Word, LibreOffice and Google Docs name their styles in English in the file, whatever the UI says.
const styleMap = [
  `p[style-name='Title'] => h1.${docxClass.title}:fresh`,
  `p[style-name='Subtitle'] => p.${docxClass.subtitle}:fresh`,
  `p[style-name='Caption'] => p.${docxClass.caption}:fresh`,
  // LibreOffice's caption styles for pictures.
  `p[style-name='Figure'] => p.${docxClass.caption}:fresh`,
  `p[style-name='Illustration'] => p.${docxClass.caption}:fresh`,
  `p[style-name='Quote'] => blockquote > p:fresh`,
  `p[style-name='Intense Quote'] => blockquote > p:fresh`,
  `p[style-name='Quotations'] => blockquote > p:fresh`,
  `p[style-name='Block Text'] => blockquote > p:fresh`,
  // The body has two heading levels under the headline.
  `p[style-name='Heading 1'] => h2:fresh`,
  `p[style-name='Heading 2'] => h3:fresh`,
  `p[style-name='Heading 3'] => h3:fresh`,
  `p[style-name='Heading 4'] => h3:fresh`,
];

/** mammoth warnings that say nothing was lost (a style it had no rule for keeps its text). */
const harmless = /^Unrecognised (?:paragraph|run|table|numbering) style/;

/** A placeholder image address; never a URL, so nothing can be fetched with it. */
export const docxImageSrc = (index: number) => `docx-image-${index}`;

/**
 * The checked parts as the zip file mammoth's reader asks for (its `file` input, which its own
 * unzip step would otherwise make with JSZip): mammoth reads parts by name, as text or bytes.
 */
function partsAsZip(parts: Map<string, Uint8Array>) {
  return {
    exists: (name: string) => parts.has(name),
    read: async (name: string, encoding?: string): Promise<string | Uint8Array> => {
      const part = parts.get(name);
      if (!part) throw new Error(`the part "${name}" is missing`);
      if (encoding === 'base64') throw new Error('pictures are read as bytes, not base64');
      return encoding ? new TextDecoder(encoding).decode(part) : part;
    },
    write: () => {
      throw new Error('the document is read only');
    },
    toArrayBuffer: () => {
      throw new Error('the document is read only');
    },
  };
}

/** The document as HTML (no data: URLs), its images, and mammoth's warnings worth a note. */
export async function docxToHtml(
  parts: Map<string, Uint8Array>,
): Promise<{ html: string; images: DocxImage[]; warnings: string[] }> {
  const images: DocxImage[] = [];
  const warnings: string[] = [];
  // `file` is how mammoth's unzip step hands the zip on; typed inputs name only paths and buffers.
  const input = { file: partsAsZip(parts) } as unknown as Parameters<
    typeof mammoth.convertToHtml
  >[0];
  const result = await mammoth.convertToHtml(input, {
    styleMap,
    // A linked picture would be read from the disk: only images inside the file are taken.
    externalFileAccess: false,
    convertImage: mammoth.images.imgElement(async (image) => {
      try {
        const data = new Uint8Array(await image.readAsArrayBuffer());
        const src = docxImageSrc(images.length + 1);
        images.push({ src, contentType: image.contentType ?? '', bytes: data });
        return { src };
      } catch (error) {
        warnings.push(
          `a picture left out (only pictures stored in the document are imported): ${(error as Error).message}`,
        );
        return { src: '' };
      }
    }),
  });
  for (const message of result.messages)
    if (!harmless.test(message.message)) warnings.push(message.message);
  // mammoth writes blocks edge to edge; a line break between them keeps list items' words apart.
  const html = result.value.replace(
    /<\/(p|li|h[1-6]|td|th|tr|ul|ol|table|blockquote)>/g,
    '</$1>\n',
  );
  return { html, images, warnings };
}
