import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkArticleId, checkPhotoName } from '../../../../electron/store/path-safety';
import { sanitizePhotoName } from '../../../../electron/store/photo-name';
import { StoreError, Workspace } from '../../../../electron/store/workspace';
import { tempDir } from './temp-workspace';

const RUNS = process.env.CI ? 1_000 : 200;

/** Strings built from the pieces path attacks are made of, plus arbitrary Unicode. */
const hostileName = fc.oneof(
  fc
    .array(
      fc.constantFrom(
        '..',
        '.',
        '/',
        '\\',
        '%2e',
        '%2E',
        '%2f',
        '%5c',
        '\0',
        '\u0001',
        'CON',
        'nul',
        'Lpt1',
        'com9',
        ':',
        '*',
        '?',
        '"',
        '<',
        '>',
        '|',
        ' ',
        'a',
        'photo',
        '.jpg',
        '.JPEG',
        'é',
        '\u202e',
        '~',
        'C:',
      ),
      { maxLength: 12 },
    )
    .map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 300 }),
);

let dir: string;
let cleanup: () => Promise<void>;
let ws: Workspace;
let id: string;
let photos: string;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  ws = await Workspace.open(dir);
  id = (await ws.articles.create({ headline: 'Props' })).article.id;
  photos = path.join(await ws.articles.folder(id), 'photos');
});
afterAll(async () => {
  await ws.close();
  await cleanup();
});

describe('path safety properties', () => {
  it('sanitizePhotoName always yields a plain file name that checkPhotoName accepts', () => {
    fc.assert(
      fc.property(hostileName, (name) => {
        const safe = sanitizePhotoName(name);
        expect(checkPhotoName(safe)).toBe(safe);
        expect(path.dirname(path.join(photos, safe))).toBe(photos);
        expect(safe).not.toMatch(/[\\/\0]|^\.|%[0-9a-f]{2}/i);
      }),
      { numRuns: RUNS },
    );
  });

  it('photoPath either refuses with a StoreError or stays directly inside photos/', async () => {
    await fc.assert(
      fc.asyncProperty(hostileName, async (name) => {
        try {
          const resolved = await ws.photos.path(id, name);
          expect(path.dirname(resolved)).toBe(photos);
        } catch (error) {
          expect(error).toBeInstanceOf(StoreError);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('only 16-character [0-9a-z] ids pass as article ids', () => {
    fc.assert(
      fc.property(fc.oneof(hostileName, fc.string({ maxLength: 20 })), (candidate) => {
        const ok = /^[0-9a-z]{16}$/.test(candidate);
        if (ok) expect(checkArticleId(candidate)).toBe(candidate);
        else expect(() => checkArticleId(candidate)).toThrow(StoreError);
      }),
      { numRuns: RUNS },
    );
  });
});
