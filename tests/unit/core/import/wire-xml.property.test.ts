// Random agency XML through the real importers: a valid article, or one clear ImportError line.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../../core/article/article';
import { ImportError } from '../../../../core/import/import-error';
import { importFile } from '../../../../core/import/import-file';

// At least 1,000 runs per property in CI; fewer on a developer's machine.
const RUNS = process.env.CI ? 1000 : 150;
const now = new Date('2026-01-02T03:04:05.000Z');

const nitfNames = [
  'head',
  'title',
  'docdata',
  'doc-id',
  'date.issue',
  'date.release',
  'du-key',
  'doc.copyright',
  'tobject',
  'tobject.subject',
  'key-list',
  'keyword',
  'revision-history',
  'body',
  'body.head',
  'hedline',
  'hl1',
  'hl2',
  'byline',
  'byttl',
  'dateline',
  'story.date',
  'abstract',
  'rights',
  'body.content',
  'body.end',
  'tagline',
  'p',
  'block',
  'media',
  'media-reference',
  'media-caption',
  'media-producer',
  'media-metadata',
  'bq',
  'credit',
  'ul',
  'ol',
  'li',
  'em',
  'a',
  'br',
  'table',
  'tr',
  'td',
  'pre',
  'fn',
  'note',
  'person',
  'x:unknown',
];
const newsmlNames = [
  'itemSet',
  'newsItem',
  'packageItem',
  'itemMeta',
  'itemClass',
  'pubStatus',
  'embargoed',
  'versionCreated',
  'firstCreated',
  'edNote',
  'link',
  'contentMeta',
  'headline',
  'description',
  'slugline',
  'by',
  'dateline',
  'located',
  'name',
  'subject',
  'genre',
  'keyword',
  'creditline',
  'creator',
  'language',
  'rightsInfo',
  'copyrightNotice',
  'copyrightHolder',
  'usageTerms',
  'contentSet',
  'inlineXML',
  'inlineData',
  'remoteContent',
  'html',
  'body',
  'p',
  'h1',
  'h2',
  'h3',
  'ul',
  'ol',
  'li',
  'blockquote',
  'strong',
  'b',
  'em',
  'i',
  'a',
  'br',
  'figure',
  'img',
  'figcaption',
  'span',
  'table',
  'iframe',
  'nitf',
  'x:other',
];

const hostileText = fc.constantFrom(
  'Ferry strike ends',
  ' spaced  out ',
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  '\u2028\u2029\u202e',
  '🙂 中文 é',
  '"quoted" & \'single\'',
  '\t\n',
  '',
  'x'.repeat(600),
);
const rawText = fc.oneof(
  hostileText.map(escape),
  fc.constantFrom('&amp;', '&nbsp;', '&mdash;', '&#x1F642;', '&#0;', '&bogus;', '&', '<', ']]>'),
  fc.constantFrom('<![CDATA[<p>in CDATA</p>]]>', '<!-- comment -->', '<?pi data?>'),
  fc.string({ maxLength: 12 }).map(escape),
);
const attributeValue = fc.oneof(
  fc.constantFrom(
    'ninat:text',
    'ninat:picture',
    'stat:usable',
    'drol:caption',
    'drol:summary',
    'drol:alternativeText',
    'nrhl:kicker',
    'kicker',
    'lead',
    'bold',
    'h3',
    'image',
    'video',
    'Newsroom',
    '0123456789abcdef',
    'urn:newsroom:article:0123456789abcdef',
    'urn:newsroom:article:0123456789abcdef:lead',
    'photos/a.jpg',
    'javascript:alert(1)',
    'https://example.org/x.jpg',
    'file:///etc/passwd',
    '../../etc/passwd',
    '20260101T120000Z',
    '2026-01-01T12:00:00+01:00',
    'not a date',
    '-5',
    '1e9',
    '3',
    'en',
    'ar',
    'xx-invalid-',
    'rnd:highRes',
    'image/jpeg',
  ),
  hostileText,
);
const attributeName = fc.constantFrom(
  'qcode',
  'role',
  'guid',
  'href',
  'src',
  'source',
  'alt',
  'alternate-text',
  'width',
  'height',
  'class',
  'regsrc',
  'id-string',
  'norm',
  'media-type',
  'tag',
  'xml:lang',
  'data-item',
  'start',
  'seqnum',
  'name',
  'value',
  'key',
  'rendition',
  'contenttype',
  'management-status',
  'literal',
);

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A random element tree from one vocabulary, serialized as XML. */
function tree(names: string[]) {
  const { node } = fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      rawText,
      fc
        .record({
          name: fc.constantFrom(...names),
          attributes: fc.uniqueArray(fc.tuple(attributeName, attributeValue), {
            maxLength: 3,
            selector: ([name]) => name,
          }),
          children: fc.array(tie('node'), { maxLength: 4 }),
        })
        .map(({ name, attributes, children }) => element(name, attributes, children as string[])),
    ),
  }));
  return fc.array(node as fc.Arbitrary<string>, { maxLength: 5 });
}

