// @vitest-environment happy-dom
import { expect, it } from 'vitest';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { DeskState } from '../../../../electron/ipc/contract';
import { DeskArticle, type DeskArticleChannel } from '../../../../renderer/src/desk/desk-article';
import { DeskDocument } from '../../../../renderer/src/desk/desk-document';
import { DeskLive } from '../../../../renderer/src/desk/desk-live';

it('ending the window’s own link leaves the article’s carets working, through the main process', () => {
  const sent: Uint8Array[] = [];
  const document = new DeskDocument(
    new Uint8Array(),
    { sendUpdate: () => undefined, sendAwareness: (update) => sent.push(update) },
    'Ana Reporter',
  );
  // As the caret plugin does: it listens for others' carets from the start.
  const heard: number[][] = [];
  document.awareness.on('change', ({ added }: { added: number[] }) => heard.push(added));
  let ended = 0;
  // Nothing listens there: the link is still trying when it is stopped (a refused token, a sign-out).
  const live = new DeskLive(
    'c0ffee00-0000-4000-8000-000000000001',
    document,
    { url: 'ws://127.0.0.1:9', token: 'token' },
    () => ended++,
  );
  live.stop();
  live.stop();
  expect(ended).toBe(1);
  expect(live.synced).toBe(false);

  sent.length = 0;
  document.awareness.setLocalStateField('cursor', { anchor: 1, head: 1 });
  expect(sent).toHaveLength(1);
  expect(document.awareness.getLocalState()?.user).toMatchObject({ name: 'Ana Reporter' });

  const other = new Awareness(new Y.Doc());
  other.setLocalState({ user: { name: 'Ben Editor' } });
  document.receiveAwareness(encodeAwarenessUpdate(other, [other.clientID]));
  expect(heard.at(-1)).toEqual([other.clientID]);
  other.destroy();
  document.destroy();
});

it('a window signed out of the desk sends its caret through the main process from then on', async () => {
  const carets: string[] = [];
  const channel: DeskArticleChannel = {
    update: () => Promise.resolve(),
    heard: () => Promise.resolve(),
    awareness: (_id, update) => Promise.resolve(carets.push(update)),
    inStep: () => Promise.resolve(),
    outOfStep: () => Promise.resolve(null),
    close: () => Promise.resolve(),
  };
  const state: DeskState = {
    url: 'http://127.0.0.1:9',
    user: { name: 'Ana Reporter', role: 'reporter' },
    status: 'offline',
    pending: 0,
    error: null,
  };
  const article = new DeskArticle(
    'c0ffee00-0000-4000-8000-000000000002',
    '',
    0,
    state,
    'Ana Reporter',
    channel,
    { url: 'ws://127.0.0.1:9', token: 'token' },
  );
  // The window's own link loads apart (the article's import resolves first); carets go over it.
  await import('../../../../renderer/src/desk/desk-live');
  article.document.awareness.setLocalStateField('cursor', { anchor: 1, head: 1 });
  await Promise.resolve();
  expect(carets).toEqual([]);
  article.deskState({ ...state, url: null });
  await Promise.resolve();
  expect(carets).toHaveLength(1);
  article.document.awareness.setLocalStateField('cursor', { anchor: 2, head: 2 });
  await Promise.resolve();
  expect(carets).toHaveLength(2);
  article.close();
});
