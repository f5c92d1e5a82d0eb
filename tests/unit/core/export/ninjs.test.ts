import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createArticle } from '../../../../core/article/article';
import { exportNinjs, ninjsErrors, serializeNinjs } from '../../../../core/export/ninjs';
import { article as articleArbitrary } from './article-arbitrary';
import { sampleArticle } from './sample-article';

const referenceDir = path.resolve(__dirname, '../../../../../shared/reference/ninjs-3.1');

describe('exportNinjs', () => {
  it('validates against the official ninjs 3.1 schema', () => {
    expect(ninjsErrors(exportNinjs(sampleArticle()))).toEqual([]);
  });

  it('accepts every official example and rejects unknown keys and bad URIs', () => {
    const examples = readdirSync(referenceDir).filter((f) => /^\d+_.*\.json$/.test(f));
    expect(examples.length).toBeGreaterThanOrEqual(5);
    for (const file of examples)
      expect(
        ninjsErrors(JSON.parse(readFileSync(path.join(referenceDir, file), 'utf8'))),
        file,
      ).toEqual([]);
    expect(ninjsErrors({ uri: 'urn:x:y', kicker: 'no' })).toEqual([
      '/: must NOT have unevaluated properties (kicker)',
    ]);
    expect(ninjsErrors({ uri: 'not a uri' })).toEqual(['/uri: must match format "uri"']);
    expect(ninjsErrors('nope')).not.toEqual([]);
  });

  it('maps the article fields as documented', () => {
    const doc = exportNinjs(sampleArticle());
    expect(doc).toMatchObject({
      uri: 'urn:newsroom:article:0123456789abcdef',
      standard: {
        name: 'ninjs',
        version: '3.1',
        schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#',
      },
      type: 'text',
      firstCreated: '2026-11-27T09:00:00.000Z',
      versionCreated: '2026-11-27T17:30:00.000Z',
      embargoedUntil: '2026-11-27T18:05:00+01:00',
      pubStatus: 'usable',
      language: 'en',
      subjects: [{ name: 'ferries' }, { name: 'strikes' }, { name: 'Lisbon' }],
      headlines: [
        { role: 'main', contentType: 'text/plain', value: 'Ferry strike ends after three days' },
        { role: 'kicker', contentType: 'text/plain', value: 'Harbour' },
      ],
      descriptions: [
        {
          role: 'summary',
          contentType: 'text/plain',
          value: 'Crews accept a 4% pay rise; timetables back to normal on Monday.',
        },
      ],
      by: 'Ana Sousa',
      located: 'LISBON',
    });
    expect(doc.bodies).toHaveLength(1);
    expect(doc.bodies[0]).toMatchObject({
      role: 'main',
      contentType: 'text/html',
      wordCount: 18,
      charCount: 102,
    });
    expect(doc.bodies[0]!.value).toContain('<p>The strike ended on <strong>Friday</strong>');
    expect(doc.associations![0]).toEqual({
      name: 'featuremedia',
      uri: 'urn:newsroom:article:0123456789abcdef:featuremedia',
      type: 'picture',
      descriptions: [
        { role: 'caption', contentType: 'text/plain', value: 'A ferry leaves Cais do Sodré' },
        { role: 'alt', contentType: 'text/plain', value: 'A white ferry on a blue river' },
      ],
      by: 'Ana Sousa',
      copyrightNotice: '© 2026 Newsroom',
      infoSources: [{ name: 'Ana Sousa/Newsroom', role: 'credit' }],
      renditions: [
        {
          name: 'original',
          contentType: 'image/jpeg',
          title: 'ferry.jpg',
          width: 1600,
          height: 1067,
        },
      ],
    });
    expect(doc.associations![1]).toMatchObject({ name: 'figure-1', by: 'Rui Lopes' });
  });

  it('marks drafts as withheld and writes absolute photo hrefs when given', () => {
    const doc = exportNinjs(sampleArticle({ status: 'draft' }), {
      photoHref: (file) => `https://cdn.example.org/${encodeURIComponent(file)}`,
    });
    expect(doc.pubStatus).toBe('withheld');
    expect(doc.associations![0]!.renditions![0]!.href).toBe('https://cdn.example.org/ferry.jpg');
    expect(ninjsErrors(doc)).toEqual([]);
    const relative = exportNinjs(sampleArticle(), { photoHref: (file) => `photos/${file}` });
    expect(relative.associations![0]!.renditions![0]!.href).toBeUndefined();
  });

  it('leaves out empty fields instead of writing empty values', () => {
    // A new draft: every text field empty, no publication time, no lead photo.
    const doc = exportNinjs(createArticle({ body: sampleArticle().body }));
    for (const key of ['headlines', 'descriptions', 'by', 'located', 'embargoedUntil'])
      expect(doc).not.toHaveProperty(key);
    expect(ninjsErrors(doc)).toEqual([]);
  });

  it('is deterministic', () => {
    expect(serializeNinjs(exportNinjs(sampleArticle()))).toBe(
      serializeNinjs(exportNinjs(sampleArticle())),
    );
  });

  it('validates for 500 random articles (property)', () => {
    fc.assert(
      fc.property(articleArbitrary, (article) => {
        expect(ninjsErrors(JSON.parse(serializeNinjs(exportNinjs(article))))).toEqual([]);
      }),
      { numRuns: 500 },
    );
  }, 180_000);
});
