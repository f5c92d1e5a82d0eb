import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import * as Y from 'yjs';
import { deskText } from '../../../../core/desk/desk-layout';
import { DeskClient as AppDeskClient } from '../../../../electron/desk/desk-client';
import type { DeskState } from '../../../../electron/ipc/desk-contract';
import { Workspace } from '../../../../electron/store/workspace';
import { DeskClient, startServer, until, type ServerProcess } from './desk-harness';
import { deskFixture, savedArticle, typeInParagraph, type DeskFixture } from './desk-fixture';
import { startRelay, type DeskRelay, type RelayedMessage } from './desk-relay';

// The count of changes waiting after the desk comes back, judged against what the desk process
// has applied. The desk acknowledges each update-carrying message, in order, once applied; the relay
// passes every message on, so it knows what the desk holds before the laptop can hear of it.

let fx: DeskFixture;
let ids: string[];
let server: ServerProcess;
let relay: DeskRelay;
const closers: (() => unknown)[] = [];

beforeEach(async () => {
  fx = await deskFixture();
  const ws = await Workspace.open(fx.data);
  const { article } = await ws.articles.create({ headline: 'Harbour reopens' });
  await ws.close();
  ids = [fx.id, article.id];
  server = await startServer({ data: fx.data, users: fx.users });
  relay = await startRelay(server.url);
}, 60_000);
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
  if (relay.server.listening) await relay.down();
  if (server.child.exitCode === null && server.child.signalCode === null) await server.stop();
  await fx.cleanup();
});

/** The app's desk client on the laptop's workspace; `onState` hears each state it emits. */
async function laptop(onState: (state: DeskState) => void = () => undefined) {
  const ws = await Workspace.open(path.join(fx.dir, 'laptop'));
  const client = new AppDeskClient({
    workspace: ws,
    emit: (event, payload) => {
      if (event === 'desk:state') onState(payload as DeskState);
    },
    backoff: { delay: 50, maxDelay: 300 },
  });
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await client.close();
    await ws.close();
  };
  closers.push(close);
  return { client, close };
}

interface Edit {
  id: string;
  update: Uint8Array;
}

/** Edits as a window makes them: several fields of every article, one update each. */
async function editEverything(client: AppDeskClient): Promise<Edit[]> {
  const edits: Edit[] = [];
  for (const id of ids) {
    const window = new Y.Doc();
    Y.applyUpdate(window, Y.encodeStateAsUpdate(await client.document(id)));
    const edit = async (change: (doc: Y.Doc) => void) => {
      const before = Y.encodeStateVector(window);
      change(window);
      const update = Y.encodeStateAsUpdate(window, before);
      edits.push({ id, update });
      await client.update(id, update);
    };
    await edit((doc) => deskText(doc, 'headline').insert(0, 'Offline '));
    await edit((doc) => deskText(doc, 'kicker').insert(0, 'XOffline kicker'));
    await edit((doc) => deskText(doc, 'kicker').delete(0, 1));
    await edit((doc) => deskText(doc, 'standfirst').insert(0, 'Offline standfirst'));
    if (id === fx.id) await edit((doc) => typeInParagraph(doc, 1, 'Offline '));
  }
  return edits;
}

/**
 * What the desk process holds of each article, as the relay sees it: the state it stored before
 * the laptop went offline, what it sent, and each update the laptop sent once it acknowledged it.
 */
class DeskView {
  private readonly docs = new Map<string, Y.Doc>();
  private readonly unacknowledged = new Map<string, Uint8Array[]>();

  constructor(states: Map<string, Uint8Array>) {
    for (const [id, state] of states) {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, state);
      this.docs.set(id, doc);
      this.unacknowledged.set(id, []);
    }
  }

  see(message: RelayedMessage): void {
    const doc = this.docs.get(message.doc);
    const waiting = this.unacknowledged.get(message.doc);
    if (!doc || !waiting) return;
    const carries = message.kind === 'Update' || message.kind === 'SyncStep2';
    if (message.direction === 'up') {
      // A new connection: what the last one left unacknowledged never reached the desk.
      if (message.kind === 'Auth') waiting.length = 0;
      if (carries) waiting.push(message.payload as Uint8Array);
      return;
    }
    const applied = message.kind === 'SyncStatus' && message.payload === 1 && waiting.shift();
    if (applied) Y.applyUpdate(doc, applied);
    if (carries) Y.applyUpdate(doc, message.payload as Uint8Array);
  }

  /** The fewest changes a truthful count may say are waiting: every edit of an article the desk lacks any of. */
  leastWaiting(edits: readonly Edit[]): number {
    const counts = ids.map((id) => {
      const held = Y.snapshot(this.docs.get(id)!);
      const mine = edits.filter((e) => e.id === id);
      return mine.some((e) => !Y.snapshotContainsUpdate(held, e.update)) ? mine.length : 0;
    });
    return counts.reduce((a, b) => a + b, 0);
  }
}

interface Judged {
  status: DeskState['status'];
  pending: number;
  /** The fewest waiting changes the desk's holdings allowed when the state was emitted. */
  least: number;
}

/**
 * Online with both articles synced, the desk stops (SIGTERM, so it stores everything) and the
 * laptop edits offline; from then on every state the laptop emits is judged as it is emitted.
 */
