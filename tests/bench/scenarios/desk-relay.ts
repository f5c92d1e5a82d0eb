// The floor of the desk benchmarks: a bare WebSocket relay in its own process that sends every
// message to every other client, with no auth, no Yjs and no storage.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { repoRoot } from '../../unit/electron/cli/run-cli-process';

const relaySource = `
import { WebSocketServer } from 'ws';
const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
wss.on('listening', () => console.log('ws://127.0.0.1:' + wss.address().port));
wss.on('connection', (socket) => {
  socket.on('message', (data, binary) => {
    for (const other of wss.clients) if (other !== socket && other.readyState === 1) other.send(data, { binary });
  });
});
`;

/** Starts the relay; resolves with its URL and child process once it listens. */
export function startRelay(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--input-type=module', '-e', relaySource], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout!.once('data', (d: Buffer) => resolve({ url: d.toString().trim(), child }));
    child.once('exit', (code) => reject(new Error(`relay exited ${code}`)));
  });
}

/** CPU time (user + system, ms) a process has used, from /proc (Linux clock ticks of 10 ms). */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}
