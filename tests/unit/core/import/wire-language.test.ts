import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../../core/import/import-file';

const fixtures = path.resolve(import.meta.dirname, '../../../fixtures/wire');
const now = new Date('2026-01-01T00:00:00Z');

async function languageOf(file: string, fallback?: string): Promise<string> {
  const bytes = await readFile(path.join(fixtures, file));
  const options = fallback ? { now, language: fallback } : { now };
  return (await importFile({ name: file, bytes }, options)).article.language;
}

describe('agency XML keeps the language the item declares', () => {
  it('NewsML-G2: contentMeta <language tag>, else the item’s xml:lang', async () => {
    expect(await languageOf('superdesk/ansa-newsmlg2-text.xml')).toBe('it');
    expect(await languageOf('superdesk/dpa.xml')).toBe('de');
    expect(await languageOf('superdesk/stt_newsml_test.xml', 'nb')).toBe('fi-FI');
    expect(await languageOf('iptc/LISTING_1_A_NewsML-G2_News_Item.xml')).toBe('en-GB');
  });

  it('NITF without xml:lang gets the workspace language', async () => {
    expect(await languageOf('superdesk/ap-nitf.xml', 'en-GB')).toBe('en-GB');
    expect(await languageOf('superdesk/nitf-ntb.xml', 'nb')).toBe('nb');
  });

  it('NITF with xml:lang on its root keeps it', async () => {
    const source = (await readFile(path.join(fixtures, 'superdesk/nitf-ntb.xml'), 'utf8')).replace(
      /<nitf\b/,
      '<nitf xml:lang="nn-NO"',
    );
    const bytes = new TextEncoder().encode(source);
    const { article } = await importFile({ name: 'ntb.xml', bytes }, { now, language: 'en' });
    expect(article.language).toBe('nn-NO');
  });
});
