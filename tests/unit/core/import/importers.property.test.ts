import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { parseArticle } from '../../../../core/article/article';
import { ImportError } from '../../../../core/import/import-error';
import { importJsonBytes, importJsonText } from '../../../../core/import/import-text';
import { importNativeJson } from '../../../../core/import/native-json';
import { importNinjs } from '../../../../core/import/ninjs';
import { sampleArticle } from '../export/sample-article';

// At least 1,000 runs per property in CI; fewer on a developer's machine.
const RUNS = process.env.CI ? 1000 : 150;
const now = new Date('2026-01-02T03:04:05.000Z');
const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort();

afterEach(() => {
  // Nothing an import reads may add to, or change, what every object inherits.
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

const hostileKey = fc.constantFrom('__proto__', 'constructor', 'prototype');
const ninjsKey = fc.constantFrom(
  'uri',
  'type',
  'headline',
  'headlines',
  'descriptions',
  'bodies',
  'body_html',
  'body_text',
  'associations',
  'renditions',
  'infoSources',
  'versionCreated',
  'format',
  'id',
  'body',
  'leadPhoto',
);
const key = fc.oneof(hostileKey, ninjsKey, fc.string({ maxLength: 6 }));

/** JSON text whose objects may have own `__proto__` / `constructor` keys (as JSON.parse makes them). */
const hostileJson: fc.Arbitrary<string> = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.jsonValue({ maxDepth: 1 }).map((v) => JSON.stringify(v) ?? 'null'),
    fc
      .array(fc.tuple(key, tie('value')), { maxLength: 5 })
      .map((entries) => `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`),
    fc.constant('{"polluted":"yes","toString":"x","headline":"p","uri":"u"}'),
    fc.array(tie('value'), { maxLength: 3 }).map((items) => `[${items.join(',')}]`),
  ),
})).value;

/** A native article file with some of its values swapped for arbitrary JSON. */
const damagedNative = fc
  .array(
    fc.tuple(
      fc.oneof(hostileKey, ninjsKey, fc.constantFrom('kicker', 'status', 'published')),
      hostileJson,
    ),
    {
      maxLength: 4,
    },
  )
  .map((swaps) => {
    const base = JSON.stringify(sampleArticle());
    return `{${swaps.map(([k, v]) => `${JSON.stringify(k)}:${v},`).join('')}${base.slice(1)}`;
  });

/** The import contract: an article that passes validation, or an ImportError on one line. */
function importsOrRefuses(run: () => { article: unknown }): void {
  try {
    const { article } = run();
    expect(parseArticle(article)).toEqual(article);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).toMatch(/^\S/);
    expect((error as Error).message).not.toMatch(/[\n\r]/);
  }
}

describe('importers under hostile input (properties)', { timeout: 300_000 }, () => {
  it('importJsonBytes: arbitrary bytes never crash; they import or are refused with one line', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        importsOrRefuses(() => importJsonBytes(bytes, { now }));
      }),
      { numRuns: RUNS },
    );
  });

  it('importJsonText: arbitrary text and JSON with __proto__/constructor keys never crash or pollute', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), hostileJson, damagedNative), (text) => {
        importsOrRefuses(() => importJsonText(text, { now }));
      }),
      { numRuns: RUNS },
    );
  });

  it('importNinjs: arbitrary JSON values (parsed, so __proto__ keys are own keys) never crash or pollute', () => {
    fc.assert(
      fc.property(hostileJson, (text) => {
        importsOrRefuses(() => importNinjs(JSON.parse(text), { now }));
      }),
      { numRuns: RUNS },
    );
  });

  it('importNativeJson: damaged article files are refused with a message naming the field', () => {
    fc.assert(
      fc.property(damagedNative, (text) => {
        importsOrRefuses(() => importNativeJson(JSON.parse(text)));
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses binary, oversized and deeply nested input with one clear line', () => {
    expect(() => importJsonBytes(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 1]))).toThrow(
      'not a text file: it is not valid UTF-8 (binary data?)',
    );
    expect(() => importJsonBytes(new Uint8Array())).toThrow('the file is empty');
    expect(() => importJsonText('{"uri":"x","headline":"\u0000"}')).toThrow(/binary data/);
    expect(() => importJsonText(JSON.stringify({ uri: 'x', headline: 'x'.repeat(20e6) }))).toThrow(
      /^too large: /,
    );
    const deep = `{"uri":"x","headline":"h","extra":${'['.repeat(20_000)}${']'.repeat(20_000)}}`;
    expect(() => importJsonText(deep)).toThrow('nested too deeply (more than 500 levels)');
    expect(() =>
      importJsonText(JSON.stringify({ uri: 'x', body_html: '<blockquote>'.repeat(20_000) })),
    ).toThrow('ninjs could not become an article: its body is nested too deeply');
    expect(() => importJsonText('{"uri":5,"headline":"h"}')).toThrow(
      'not a ninjs document: "uri" should be text, not a number',
    );
    expect(() => importJsonText('{"uri":"u","bodies":7}')).toThrow(
      'not a ninjs document: "bodies" should be a list, not a number',
    );
    // Brackets inside strings are text, not nesting.
    expect(importJsonText(JSON.stringify({ uri: 'x', body_text: '['.repeat(5000) })).kind).toBe(
      'ninjs',
    );
  });
});
