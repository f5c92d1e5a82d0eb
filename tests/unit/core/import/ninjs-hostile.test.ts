// ninjs from anywhere: any HTML becomes a valid body; what is not ninjs is refused, never a crash.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../../core/article/article';
import { bodyNode } from '../../../../core/body/schema';
import { exportNinjs, serializeNinjs } from '../../../../core/export/ninjs';
import { ImportError } from '../../../../core/import/import-error';
import { importNinjs } from '../../../../core/import/ninjs';
import { knownNinjsKeys } from '../../../../core/import/ninjs-shape';
import { now } from './ninjs-fixtures';

// Importer properties run at least 1,000 times in CI.
const IMPORTER_RUNS = process.env.CI ? 1000 : 200;

describe('importNinjs, hostile input', () => {
  it('parses any pasted or agency HTML into a valid body (property)', () => {
    const tags = fc.constantFrom(
      'p',
      'b',
      'i',
      'a',
      'h1',
      'h2',
      'h3',
      'h4',
      'ul',
      'ol',
      'li',
      'blockquote',
      'br',
      'figure',
      'img',
      'script',
      'style',
      'table',
      'td',
      'div',
      'span',
      'em',
      'strong',
    );
    const html = fc.array(
      fc.oneof(
        tags.map((t) => `<${t}>`),
        tags.map((t) => `</${t}>`),
        fc.constantFrom(
          '<a href="javascript:x">',
          '<a href="https://ok.example/">',
          '<img src=x onerror=alert(1)>',
          '&amp;',
          '&lt;',
          '\n',
          '  ',
        ),
        fc.string({ maxLength: 8 }),
      ),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(html, (parts) => {
        const { article } = importNinjs(
          {
            uri: 'https://x.example/1',
            bodies: [{ contentType: 'text/html', value: parts.join('') }],
          },
          { now },
        );
        expect(() => bodyNode(article.body)).not.toThrow();
        expect(JSON.stringify(article.body)).not.toMatch(/javascript:|onerror/);
        // And an imported article survives its own export and re-import unchanged.
        expect(importNinjs(JSON.parse(serializeNinjs(exportNinjs(article)))).article).toEqual(
          article,
        );
      }),
      { numRuns: IMPORTER_RUNS },
    );
  }, 600_000);

  it('refuses what is not ninjs with a clear error', () => {
    expect(() => importNinjs(null)).toThrow(
      new ImportError('not a ninjs document: expected a JSON object'),
    );
    expect(() => importNinjs([1, 2])).toThrow(ImportError);
    expect(() => importNinjs({ hello: 'world' })).toThrow(
      'not a ninjs document: it has no uri, headline, body or type',
    );
    expect(() => importNinjs({ headline: 'x'.repeat(5000) })).toThrow(
      /^ninjs could not become an article: headline/,
    );
  });

  it('never crashes on hostile or malformed input (property)', () => {
    const ninjsish = fc.dictionary(
      fc.constantFrom(...knownNinjsKeys),
      fc.oneof(fc.jsonValue(), fc.string(), fc.constant('<p>x</p><script>alert(1)</script>')),
    );
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), ninjsish), (data) => {
        try {
          const { article } = importNinjs(data, { now });
          expect(parseArticle(article)).toEqual(article);
        } catch (error) {
          expect(error).toBeInstanceOf(ImportError);
          expect((error as Error).message).not.toContain('\n');
        }
      }),
      { numRuns: IMPORTER_RUNS },
    );
  }, 600_000);
});
