import { describe, expect, it } from 'vitest';
import { importFile } from '../../../../core/import/import-file';

const now = new Date('2026-01-01T00:00:00Z');

async function languageOf(name: string, text: string, fallback?: string): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  const options = fallback ? { now, language: fallback } : { now };
  return (await importFile({ name, bytes }, options)).article.language;
}

const page = (html: string, head = '') =>
  `<!doctype html>${html}<head><title>T</title>${head}</head><body><article><h1>العنوان</h1>` +
  `<p>${'فقرة من نص الخبر. '.repeat(30)}</p><p>${'فقرة ثانية. '.repeat(30)}</p></article></body></html>`;

describe('HTML imports keep the language the page declares', () => {
  it('lang on <html>, canonicalised', async () => {
    expect(await languageOf('story.html', page('<html lang="AR-eg">'), 'nb')).toBe('ar-EG');
  });

  it('xml:lang, then a Content-Language meta tag', async () => {
    expect(await languageOf('a.html', page('<html xml:lang="he">'))).toBe('he');
    const meta = '<meta http-equiv="Content-Language" content="fa, en">';
    expect(await languageOf('b.html', page('<html>', meta))).toBe('fa');
  });

  it('a fragment: the lang of its first element that has one', async () => {
    const fragment = '<h2>Nyheter</h2><p lang="nb">Regjeringen la fram budsjettet i dag.</p>';
    expect(await languageOf('c.html', fragment, 'en')).toBe('nb');
  });

  it('none declared, or not a tag: the workspace language', async () => {
    expect(await languageOf('d.html', page('<html>'), 'nn')).toBe('nn');
    expect(await languageOf('e.html', page('<html lang="english_GB">'), 'de')).toBe('de');
    expect(await languageOf('f.txt', 'Headline\n\nBody text here.', 'sv')).toBe('sv');
  });
});
