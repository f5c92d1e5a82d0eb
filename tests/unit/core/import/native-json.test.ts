import { describe, expect, it } from 'vitest';
import { exportNativeJson } from '../../../../core/export/native-json';
import { importJsonText } from '../../../../core/import/import-text';
import { ImportError } from '../../../../core/import/import-error';
import { importNativeJson } from '../../../../core/import/native-json';
import { exportNinjs, serializeNinjs } from '../../../../core/export/ninjs';
import fc from 'fast-check';
import { article as articleArbitrary } from '../export/article-arbitrary';
import { sampleArticle } from '../export/sample-article';

describe('native JSON', () => {
  it('round-trips losslessly, fromFile included', () => {
    fc.assert(
      fc.property(articleArbitrary, (article) => {
        const text = exportNativeJson(article);
        expect(importJsonText(text)).toEqual({ kind: 'native', ...importNativeJson(article) });
        expect(importNativeJson(JSON.parse(text)).article).toEqual(article);
        expect(exportNativeJson(importNativeJson(JSON.parse(text)).article)).toBe(text);
      }),
      { numRuns: 200 },
    );
    const withFromFile = sampleArticle();
    withFromFile.leadPhoto!.fromFile = ['caption', 'credit'];
    expect(importNativeJson(JSON.parse(exportNativeJson(withFromFile))).article).toEqual(
      withFromFile,
    );
  });

  it('lists the photos the article refers to', () => {
    expect(importNativeJson(sampleArticle()).photos).toEqual([
      { file: 'ferry.jpg', href: 'photos/ferry.jpg' },
      { file: 'quay.jpg', href: 'photos/quay.jpg' },
    ]);
  });

  it('tells native files from ninjs and names the problem in broken ones', () => {
    expect(importJsonText(serializeNinjs(exportNinjs(sampleArticle()))).kind).toBe('ninjs');
    expect(() => importJsonText('{"format":1,"id":"x","body":{}}')).toThrow(
      /^not a valid Newsroom article: id: not an article id$/,
    );
    expect(() => importJsonText('{nope')).toThrow(ImportError);
    expect(() => importJsonText('{nope')).toThrow(/^not JSON: /);
  });
});
