import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../../core/import/import-error';
import { importFile } from '../../../../core/import/import-file';

const bytes = (text: string) => new TextEncoder().encode(text);
const run = (text: string, name = 'wire.xml') => importFile({ name, bytes: bytes(text) });

const xxe = (root: string) =>
  `<?xml version="1.0"?>\n<!DOCTYPE ${root} [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n`;
const laughs = `<!DOCTYPE nitf [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<nitf><body><body.head><hedline><hl1>&lol9;</hl1></hedline></body.head></body></nitf>`;

describe('agency XML: hostile input is refused cleanly', () => {
  it('never resolves an external entity: XXE leaks not a byte of /etc/passwd', async () => {
    const passwd = await readFile('/etc/passwd', 'utf8').catch(() => 'root:x:0:0');
    for (const doc of [
      `${xxe('nitf')}<nitf><body><body.head><hedline><hl1>&x;</hl1></hedline></body.head></body></nitf>`,
      `${xxe('newsItem')}<newsItem guid="g"><contentMeta><headline>&x;</headline></contentMeta></newsItem>`,
    ]) {
      const error = await run(doc).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ImportError);
      expect((error as Error).message).toMatch(
        /^"wire\.xml": the (NITF|NewsML-G2) file declares its own entities \(<!ENTITY …>\), which are refused: they can read local files or expand without limit$/,
      );
      expect((error as Error).message).not.toContain(passwd.split(':')[0] + ':x');
    }
  });

  it('refuses an entity-expansion bomb without expanding it', async () => {
    await expect(run(laughs)).rejects.toThrow(/declares its own entities/);
  });

  it('never fetches an external DTD, and refuses entities only that DTD would define', async () => {
    const doc = `<!DOCTYPE nitf SYSTEM "http://127.0.0.1:9/nitf.dtd"><nitf><body><body.head><hedline><hl1>A &amp; B &mdash; &custom;</hl1></hedline></body.head></body></nitf>`;
    await expect(run(doc)).rejects.toThrow(
      '"wire.xml": the NITF file is not well-formed XML: entity not found:&custom;',
    );
    const { article } = await run(doc.replace(' &custom;', ''));
    expect(article.headline).toBe('A & B —');
  });

  it('names the problem in malformed XML on one line', async () => {
    await expect(run('<nitf><body><p>open</body></nitf>')).rejects.toThrow(
      /^"wire\.xml": the NITF file is not well-formed XML: .*"p" != "body"/,
    );
    await expect(run('<newsItem guid="g"><contentMeta>')).rejects.toThrow(
      /not well-formed XML: unclosed xml tag/,
    );
    await expect(run('<newsMessage><header/></newsMessage>')).rejects.toThrow(
      '"wire.xml": the NewsML-G2 file holds no news item',
    );
  });

  it('turns markup nested 100,000 deep into an error, not a crash', async () => {
    const deep = `<nitf><body><body.content>${'<bq>'.repeat(100_000)}x${'</bq>'.repeat(100_000)}</body.content></body></nitf>`;
    await expect(run(deep)).rejects.toThrow(
      new ImportError(
        '"wire.xml": nested too deeply to read (markup inside markup, thousands of levels)',
      ),
    );
  });
});
