// A relay between a laptop and a desk server that names every message and can hold the laptop's.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as decoding from 'lib0/decoding';
import WebSocket, { WebSocketServer } from 'ws';

export type Direction = 'up' | 'down';

/** One Hocuspocus message as the relay saw it pass. */
export interface RelayedMessage {
  direction: Direction;
  doc: string;
  /** Auth, SyncStep1, SyncStep2, Update, SyncStatus, Awareness, … */
  kind: string;
  /** The Yjs payload of a sync message; for SyncStatus, 1 when applied. */
  payload: Uint8Array | number | null;
}

const syncKinds = ['SyncStep1', 'SyncStep2', 'Update'];
const messageKinds: Record<number, string> = {
  1: 'Awareness',
  2: 'Auth',
  3: 'QueryAwareness',
  5: 'Stateless',
  7: 'Close',
};

/** Decodes the parts of a Hocuspocus message a test reasons about. */
export function describeMessage(direction: Direction, data: Uint8Array): RelayedMessage {
  const decoder = decoding.createDecoder(data);
  const doc = decoding.readVarString(decoder);
  const type = decoding.readVarUint(decoder);
  if (type === 0 || type === 4) {
    const step = decoding.readVarUint(decoder);
    return {
      direction,
      doc,
      kind: syncKinds[step] ?? `Sync${step}`,
      payload: decoding.readVarUint8Array(decoder),
    };
  }
  if (type === 8)
    return { direction, doc, kind: 'SyncStatus', payload: decoding.readVarInt(decoder) };
  return { direction, doc, kind: messageKinds[type] ?? `type ${type}`, payload: null };
}

/**
 * A local address that forwards WebSocket connections and HTTP requests to `target` (a desk's
 * ws:// URL). `hold(message)` returning true keeps a laptop's message (and every later one of
 * that connection) back until `release()`; `onMessage` sees each message as it is forwarded.
 */
export async function startRelay(target: string): Promise<DeskRelay> {
  const relay = new DeskRelay(target);
  await relay.up();
  return relay;
}

export class DeskRelay {
  readonly server: http.Server;
  readonly messages: RelayedMessage[] = [];
  hold: (message: RelayedMessage) => boolean = () => false;
  onMessage: (message: RelayedMessage) => void = () => undefined;
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly held: (() => void)[] = [];
  private holding = false;
  private readonly sockets = new Set<WebSocket>();
  private port = 0;

  constructor(private readonly target: string) {
    this.server = http.createServer((req, res) => this.forwardHttp(req, res));
    this.server.on('upgrade', (req, socket, head) => {
      // The laptop's socket opens only once the desk's has: a desk that is away refuses, as it would.
      const upstream = new WebSocket(new URL(req.url ?? '/', this.target));
      upstream.once('error', () => socket.destroy());
      socket.once('error', () => upstream.terminate());
      upstream.once('open', () =>
        this.wss.handleUpgrade(req, socket, head, (client) => this.pair(client, upstream)),
      );
    });
  }

  get url(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  /** Listens (again, on the same port): the desk is reachable. */
  async up(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  /** Stops listening and drops every connection: the laptop finds no desk, as when it is away. */
  async down(): Promise<void> {
    for (const socket of this.sockets) socket.terminate();
    await new Promise((resolve) => this.server.close(resolve));
  }

  /** Forwards every held message, in order, and holds nothing more until `hold` says so. */
  release(): void {
    this.holding = false;
    for (const send of this.held.splice(0)) send();
  }

  /** Resolves once the laptop has read everything the relay sent it (a ping's pong comes back). */
  async drained(): Promise<void> {
    await Promise.all(
      [...this.sockets].map(
        (socket) =>
          new Promise<void>((resolve) => {
            if (socket.readyState !== WebSocket.OPEN) return resolve();
            socket.once('pong', () => resolve());
            socket.once('close', () => resolve());
            socket.ping();
          }),
      ),
    );
  }

  private pair(client: WebSocket, upstream: WebSocket): void {
    this.sockets.add(client);
    const up = (data: WebSocket.RawData) => {
      const message = describeMessage('up', new Uint8Array(data as Buffer));
      const send = () => {
        if (upstream.readyState !== WebSocket.OPEN) return;
        this.messages.push(message);
        this.onMessage(message);
        upstream.send(data);
      };
      if (!this.holding && this.hold(message)) this.holding = true;
      if (this.holding) this.held.push(send);
      else send();
    };
    client.on('message', up);
    upstream.on('message', (data) => {
      const message = describeMessage('down', new Uint8Array(data as Buffer));
      this.messages.push(message);
      this.onMessage(message);
      if (client.readyState === WebSocket.OPEN) client.send(data);
    });
    const end = () => {
      this.sockets.delete(client);
      // What the desk sent before it went reaches the laptop first, as over a real connection.
      client.close();
      upstream.terminate();
    };
    upstream.on('close', end);
    upstream.on('error', end);
    client.on('close', end);
    client.on('error', end);
  }

  private forwardHttp(req: http.IncomingMessage, res: http.ServerResponse): void {
    const target = new URL(this.target);
    const upstream = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: req.url,
        method: req.method,
        headers: req.headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      res.writeHead(502);
      res.end('the desk behind the relay is away');
    });
    req.pipe(upstream);
  }
}
