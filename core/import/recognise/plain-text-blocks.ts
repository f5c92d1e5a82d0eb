import { collapseSpace, type SourceBlock } from './source-block';

/** Lines that start a new block even inside hard-wrapped text: a byline, a time, a photo credit. */
const startsOwnLine =
  /^(by\s|published|posted|updated|photo\s*:|picture\s*:|image\s*:|credit\s*:|\*\s\*|#)/i;

/**
 * The wrap width when the text was hard-wrapped (wire copy at ~70 columns), or null: most full
 * lines then end within a few characters of the longest one.
 */
function wrapWidth(lines: string[]): number | null {
  const lengths = lines.map((line) => line.trimEnd().length).filter((n) => n > 0);
  if (lengths.length < 6) return null;
  const sorted = [...lengths].sort((a, b) => a - b);
  const width = sorted[Math.floor(sorted.length * 0.95)]!;
  if (width > 100 || width < 40) return null;
  const full = lengths.filter((n) => n >= width - 20).length;
  return full >= lengths.length * 0.4 ? width : null;
}

/**
 * Plain text as blocks. Blank lines separate paragraphs; inside a paragraph each line is its own
 * block (pasted web text puts one per line) unless the text is hard-wrapped, when wrapped lines join.
 */
export function plainTextBlocks(source: string): SourceBlock[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const width = wrapWidth(lines);
  const blocks: SourceBlock[] = [];
  let current: string[] = [];
  let previous = '';
  const flush = () => {
    const text = collapseSpace(current.join(' '));
    if (text) blocks.push({ text });
    current = [];
  };
  for (const raw of lines) {
    const line = raw.trimEnd();
    if (!line.trim()) {
      flush();
      previous = '';
      continue;
    }
    // Wrapped text continues while the previous line reached the wrap width.
    const continues =
      width !== null && previous.length >= width - 25 && !startsOwnLine.test(line.trim());
    if (!continues) flush();
    current.push(line);
    previous = line;
  }
  flush();
  return blocks;
}
