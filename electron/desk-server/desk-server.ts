import { Redis } from '@hocuspocus/extension-redis';
import { OutgoingMessage, Server, type Extension, type onChangePayload } from '@hocuspocus/server';
import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import { articleId } from '../../core/article/article';
import type { DeskLogEntry } from '../../core/desk/desk-history';
import { metaPaths } from '../store/layout';
import { Workspace, WorkspaceLockedError } from '../store/workspace';
import { handleDeskRequest, MAX_PHOTO_BYTES } from './desk-http';
import { DeskStorage } from './desk-storage';
import { DeskUsers, type DeskUser } from './desk-users';
import { guardUpdate, RefusedUpdate, updateOfMessage } from './update-guard';

/** The largest WebSocket message the desk takes: far above a long article, far below a hostile flood. */
export const MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

export interface DeskServerOptions {
  /** The workspace folder the desk keeps its articles in. */
  data: string;
  users: string;
  host?: string;
  /** 0 asks the system for a free port. */
  port?: number;
  /** `redis://HOST:PORT` shared by several servers. */
  redis?: string;
  /** Milliseconds of quiet before a changed document is written (at most 5× that while it keeps changing). */
  storeDelayMs?: number;
  maxPhotoBytes?: number;
}

export interface DeskServer {
  /** `ws://host:port`; the same address serves HTTP. */
  url: string;
  port: number;
  /** Writes every open document to the data folder. */
  flush(): Promise<void>;
  /** Flushes, closes every connection and the workspace. */
  stop(): Promise<void>;
}

/** Redis sharing without its store lock: every server writes its own folder, and writes never collide. */
class DeskRedis extends Redis {
  constructor(configuration: ConstructorParameters<typeof Redis>[0]) {
    super(configuration);
    this.sub.on('ready', () => void this.catchUp().catch(() => undefined));
  }

  override async onStoreDocument(): Promise<void> {}
  override async afterStoreDocument(): Promise<void> {}

  /**
   * What was published while Redis was away is lost: once subscribed again, each server asks the
   * others for what it lacks of every open document, instead of waiting for the next edit.
   */
  private async catchUp(): Promise<void> {
    // ioredis resubscribes right after 'ready'; the PING's answer comes after the SUBSCRIBE's.
    await new Promise((resolve) => setImmediate(resolve));
    await this.sub.ping();
    for (const document of this.instance?.documents.values() ?? []) {
      const step1 = new OutgoingMessage(document.name)
        .createSyncMessage()
        .writeFirstSyncStepFor(document)
        .toUint8Array();
      await this.pub.publish(
        `${this.configuration.prefix}:${document.name}`,
        Buffer.concat([this.messagePrefix, step1]),
      );
    }
  }
}

interface Context {
  user: DeskUser;
}