function element(name: string, attributes: [string, string][], children: string[]): string {
  const attrs = attributes
    .map(([key, value]) => ` ${key}="${escape(value).replace(/"/g, '&quot;')}"`)
    .join('');
  const prefixed = name.startsWith('x:') ? ' xmlns:x="urn:x"' : '';
  return `<${name}${prefixed}${attrs}>${children.join('')}</${name}>`;
}

const nitfDocument = tree(nitfNames).map(
  (children) => `<?xml version="1.0"?>\n<nitf>${children.join('')}</nitf>`,
);
const newsmlDocument = fc
  .tuple(fc.constantFrom('newsItem', 'newsMessage'), tree(newsmlNames))
  .map(
    ([root, children]) =>
      `<${root} xmlns="http://iptc.org/std/nar/2006-10-01/" guid="g">${children.join('')}</${root}>`,
  );
/** A document with random damage: cut short, a character dropped in, a part repeated. */
const damaged = (documents: fc.Arbitrary<string>) =>
  fc
    .tuple(documents, fc.nat(), fc.nat(), fc.constantFrom('<', '>', '&', '"', '</p>', '\u0000', ''))
    .map(([doc, at, length, insert]) => {
      const i = at % (doc.length + 1);
      return doc.slice(0, i) + insert + doc.slice(i + (length % 8));
    });

/** How many documents became articles, so a property that only ever refuses shows up. */
let imported = 0;

async function importsOrRefuses(xml: string): Promise<void> {
  try {
    const { article } = await importFile(
      { name: 'wire.xml', bytes: new TextEncoder().encode(xml) },
      { now },
    );
    expect(parseArticle(article)).toEqual(article);
    imported++;
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    const message = (error as Error).message;
    expect(message).toMatch(/^"wire\.xml": \S/);
    expect(message).not.toMatch(/[\n\r]/);
    expect(message.length).toBeLessThan(400);
  }
}

describe('agency XML importers under random input (property)', () => {
  it.each([
    ['NITF', nitfDocument],
    ['NewsML-G2', newsmlDocument],
  ])(
    '%s: random documents give a valid article or one clear ImportError line',
    async (_, documents) => {
      imported = 0;
      await fc.assert(fc.asyncProperty(documents, importsOrRefuses), { numRuns: RUNS });
      expect(imported).toBeGreaterThan(RUNS / 4);
    },
    300_000,
  );

  it.each([
    ['NITF', nitfDocument],
    ['NewsML-G2', newsmlDocument],
  ])(
    '%s: damaged documents give a valid article or one clear ImportError line',
    async (_, documents) => {
      await fc.assert(fc.asyncProperty(damaged(documents), importsOrRefuses), { numRuns: RUNS });
    },
    300_000,
  );
});
