import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../../../core/article/article';
import { ImportError } from '../../../../../core/import/import-error';
import { importFile } from '../../../../../core/import/import-file';
import { now } from './paste-fixtures';

// At least 1,000 runs per property in CI; fewer on a developer's machine.
const RUNS = process.env.CI ? 1000 : 100;

/** Lines of the kinds the recognisers look for, and noise around them. */
const line = fc.oneof(
  fc.constantFrom(
    'Russia',
    "Moscow's ice sculptors race the thaw",
    'Published January 24th, 2017 - 08:00 GMT',
    'Updated: 14 March 2021 10:32 CET',
    'By Tom Krasovic, The San Diego Union-Tribune =',
    'Sculptors carve ice in Gorky Park. (AFP/Kiril Kudryatsev)',
    'Photo: Reuters/Jane Doe',
    'MOSCOW',
    'Moscow (AFP) – Teams of sculptors worked through the night in the park.',
    'Subscribe',
    'Sign up for our newsletter to get the news in your inbox.',
    'Related',
    'We use cookies. By continuing you accept our cookie policy.',
    '# Notebook',
    'ecp0007 4 s 850  dpa-tns 0908',
    '',
    '* * *',
  ),
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.lorem({ maxCount: 60, mode: 'words' }),
);

const textDocument = fc
  .array(line, { maxLength: 40 })
  .chain((lines) => fc.constantFrom('\n', '\n\n', '\r\n').map((sep) => lines.join(sep)));

const tag = fc.constantFrom(
  'p',
  'div',
  'h1',
  'h2',
  'figure',
  'figcaption',
  'span',
  'a',
  'ul',
  'li',
  'blockquote',
  'nav',
  'aside',
  'script',
  'style',
  'article',
  'header',
  'footer',
  'time',
  'strong',
  'table',
  'td',
  'form',
);
const attribute = fc.constantFrom(
  '',
  ' class="share-buttons"',
  ' class="byline"',
  ' class="image-caption"',
  ' class="related"',
  ' itemprop="headline"',
  ' href="javascript:alert(1)"',
  ' href="https://example.org/"',
  ' onclick="alert(1)"',
  ' hidden',
);
const htmlNode: fc.Memo<string> = fc.memo((depth) =>
  depth <= 1
    ? fc.oneof(line, fc.constant('<img src="photo.jpg" alt="A photo">'), fc.constant('<br>'))
    : fc
        .tuple(tag, attribute, fc.array(htmlNode(depth - 1), { maxLength: 5 }), fc.boolean())
        .map(
          ([name, attrs, children, closed]) =>
            `<${name}${attrs}>${children.join('')}${closed ? `</${name}>` : ''}`,
        ),
);
const pageHead = fc.constantFrom(
  '',
  '<!DOCTYPE html><html><head><title>T</title></head><body>',
  '<html><head><meta property="og:title" content="OG title"><meta property="article:published_time" content="2020-02-30T25:00:00Z"><script type="application/ld+json">{"@type":"NewsArticle","headline":7,"author":[null,{"name":["x"]}],"image":{"url":"../../etc/passwd"}}</script></head><body>',
  '<html><head><script type="application/ld+json">{broken</script></head><body>',
);
const htmlDocument = fc
  .tuple(pageHead, fc.array(htmlNode(4), { maxLength: 12 }))
  .map(([head, nodes]) => head + nodes.join('\n'));

/** Imports `text` under `name`: a valid article, or an ImportError; anything else fails. */
async function importsCleanly(name: string, text: string): Promise<void> {
  try {
    const result = await importFile({ name, bytes: new TextEncoder().encode(text) }, { now });
    expect(() => parseArticle(result.article)).not.toThrow();
    for (const photo of result.photos) expect(photo.href).not.toMatch(/^[a-z][a-z0-9+.-]*:|^\//i);
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    expect(error.message).not.toMatch(/\n/);
  }
}

describe('text and HTML importers over random documents', () => {
  it('plain text: a valid article or a clear ImportError', async () => {
    await fc.assert(
      fc.asyncProperty(textDocument, (text) => importsCleanly('random.txt', text)),
      { numRuns: RUNS },
    );
  });

  it('HTML: a valid article or a clear ImportError, and never a photo from the web', async () => {
    await fc.assert(
      fc.asyncProperty(htmlDocument, (html) => importsCleanly('random.html', html || '<p>')),
      { numRuns: RUNS },
    );
  }, 600_000);
});
