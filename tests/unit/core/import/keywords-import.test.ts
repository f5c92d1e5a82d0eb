import { describe, expect, it } from 'vitest';
import { cleanKeywords } from '../../../../core/article/keywords';
import { importFile } from '../../../../core/import/import-file';

const now = new Date('2026-01-02T03:04:05.000Z');
const importText = async (name: string, text: string) =>
  (await importFile({ name, bytes: new TextEncoder().encode(text) }, { now })).article.keywords;

describe('keywords on import', () => {
  it('cleans keywords from any source: commas split, spaces trimmed, repeats and empties dropped', () => {
    expect(cleanKeywords([' Floods , floods', 'Oslo\nport', '', ',', 'x'.repeat(150)])).toEqual([
      'Floods',
      'Oslo port',
      'x'.repeat(100),
    ]);
    expect(cleanKeywords(Array.from({ length: 150 }, (_, i) => `k${i}`))).toHaveLength(100);
  });

  it('ninjs 3.x: subjects by name; ninjs 2.x: keywords and subject names', async () => {
    const v3 = {
      uri: 'urn:x:1',
      headlines: [{ role: 'main', value: 'Flood' }],
      subjects: [
        { name: 'floods', uri: 'http://cv.iptc.org/newscodes/mediatopic/1' },
        { uri: 'x:y' },
      ],
    };
    expect(await importText('a.json', JSON.stringify(v3))).toEqual(['floods']);
    const v2 = {
      uri: 'urn:x:2',
      headline: 'Flood',
      keywords: ['rain', 5, 'Rain'],
      subject: [{ name: 'weather', code: '17000000' }],
    };
    expect(await importText('b.json', JSON.stringify(v2))).toEqual(['rain', 'weather']);
  });

  it('HTML: JSON-LD keywords first, else the keywords meta tag', async () => {
    const page = (head: string) =>
      `<!DOCTYPE html><html><head><title>T</title>${head}</head><body><article><h1>Flood warning</h1><p>Rivers rose across the region overnight, and more rain is due.</p></article></body></html>`;
    expect(
      await importText('p.html', page('<meta name="keywords" content="floods, rain,, Rain">')),
    ).toEqual(['floods', 'rain']);
    const ld = JSON.stringify({
      '@type': 'NewsArticle',
      headline: 'Flood warning',
      keywords: ['floods', { name: 'weather' }],
    });
    expect(
      await importText(
        'q.html',
        page(
          `<meta name="keywords" content="ignored"><script type="application/ld+json">${ld}</script>`,
        ),
      ),
    ).toEqual(['floods', 'weather']);
  });

  it('NewsML-G2: keyword elements and subject names', async () => {
    const xml = `<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x"><itemMeta><itemClass qcode="ninat:text"/></itemMeta>
      <contentMeta><keyword> harbour </keyword><subject qcode="medtop:1"><name>transport</name></subject><subject qcode="medtop:2"/><headline>Ferry</headline></contentMeta>
      <contentSet><inlineData>Ferries run.</inlineData></contentSet></newsItem>`;
    expect(await importText('n.xml', xml)).toEqual(['harbour', 'transport']);
  });
});
