import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { channels, requestSchemas, type Channel } from '../../../../electron/ipc/contract';
import { createHandlers, type HandlerTable } from '../../../../electron/ipc/handlers';
import { endExifTool } from '../../../../electron/photos/exiftool-process';
import { Workspace } from '../../../../electron/store/workspace';
import { sampleArticle } from '../../core/export/sample-article';

// Exports start the shared ExifTool process; end it as the app and the CLI do.
afterAll(endExifTool);

// At least 1,000 runs per property in CI; fewer on a developer's machine.
const RUNS = process.env.CI ? 1000 : 100;
const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort();

const article = sampleArticle();
const id = article.id;
/** One valid payload per channel: the starting point the mutations below break. */
const valid: Record<Channel, unknown> = {
  'workspace:info': undefined,
  'workspace:open': undefined,
  'article:list': undefined,
  'article:search': { query: 'ferry' },
  'article:create': undefined,
  'article:open': { id },
  'article:read': { id },
  'article:last': undefined,
  'article:save': { article, revision: 'abc' },
  'article:save-copy': { article },
  'article:delete': { id },
  'article:import': undefined,
  'article:import-bytes': { name: 'story.txt', bytes: new Uint8Array([72, 105]) },
  'article:recognise': { text: 'Headline', html: null },
  'photo:attach': { id },
  'photo:import': { id, name: 'a.jpg', bytes: new Uint8Array([1, 2, 3]) },
  'photo:recall': { id, photo: article.leadPhoto },
  'credits:recent': undefined,
  'export:check': { id },
  'export:run': { ids: [id], format: 'html', force: true },
  'history:list': { id },
  'history:read': { id, snapshot: '20260101T000000000Z-abcdef' },
  'history:restore': { id, snapshot: '2026-01-01T00-00-00Z-abc.json' },
  'history:snapshot': { id },
  'recovery:write': { article },
  'recovery:list': undefined,
  'recovery:take': { id },
  'recovery:discard': { id },
  'spelling:words': undefined,
  'spelling:add-word': { word: 'Aftenposten' },
  'settings:read': undefined,
  'settings:update': { language: 'nb' },
  'app:ready-to-close': undefined,
  'desk:connect': { url: 'ws://127.0.0.1:1234', token: 'secret' },
  'desk:disconnect': undefined,
  'desk:state': undefined,
  'desk:list': undefined,
  'desk:open': { id },
  'desk:update': { id, update: 'AAA=' },
  'desk:heard': { id, update: 'AAA=' },
  'desk:in-step': { id, inStep: false, stateVector: 'AA==' },
  'desk:awareness': { id, update: 'AAA=' },
  'desk:close': { id },
  'desk:create': undefined,
  'desk:photo-attach': { id },
  'desk:photo-import': { id, name: 'a.jpg', bytes: new Uint8Array([1, 2, 3]) },
  'desk:history-list': { id },
  'desk:history-read': { id, snapshot: 'e12' },
};

const hostileKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'polluted');
const key = fc.oneof(
  hostileKey,
  fc.constantFrom(
    'id',
    'article',
    'revision',
    'ids',
    'format',
    'bytes',
    'photo',
    'query',
    'update',
  ),
  fc.string({ maxLength: 5 }),
);

/** JSON as JSON.parse makes it: `__proto__` and `constructor` arrive as own keys. */
const hostileJson: fc.Arbitrary<unknown> = fc
  .letrec<{ text: string }>((tie) => ({
    text: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.jsonValue({ maxDepth: 1 }).map((v) => JSON.stringify(v) ?? 'null'),
      fc
        .array(fc.tuple(key, tie('text')), { maxLength: 4 })
        .map((entries) => `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`),
      fc.constant('{"polluted":"yes","toString":"x"}'),
      fc.array(tie('text'), { maxLength: 3 }).map((items) => `[${items.join(',')}]`),
    ),
  }))
  .text.map((text) => JSON.parse(text) as unknown);

const anyValue = fc.oneof(
  hostileJson,
  fc.constantFrom(undefined, null, Number.NaN, Infinity, -0, 2n ** 70n, Symbol('s'), () => 1),
  fc.uint8Array({ maxLength: 8 }),
  fc.date(),
);

/** A valid payload with one key added (own __proto__ included) or one value replaced. */
function mutations(channel: Channel): fc.Arbitrary<unknown> {
  const base = valid[channel];
  const object = typeof base === 'object' && base !== null ? (base as Record<string, unknown>) : {};
  const keys = Object.keys(object);
  const withKey = fc.tuple(key, anyValue).map(([k, v]) => {
    const copy: Record<string, unknown> = { ...object };
    Object.defineProperty(copy, k, {
      value: v,
      enumerable: true,
      writable: true,
      configurable: true,
    });
    return copy;
  });
  const replaced = keys.length
    ? fc
        .tuple(fc.constantFrom(...keys), anyValue)
        .map(([k, v]) => ({ ...object, [k]: v }) as unknown)
    : anyValue;
  return fc.oneof(anyValue, withKey, replaced);
}

let dir: string;
let ws: Workspace;
let handlers: HandlerTable;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsroom-payloads-'));
  ws = await Workspace.open(join(dir, 'ws'));
  const refuse = () => Promise.reject(new Error('no dialog in this test'));
  handlers = createHandlers({
    workspace: () => ws,
    switchWorkspace: refuse,
    dialogs: { open: refuse, save: refuse },
    emit: () => undefined,
  });
});
afterAll(async () => {
  await ws.close();
  await rm(dir, { recursive: true, force: true });
});
afterEach(() => {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

describe('IPC payload schemas under arbitrary input (properties)', { timeout: 600_000 }, () => {
  it('every channel has a valid sample payload here, and its schema accepts it', () => {
    expect(Object.keys(valid).sort()).toEqual([...channels].sort());
    for (const channel of channels)
      expect(requestSchemas[channel].safeParse(valid[channel]).success, channel).toBe(true);
  });

  it.each(channels)(
    '%s: arbitrary payloads never throw or pollute; invalid ones are refused with a message before any work',
    async (channel) => {
      await fc.assert(
        fc.asyncProperty(mutations(channel), async (payload) => {
          let parsed: ReturnType<(typeof requestSchemas)[typeof channel]['safeParse']>;
          expect(() => {
            parsed = requestSchemas[channel].safeParse(payload);
          }).not.toThrow();
          if (parsed!.success) {
            // Strict objects: nothing beyond the contract's keys gets through, __proto__ included.
            const data = parsed!.data as unknown;
            if (typeof data === 'object' && data !== null && !(data instanceof Uint8Array)) {
              expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
              expect(
                Object.keys(data).every((k) => k in (valid[channel] as object) || k === 'force'),
              ).toBe(true);
            }
            return;
          }
          const answer = await handlers[channel](payload);
          expect(answer.ok).toBe(false);
          if (!answer.ok) {
            expect(answer.error).toMatch(new RegExp(`^Refused ${channel}: \\S`));
            expect(answer.error).not.toMatch(/[\n\r]/);
          }
        }),
        { numRuns: RUNS },
      );
      // Refused requests did no work: the workspace still holds no article.
      expect((await readdir(ws.root)).filter((name) => !name.startsWith('.'))).toEqual([]);
    },
  );
});
