import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../../../core/article/article';
import { ImportError } from '../../../../../core/import/import-error';
import { importFile } from '../../../../../core/import/import-file';
import { now, pasteFixture } from './paste-fixtures';

const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });

describe('importFile: text and HTML go through the recognisers', () => {
  it('a .txt of agency copy becomes a structured article, whatever its name', async () => {
    const result = await importFile(file('story.dat', pasteFixture('dpa_two_by_line.txt')), {
      now,
    });
    expect(result.format).toBe('text');
    expect(parseArticle(result.article).headline).toMatch(/^Chiefs-Rams 2\.0\?/);
    expect(result.article.dateline).toBe('San Diego (tca/dpa)');
    expect(result.placements?.some((p) => p.field === 'dropped')).toBe(true);
  });

  it('a saved page takes its photo from the folder beside it, never from the web', async () => {
    const result = await importFile(file('saved-page.html', pasteFixture('saved-page.html')), {
      now,
    });
    expect(result.format).toBe('html');
    const article = parseArticle(result.article);
    expect(article).toMatchObject({
      headline: "Moscow's ice sculptors race the thaw",
      byline: 'AFP',
      published: '2017-01-24T08:00:00Z',
      dateline: 'Moscow (AFP)',
      standfirst:
        'Forty teams from twelve countries carve river ice in Gorky Park before a forecast thaw.',
    });
    expect(article.leadPhoto).toMatchObject({
      file: 'ice-gorky-park.jpg',
      caption: 'Sculptors carve blocks of ice in Gorky Park in Moscow on January 23, 2017.',
      credit: 'AFP/Kiril Kudryatsev',
    });
    expect(result.photos).toEqual([
      { file: 'ice-gorky-park.jpg', href: 'saved-page_files/ice-gorky-park.jpg' },
    ]);
    expect(article.body.content).toHaveLength(7);
  });

  it('pasted HTML with a photo on the web keeps caption and credit in the notes', async () => {
    const result = await importFile(file('clip.html', pasteFixture('scraped-article.html')), {
      now,
    });
    expect(result.article.leadPhoto).toBeNull();
    expect(result.photos).toEqual([]);
    expect(result.notes).toEqual([
      expect.stringMatching(
        /^lead photo left out: "https:\/\/www\.example\.com\/.*" is not a file beside the page/,
      ),
      'lead photo caption, with no photo to go with: "Sculptors carve blocks of ice in Gorky Park in Moscow on January 23, 2017."',
      'lead photo credit, with no photo to go with: "AFP/Kiril Kudryatsev"',
    ]);
  });

  it('refuses HTML without any text, naming the file', async () => {
    await expect(
      importFile(file('empty.html', '<html><body><img src="x.png"></body></html>'), { now }),
    ).rejects.toThrow(new ImportError('"empty.html": no article text found in it'));
  });
});
