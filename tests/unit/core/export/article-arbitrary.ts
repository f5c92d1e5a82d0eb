import fc from 'fast-check';
import { ARTICLE_FORMAT, parseArticle, type Article } from '../../../../core/article/article';
import { bodyNode, type BodyJSON, type BodyNodeJSON } from '../../../../core/body/schema';

// Characters that stress escaping and whitespace handling; CR and NUL are left out (the HTML parser rewrites them).
const chars = fc.constantFrom(
  ...'ab cdeXYZ019 .,;:!?-\'"<>&/=\\`#%()[]{}*_é中🙂\u00a0\u2028\u2029\t'.split(''),
  '  ',
  '</script>',
  '<!--',
  ']]>',
  '&amp;',
  'javascript:',
);
/** Text with hostile and unusual characters. */
export const text = (maxLength = 40) =>
  fc.array(chars, { maxLength }).map((parts) => parts.join(''));
const nonEmpty = fc
  .array(chars, { minLength: 1, maxLength: 12 })
  .map((p) => p.join(''))
  .filter((t) => t.length > 0);

/** Keywords as the model allows them: no comma, tab or line separator, trimmed, distinct. */
const keywords = fc.uniqueArray(
  fc
    .array(
      chars.filter((c) => !/[,\t\u2028\u2029]/.test(c)),
      { minLength: 1, maxLength: 10 },
    )
    .map((parts) => parts.join('').trim())
    .filter((k) => k.length > 0),
  { maxLength: 4, selector: (k) => k.toLowerCase() },
);

const fileName = fc
  .array(fc.constantFrom(...'abcxyz019-_ é中'.split('')), { minLength: 1, maxLength: 12 })
  .map((parts) => parts.join('').trim() || 'p')
  .chain((stem) => fc.constantFrom('.jpg', '.png', '.webp', '.JPG').map((ext) => stem + ext));

const size = fc.option(fc.integer({ min: 1, max: 9000 }), { nil: null });

const href = fc.oneof(
  fc.constantFrom('https://example.org/', 'http://a.test/x?y=1&z=<2>', 'mailto:desk@example.org'),
  fc.webUrl(),
  fc.constantFrom(
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:x',
  ),
);

const markSet = fc.record({
  bold: fc.boolean(),
  italic: fc.boolean(),
  link: fc.option(href, { nil: undefined }),
});

const textNode: fc.Arbitrary<BodyNodeJSON> = fc.tuple(nonEmpty, markSet).map(([value, m]) => {
  const marks: NonNullable<BodyNodeJSON['marks']> = [];
  if (m.bold) marks.push({ type: 'bold' });
  if (m.italic) marks.push({ type: 'italic' });
  if (m.link) marks.push({ type: 'link', attrs: { href: m.link } });
  return marks.length ? { type: 'text', text: value, marks } : { type: 'text', text: value };
});

const inline = fc.array(
  fc.oneof(
    { weight: 5, arbitrary: textNode },
    { weight: 1, arbitrary: fc.constant<BodyNodeJSON>({ type: 'hardBreak' }) },
  ),
  { maxLength: 5 },
);
const paragraph = inline.map((content): BodyNodeJSON =>
  content.length ? { type: 'paragraph', content } : { type: 'paragraph' },
);
const heading = fc.tuple(fc.constantFrom(2, 3), inline).map(([level, content]): BodyNodeJSON => ({
  type: 'heading',
  attrs: { level },
  ...(content.length ? { content } : {}),
}));
const list = fc
  .tuple(
    fc.constantFrom('bulletList', 'orderedList'),
    fc.array(paragraph, { minLength: 1, maxLength: 3 }),
  )
  .map(([type, items]): BodyNodeJSON => ({
    type,
    content: items.map((p) => ({ type: 'listItem', content: [p] })),
  }));
const quote = fc
  .array(paragraph, { minLength: 1, maxLength: 2 })
  .map((content): BodyNodeJSON => ({ type: 'blockquote', content }));
const figure = fc
  .record({
    src: fileName,
    caption: text(30),
    credit: text(15),
    photographer: text(15),
    copyright: text(15),
    alt: text(20),
    width: size,
    height: size,
  })
  .map((attrs): BodyNodeJSON => ({ type: 'figure', attrs }));

/** A body in the schema, normalised the way the editor stores it. */
export const body: fc.Arbitrary<BodyJSON> = fc
  .array(fc.oneof({ weight: 4, arbitrary: paragraph }, heading, list, quote, figure), {
    minLength: 1,
    maxLength: 8,
  })
  .map((content) => bodyNode({ type: 'doc', content }).toJSON() as BodyJSON);

const photo = fc.record({
  file: fileName,
  caption: text(40),
  credit: text(20),
  photographer: text(20),
  copyright: text(20),
  altText: text(30),
  width: size,
  height: size,
  fromFile: fc.constant([]),
});

const date = fc
  .date({
    min: new Date('1990-01-01T00:00:00Z'),
    max: new Date('2090-01-01T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString());
const offsetDate = fc
  .tuple(date, fc.constantFrom('Z', '+01:00', '-05:30'))
  .map(([iso, zone]) => iso.replace(/\.\d+Z$/, zone === 'Z' ? 'Z' : zone));

/** Random valid articles, hostile text included. */
export const article: fc.Arbitrary<Article> = fc
  .record({
    id: fc.stringMatching(/^[0-9a-z]{16}$/),
    language: fc.constantFrom('en', 'en-GB', 'ar', 'he', 'fa', 'ja', 'nb', 'zh-Hant-TW', 'und'),
    kicker: text(20),
    headline: text(60),
    standfirst: text(80),
    byline: text(30),
    dateline: text(20),
    keywords,
    published: fc.option(offsetDate, { nil: null }),
    status: fc.constantFrom('draft' as const, 'ready' as const),
    body,
    leadPhoto: fc.option(photo, { nil: null }),
    created: date,
    updated: date,
  })
  .map((fields) => parseArticle({ format: ARTICLE_FORMAT, ...fields }));
