import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { fromBase64, toBase64 } from '../../../../electron/desk/base64';
import { DeskDoc } from '../../../../electron/desk/desk-doc';
import { deskLogFile } from '../../../../electron/desk/desk-client';
import { refusal, useHandlers, value } from './handler-fixture';

const t = useHandlers();
const id = 'abcdefghij012345';

/** An article this computer has opened before: its log holds a headline. */
async function knownArticle(headline: string): Promise<Y.Doc> {
  const source = new Y.Doc();
  source.getText('headline').insert(0, headline);
  const deskDoc = await DeskDoc.open(id, deskLogFile(t.ws.root, id));
  await deskDoc.applyLocal(Y.encodeStateAsUpdate(source));
  await deskDoc.close();
  return source;
}

describe('desk handlers without a connection', () => {
  it('say the workspace is offline with no desk', async () => {
    expect(value(await t.handlers['desk:state'](undefined))).toEqual({
      url: null,
      user: null,
      status: 'offline',
      pending: 0,
      error: null,
    });
    expect(value(await t.handlers['desk:list'](undefined))).toEqual([]);
  });

  it('open, edit and list an article known here, durably, counting pending changes', async () => {
    const source = await knownArticle('Ferry');
    const opened = value(await t.handlers['desk:open']({ id }));
    expect(opened.pending).toBe(1);
    const mirror = new Y.Doc();
    Y.applyUpdate(mirror, fromBase64(opened.update));
    expect(mirror.getText('headline').toString()).toBe('Ferry');

    const before = Y.encodeStateVector(source);
    source.getText('headline').insert(5, ' sinks');
    const update = toBase64(Y.encodeStateAsUpdate(source, before));
    expect(value(await t.handlers['desk:update']({ id, update }))).toEqual({ pending: 2 });
    expect(value(await t.handlers['desk:list'](undefined))).toEqual([
      { id, headline: 'Ferry sinks', status: 'draft', updated: '' },
    ]);
    expect(t.events.at(-1)).toEqual(['desk:state', expect.objectContaining({ pending: 2 })]);
    value(await t.handlers['desk:close']({ id }));

    const again = value(await t.handlers['desk:open']({ id }));
    const replayed = new Y.Doc();
    Y.applyUpdate(replayed, fromBase64(again.update));
    expect(replayed.getText('headline').toString()).toBe('Ferry sinks');
  });

  it('refuse an article that was never on this computer while offline', async () => {
    expect(refusal(await t.handlers['desk:open']({ id }))).toBe(
      `article ${id} is not on this computer yet: connect to the desk to open it the first time`,
    );
  });

  it('refuse hostile payloads with a message naming the problem, writing nothing', async () => {
    await knownArticle('Ferry');
    value(await t.handlers['desk:open']({ id }));
    const cases: [keyof typeof t.handlers, unknown, RegExp][] = [
      [
        'desk:update',
        { id, update: 'not base64!' },
        /^Refused desk:update: update: update is not base64$/,
      ],
      [
        'desk:update',
        { id: '../../etc', update: 'AAA=' },
        /^Refused desk:update: id: not an article id$/,
      ],
      ['desk:update', { id, update: 'AAA=', extra: 1 }, /^Refused desk:update: Unrecognized key/],
      [
        'desk:update',
        { id, update: '/////wE=' },
        new RegExp(`^refused a malformed update for article ${id}`),
      ],
      [
        'desk:update',
        { id: 'zzzzzzzzzzzzzzzz', update: 'AAA=' },
        /is not open on the desk: open it first$/,
      ],
      ['desk:awareness', { id, update: '/////wE=' }, /^refused a malformed awareness update/],
      [
        'desk:connect',
        { url: 'file:///etc/passwd', token: 't' },
        /^Refused desk:connect: url: desk URL must be/,
      ],
      ['desk:connect', { url: 'ws://127.0.0.1:1', token: '' }, /^Refused desk:connect: token: /],
    ];
    for (const [channel, payload, message] of cases) {
      expect(refusal(await t.handlers[channel](payload)), channel).toMatch(message);
    }
    expect(value(await t.handlers['desk:state'](undefined)).pending).toBe(1);
    expect(await readdir(path.join(t.ws.root, '.newsroom', 'desk'))).toEqual([`${id}.updates`]);
  });
});