async function offlineLaptop() {
  const judged: Judged[] = [];
  let judge: (state: DeskState) => void = () => undefined;
  const { client, close } = await laptop((state) => judge(state));
  client.connect(relay.url, fx.reporter);
  for (const id of ids) await client.open(id);
  await until(() => client.state().status === 'synced');
  const before = new Map<string, Uint8Array>();
  for (const id of ids) before.set(id, Y.encodeStateAsUpdate(await client.document(id)));
  const port = server.port;
  await server.stop();
  await relay.down();
  await until(() => client.state().status === 'offline');
  const edits = await editEverything(client);
  expect(client.state().pending).toBe(edits.length);
  const view = new DeskView(before);
  relay.onMessage = (message) => view.see(message);
  judge = ({ status, pending }) =>
    judged.push({ status, pending, least: view.leastWaiting(edits) });
  return { client, close, edits, view, judged, port };
}

/** The judged states that claim more than the desk held: too few changes waiting, or synced. */
function untruthful(judged: readonly Judged[]): string[] {
  return judged
    .filter(({ status, pending, least }) => pending < least || (status === 'synced' && least > 0))
    .map(({ status, pending, least }) => `${status}, ${pending} waiting, desk lacks ${least}`);
}

/** The offline edits are in the desk's folder, as the desk derived them. */
async function onTheDesk(): Promise<void> {
  await until(async () => {
    const [first, second] = await Promise.all(ids.map((id) => savedArticle(fx.data, id)));
    return (
      first!.headline === 'Offline Floods in the valley' &&
      first!.kicker === 'Offline kicker' &&
      first!.standfirst === 'Offline standfirst' &&
      JSON.stringify(first!.body).includes('Offline Two.') &&
      second!.headline === 'Offline Harbour reopens' &&
      second!.kicker === 'Offline kicker'
    );
  });
}

/** Lets the first update of each article through, then holds everything the laptop sends. */
function holdAfterFirstUpdates(): void {
  const through = new Set<string>();
  relay.hold = (m) => {
    if (m.direction !== 'up' || m.kind !== 'Update') return false;
    if (through.has(m.doc)) return true;
    through.add(m.doc);
    return false;
  };
}

it('no state claims more than the desk holds while offline edits arrive', async () => {
  const { edits, judged, port } = await offlineLaptop();
  // The desk's answer to the first offline edit reaches the laptop while the rest are held back.
  holdAfterFirstUpdates();
  const from = relay.messages.length;
  server = await startServer({ data: fx.data, users: fx.users, port });
  await relay.up();
  await until(() =>
    relay.messages.slice(from).some((m) => m.direction === 'down' && m.kind === 'SyncStatus'),
  );
  await relay.drained();
  relay.release();
  await until(() => judged.at(-1)?.status === 'synced' && judged.at(-1)?.pending === 0);
  expect(untruthful(judged)).toEqual([]);
  expect(judged.at(-1)).toEqual({ status: 'synced', pending: 0, least: 0 });
  expect(judged.map((j) => j.pending)).toContain(edits.length);
  await onTheDesk();
});

it('no state claims more than the desk holds when nothing is held back', async () => {
  const { judged, port } = await offlineLaptop();
  server = await startServer({ data: fx.data, users: fx.users, port });
  await relay.up();
  await until(() => judged.at(-1)?.status === 'synced' && judged.at(-1)?.pending === 0);
  expect(untruthful(judged)).toEqual([]);
  expect(judged.at(-1)).toEqual({ status: 'synced', pending: 0, least: 0 });
  await onTheDesk();
});

const killPoints: [string, (m: RelayedMessage) => boolean][] = [
  ['the socket opens', (m) => m.direction === 'up'],
  ['its sync step 2 arrives', (m) => m.direction === 'down' && m.kind === 'SyncStep2'],
  ['it acknowledges the first edit', (m) => m.direction === 'down' && m.kind === 'SyncStatus'],
];

it.each(killPoints)(
  'the desk killed as %s: the restarted app still counts what the desk lacks',
  async (_point, killWhen) => {
    const { client, close, edits, view, judged, port } = await offlineLaptop();
    holdAfterFirstUpdates();
    let killed: Promise<void> | null = null;
    relay.onMessage = (message) => {
      view.see(message);
      if (killed || !killWhen(message)) return;
      // Nothing more reaches the desk, then it dies without storing what it applied.
      relay.hold = () => true;
      killed = server.kill().then(() => relay.down());
    };
    server = await startServer({ data: fx.data, users: fx.users, port });
    await relay.up();
    await until(() => killed !== null);
    await killed;
    await until(() => client.state().status === 'offline');
    expect(untruthful(judged)).toEqual([]);
    await close();
    relay.release();
    relay.hold = () => false;

    // The app starts again from its log, the desk still away.
    const again = await laptop();
    const waiting = new Map<string, number>();
    for (const id of ids) waiting.set(id, (await again.client.follow(id)).pending);

    // The desk, started again, holds what it stored; the count must cover every edit it lacks.
    server = await startServer({ data: fx.data, users: fx.users, port });
    const watcher = new DeskClient(server.url, fx.editor);
    closers.push(() => watcher.destroy());
    const docs = ids.map((id) => watcher.open(id));
    await until(() => watcher.allSynced());
    for (const [i, id] of ids.entries()) {
      const held = Y.snapshot(docs[i]!);
      const mine = edits.filter((e) => e.id === id);
      const lacking = mine.filter((e) => !Y.snapshotContainsUpdate(held, e.update));
      expect(waiting.get(id), `article ${i + 1} lacks ${lacking.length} edits`).toBe(
        lacking.length > 0 ? mine.length : waiting.get(id),
      );
    }

    // Reconnected, the laptop sends what the desk lacks and says so only then.
    await relay.up();
    again.client.connect(relay.url, fx.reporter);
    for (const id of ids) await again.client.open(id);
    await until(() => again.client.state().status === 'synced');
    expect(again.client.state().pending).toBe(0);
    await onTheDesk();
  },
);
