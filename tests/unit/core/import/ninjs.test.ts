// ninjs read back: our own exports give the same article, and IPTC's official examples import.
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../../core/article/article';
import { bodyText } from '../../../../core/body/counts';
import { exportNinjs, ninjsErrors, serializeNinjs } from '../../../../core/export/ninjs';
import { importNinjs } from '../../../../core/import/ninjs';
import { article as articleArbitrary } from '../export/article-arbitrary';
import { exportableArticle } from '../export/exportable-article';
import { sampleArticle } from '../export/sample-article';
import { example, now, referenceDir } from './ninjs-fixtures';

/** The article as the editor would store it: what ninjs carries (fromFile has no place in it). */
const canonical = exportableArticle;

const roundTrip = (article: Article) =>
  importNinjs(JSON.parse(serializeNinjs(exportNinjs(article))));

describe('importNinjs', () => {
  it('gives our own export back as the same article, photos included', () => {
    const original = canonical(sampleArticle());
    const { article, photos } = roundTrip(original);
    expect(article).toEqual(original);
    expect(photos).toEqual([
      { file: 'ferry.jpg', href: 'photos/ferry.jpg' },
      { file: 'quay.jpg', href: 'photos/quay.jpg' },
    ]);
  });

  it('round-trips random articles: import(export(a)) = a and export→import→export is byte-identical (property)', () => {
    fc.assert(
      fc.property(articleArbitrary, (generated) => {
        const original = canonical(generated);
        const first = serializeNinjs(exportNinjs(original));
        const { article } = importNinjs(JSON.parse(first));
        expect(article).toEqual(original);
        expect(serializeNinjs(exportNinjs(article))).toBe(first);
      }),
      { numRuns: 200 },
    );
  }, 180_000);

  it('imports every official 3.1 example', () => {
    const files = readdirSync(referenceDir).filter((f) => /^\d+_.*\.json$/.test(f));
    for (const file of files) {
      const { article } = importNinjs(example(file), { now });
      expect(article.headline, file).not.toBe('');
      expect(ninjsErrors(exportNinjs(article)), file).toEqual([]);
    }
  });

  it('maps the 3.x complex text example: located, by, dates, HTML body over plain text', () => {
    const { article } = importNinjs(example('005_complex_text_article.json'), { now });
    expect(article).toMatchObject({
      headline: 'Captain of wrecked cruise ship on trial in Italy',
      byline: "Paulo Santalucia and Frances d'Emilio",
      dateline: 'Grossetto, Italy',
      created: '2013-07-09T10:37:00Z',
      updated: '2013-07-09T10:37:00Z',
      status: 'draft',
    });
    expect(article.body.content).toHaveLength(4);
    expect(bodyText(article.body)).toMatch(/^GROSSETO, Italy \(AP\)/);
  });

  it('imports a picture item as an article whose lead photo carries caption, photographer and rendition', () => {
    const { article, photos } = importNinjs(example('006_photo_only.json'), { now });
    expect(article.leadPhoto).toMatchObject({
      file: '2643c588-dc8d-4923-bebd-e3b904edbb3a-big.jpg',
      photographer: 'Paulo Santalucia',
      width: 429,
      height: 281,
    });
    expect(article.leadPhoto!.caption).toMatch(/^The Costa Concordia cruise ship lies on its side/);
    expect(photos[0]!.href).toBe(
      'http://hosted.ap.org/photos/2/2643c588-dc8d-4923-bebd-e3b904edbb3a-big.jpg',
    );
  });

  it('gives an imported agency article back after export and re-import (official examples)', () => {
    const files = readdirSync(referenceDir).filter((f) => /^\d+_.*\.json$/.test(f));
    for (const file of files) {
      const { article } = importNinjs(example(file), { now });
      const exported = serializeNinjs(exportNinjs(article));
      const again = importNinjs(JSON.parse(exported));
      expect(again.article, file).toEqual(article);
      expect(serializeNinjs(exportNinjs(again.article)), file).toBe(exported);
    }
  });
});
