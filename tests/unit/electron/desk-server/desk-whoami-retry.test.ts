import net from 'node:net';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { DeskClient } from '../../../../electron/desk/desk-client';
import { Workspace } from '../../../../electron/store/workspace';
import { startServer, until, type ServerProcess } from './desk-harness';
import { deskFixture, type DeskFixture } from './desk-fixture';

let fx: DeskFixture;
let server: ServerProcess;
let proxy: net.Server;

/**
 * A TCP relay to the desk that resets the first `count` connections asking GET /whoami, as a
 * proxy or a desk restarting mid-request would; every other byte passes untouched.
 */
function resettingRelay(port: number, count: number): Promise<{ server: net.Server; url: string }> {
  let toReset = count;
  const relay = net.createServer((inbound) => {
    inbound.once('data', (first: Buffer) => {
      if (toReset > 0 && first.toString('latin1').startsWith('GET /whoami')) {
        toReset--;
        inbound.resetAndDestroy();
        return;
      }
      const outbound = net.connect(port, '127.0.0.1', () => {
        outbound.write(first);
        inbound.pipe(outbound).pipe(inbound);
      });
      outbound.on('error', () => inbound.destroy());
      inbound.on('error', () => outbound.destroy());
    });
  });
  return new Promise((resolve) => {
    relay.listen(0, '127.0.0.1', () => {
      const { port: relayPort } = relay.address() as net.AddressInfo;
      resolve({ server: relay, url: `ws://127.0.0.1:${relayPort}` });
    });
  });
}

beforeEach(async () => {
  fx = await deskFixture();
  server = await startServer({ data: fx.data, users: fx.users });
}, 60_000);
afterEach(async () => {
  await new Promise((r) => proxy?.close(r));
  await server.stop();
  await fx.cleanup();
});

it('a desk that drops the question of who the token is is asked again', async () => {
  const relay = await resettingRelay(server.port, 2);
  proxy = relay.server;
  const ws = await Workspace.open(path.join(fx.dir, 'laptop'));
  const log: string[] = [];
  const client = new DeskClient({
    workspace: ws,
    emit: () => undefined,
    backoff: { delay: 50, maxDelay: 200 },
    log: (line) => log.push(line),
  });
  try {
    client.connect(relay.url, fx.reporter);
    await client.open(fx.id);
    await until(() => client.state().user !== null, 20_000);
    expect(client.state().user).toEqual({ name: 'Rita Reporter', role: 'reporter' });
    expect(log.filter((l) => l.startsWith('desk did not say who the token is'))).toHaveLength(2);
  } finally {
    await client.close();
    await ws.close();
  }
});
