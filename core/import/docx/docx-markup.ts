// What mammoth does not report about a Word document, read from its XML with linear scans:
// tracked changes (mammoth keeps insertions and drops deletions silently), comments (it drops
// them) and the language its default style declares.

/** One tracked change or comment, in the order the document has them. */
export interface DocxRemark {
  kind: 'insertion' | 'deletion' | 'comment';
  author: string;
  text: string;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,4});/gi, (whole, name: string) => {
    if (name[0] !== '#') return entities[name] ?? whole;
    const code =
      name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Each element named `tag` (not self-closing): its start tag and what it holds. */
function* elements(xml: string, tag: string): Generator<{ start: string; inner: string }> {
  const open = `<${tag}`;
  const close = `</${tag}>`;
  let at = xml.indexOf(open);
  while (at !== -1) {
    const after = xml[at + open.length];
    const startEnd = xml.indexOf('>', at);
    if (startEnd === -1) return;
    if (after !== ' ' && after !== '>' && after !== '\n' && after !== '\t' && after !== '\r') {
      at = xml.indexOf(open, at + 1);
      continue;
    }
    const start = xml.slice(at, startEnd + 1);
    if (start.endsWith('/>')) {
      at = xml.indexOf(open, startEnd);
      continue;
    }
    const end = xml.indexOf(close, startEnd);
    if (end === -1) return;
    yield { start, inner: xml.slice(startEnd + 1, end) };
    at = xml.indexOf(open, end);
  }
}

/** The text of runs inside a piece of WordprocessingML (`w:t`, or `w:delText` for deletions). */
function runText(xml: string, tag: 'w:t' | 'w:delText'): string {
  let text = '';
  for (const { inner } of elements(xml, tag)) text += decodeXmlText(inner);
  // Paragraph ends inside a change or comment read as spaces.
  return text.replace(/\s+/g, ' ').trim();
}

const attribute = (start: string, name: string) =>
  decodeXmlText(new RegExp(`\\s${name}="([^"]*)"`).exec(start)?.[1] ?? '');

/** Tracked insertions and deletions of the main document, then its comments. */
export function docxRemarks(documentXml: string, commentsXml: string): DocxRemark[] {
  const remarks: DocxRemark[] = [];
  for (const { start, inner } of elements(documentXml, 'w:ins')) {
    const text = runText(inner, 'w:t');
    if (text) remarks.push({ kind: 'insertion', author: attribute(start, 'w:author'), text });
  }
  for (const { start, inner } of elements(documentXml, 'w:del')) {
    const text = runText(inner, 'w:delText');
    if (text) remarks.push({ kind: 'deletion', author: attribute(start, 'w:author'), text });
  }
  for (const { start, inner } of elements(commentsXml, 'w:comment')) {
    const text = runText(inner, 'w:t');
    if (text) remarks.push({ kind: 'comment', author: attribute(start, 'w:author'), text });
  }
  return remarks;
}

/** The language of the document's default text style (`w:docDefaults`), if it names one. */
export function docxLanguage(stylesXml: string): string | null {
  const defaults = elements(stylesXml, 'w:docDefaults').next();
  if (defaults.done) return null;
  const lang = /<w:lang\s[^>]*>/.exec(defaults.value.inner)?.[0];
  return lang ? attribute(lang, 'w:val') || null : null;
}