/** Starts a desk server on a workspace folder: Hocuspocus for the documents, plain HTTP for photos. */
export async function startDeskServer(options: DeskServerOptions): Promise<DeskServer> {
  const ws = await openData(options.data);
  const users = new DeskUsers(options.users);
  const storage = new DeskStorage(ws);
  const changes = new Map<string, DeskLogEntry[]>();
  /** Documents changed since they were last written. */
  const dirty = new Set<string>();
  const storeDelay = options.storeDelayMs ?? 1000;
  /** The folder is closed: stop() has written everything. */
  let closed = false;
  /** Every document not destroyed yet, including one whose load outlived its connection. */
  const live = new Set<Y.Doc>();

  const takeChanges = (id: string): DeskLogEntry[] => {
    dirty.delete(id);
    const pending = changes.get(id) ?? [];
    changes.delete(id);
    return mergeRuns(pending);
  };

  const desk: Extension = {
    async onAuthenticate({ token, documentName }): Promise<Context> {
      if (!articleId.safeParse(documentName).success)
        throw new RefusedUpdate('not an article id', 4404);
      const user = await users.check(token);
      if (!user) throw new RefusedUpdate('a valid token is required', 4401);
      return { user };
    },
    async onLoadDocument({ documentName, document }) {
      live.add(document);
      document.on('destroy', () => live.delete(document));
      try {
        const state = await storage.load(documentName);
        if (state) Y.applyUpdate(document, state, storage);
      } catch (error) {
        // Hocuspocus lets go of a document that failed to load without destroying it: its awareness
        // timer would run for ever, and keep a stopping desk from exiting.
        document.destroy();
        throw error;
      }
    },
    async beforeHandleMessage({ update, document, documentName, context }) {
      const carried = updateOfMessage(update);
      if (carried) guardUpdate(document, documentName, carried, (context as Context).user);
    },
    async onChange(payload: onChangePayload) {
      if (payload.transactionOrigin !== storage) dirty.add(payload.documentName);
      const user = (payload.context as Partial<Context>).user;
      if (user) {
        const list = changes.get(payload.documentName) ?? [];
        list.push({
          time: new Date().toISOString(),
          user: user.name,
          role: user.role,
          update: payload.update,
        });
        changes.set(payload.documentName, list);
      } else if (payload.transactionOrigin !== storage) {
        // Changes from another server arrive through Redis; this server keeps them in its folder too.
        payload.instance.storeDocumentHooks(payload.document, payload);
      }
    },
    async onStoreDocument({ documentName, document }) {
      // Hocuspocus also stores on unload and on late debounce timers: unchanged is nothing to write,
      // and after stop() has written everything and closed the folder there is nothing left to write.
      if (!dirty.has(documentName) || closed) return;
      await storage.store(documentName, document, takeChanges(documentName));
    },
    async afterUnloadDocument({ documentName }) {
      storage.forget(documentName);
    },
    async onRequest({ request, response }) {
      await handleDeskRequest(request, response, {
        ws,
        users,
        maxPhotoBytes: options.maxPhotoBytes ?? MAX_PHOTO_BYTES,
      });
      // Stop Hocuspocus's default reply: the response is sent.
      throw null;
    },
  };

  const extensions: Extension[] = [desk];
  if (options.redis) {
    const { hostname, port } = new URL(options.redis);
    extensions.push(
      new DeskRedis({
        host: hostname,
        port: Number(port || 6379),
        // Wait for Redis to come back instead of failing publishes while it is away.
        options: { maxRetriesPerRequest: null },
      }),
    );
  }
  const server = new Server(
    {
      port: options.port ?? 1234,
      address: options.host ?? '127.0.0.1',
      quiet: true,
      stopOnSignals: false,
      debounce: storeDelay,
      maxDebounce: storeDelay * 5,
      extensions,
    },
    { maxPayload: MAX_MESSAGE_BYTES },
  );
  await server.listen();
  const port = server.address.port;
  const host = options.host ?? '127.0.0.1';

  const flush = async () => {
    for (const document of [...server.hocuspocus.documents.values()]) {
      if (!dirty.has(document.name)) continue;
      await storage.store(document.name, document, takeChanges(document.name));
    }
    await storage.idle();
  };
  return {
    url: `ws://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    flush,
    async stop() {
      // Loads and stores under way finish first.
      await flush();
      server.httpServer.close();
      server.webSocketServer.close();
      await Promise.all([...server.webSocketServer.clients].map(closeSocket));
      // A document still loading when its socket closed lands now, with nobody left to unload it.
      await Promise.allSettled(server.hocuspocus.loadingDocuments.values());
      // Changes that arrived while the sockets closed.
      await flush();
      closed = true;
      // Each document's awareness runs a timer: one left running would keep the process alive.
      for (const document of [...live]) document.destroy();
      await server.hocuspocus.hooks('onDestroy', { instance: server.hocuspocus });
      await ws.close();
    },
  };
}

/** How long a client may take to answer the desk's close before its socket is dropped. */
const CLOSE_WAIT_MS = 2000;

/** Closes a client's socket and resolves once it is closed (dropped if the client does not answer). */
function closeSocket(socket: WebSocket): Promise<void> {
  return new Promise((resolve) => {
    if (socket.readyState === socket.CLOSED) return resolve();
    const timer = setTimeout(() => socket.terminate(), CLOSE_WAIT_MS);
    socket.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
    socket.close(1001, 'the desk is shutting down');
  });
}

/** Consecutive changes by one person become one log line. */
function mergeRuns(entries: DeskLogEntry[]): DeskLogEntry[] {
  const runs: DeskLogEntry[][] = [];
  for (const entry of entries) {
    const last = runs.at(-1);
    if (last && last[0]!.user === entry.user) last.push(entry);
    else runs.push([entry]);
  }
  return runs.map((run) => ({
    ...run.at(-1)!,
    update: run.length === 1 ? run[0]!.update : Y.mergeUpdates(run.map((e) => e.update)),
  }));
}

/**
 * Takes the data folder's lock: two servers writing one folder race when a headline change renames
 * an article's folder, so a folder another live server (or the app) holds is refused.
 */
async function openData(dir: string): Promise<Workspace> {
  const ws = await Workspace.open(dir, { readOnlyIfLocked: false }).catch((error: unknown) => {
    if (!(error instanceof WorkspaceLockedError)) throw error;
    throw new Error(
      `the data folder ${error.root} is in use by ${error.holder} (lock file ${metaPaths(error.root).lock}): give each server a folder of its own, or stop the other one first`,
      { cause: error },
    );
  });
  if (!ws.readOnly) return ws;
  const reason = ws.readOnlyReason;
  await ws.close();
  throw new Error(`the data folder ${ws.root} cannot be served: ${reason}`);
}
