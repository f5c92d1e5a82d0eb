import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePathSegments, isInside } from '../../../../electron/shell/url-path';

describe('decodePathSegments', () => {
  it('decodes plain and percent-encoded segments', () => {
    expect(decodePathSegments('/media/abc/harbour%20at%20dawn.jpg')).toEqual([
      'media',
      'abc',
      'harbour at dawn.jpg',
    ]);
    expect(decodePathSegments('/caf%C3%A9.png')).toEqual(['café.png']);
  });

  it.each([
    '/a/../b',
    '/a/./b',
    '/a/%2e%2e/b',
    '/a/%2E./b',
    '/a%2fb',
    '/a%5Cb',
    '/a%00b',
    '/a%0Ab',
    '/C%3A',
    '/a//b',
    '/nul',
    '/COM1.txt',
    '/lpt9.jpg',
    '/name.',
    '/name%20',
  ])('refuses %s as an escape', (raw) => {
    expect(decodePathSegments(raw)).toBe('escape');
  });

  it('calls broken encoding and relative paths malformed', () => {
    expect(decodePathSegments('/%E0%A4%A')).toBe('malformed');
    expect(decodePathSegments('relative/x')).toBe('malformed');
  });

  it('never yields a path that leaves its root, whatever the input', () => {
    const root = path.resolve('/srv/root');
    const piece = fc.oneof(
      fc.constantFrom(
        '..',
        '.',
        '%2e',
        '%2E',
        '%2f',
        '%5c',
        '%00',
        '/',
        '\\',
        'a',
        'b.jpg',
        '%',
        ':',
        'C:',
      ),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const result = decodePathSegments('/' + parts.join(''));
        if (typeof result === 'string') return;
        expect(isInside(root, path.join(root, ...result))).toBe(true);
        expect(path.join(root, ...result)).not.toBe(root);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('isInside', () => {
  it('tells inside from outside', () => {
    expect(isInside('/a/b', '/a/b/c')).toBe(true);
    expect(isInside('/a/b', '/a/b')).toBe(true);
    expect(isInside('/a/b', '/a/bc')).toBe(false);
    expect(isInside('/a/b', '/a')).toBe(false);
    expect(isInside('/a/b', '/a/b/..c')).toBe(true);
  });
});
