import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { OutsideCommand, OutsideReply } from './outside-writer';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A running outside-writer process on a workspace. */
export interface OutsideProcess {
  /** Sends a command and resolves with the process's answer (rejects when it failed). */
  do(command: OutsideCommand): Promise<OutsideReply>;
  stop(): Promise<void>;
}

/** Starts tests/support/outside-writer.ts as its own Node process (on `workspace` unless commands name theirs). */
export async function startOutsideWriter(workspace = ''): Promise<OutsideProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(repoRoot, 'tests/support/outside-writer.ts'), workspace],
    { cwd: repoRoot, stdio: ['pipe', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const waiting: ((reply: OutsideReply) => void)[] = [];
  const lines = createInterface({ input: child.stdout });
  lines.on('line', (line) => waiting.shift()?.(JSON.parse(line) as OutsideReply));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const next = () =>
    new Promise<OutsideReply>((resolve, reject) => {
      waiting.push(resolve);
      void exited.then(() => reject(new Error(`outside writer exited: ${stderr}`)));
    });
  await next();
  return {
    async do(command) {
      const reply = next();
      child.stdin.write(JSON.stringify(command) + '\n');
      const answer = await reply;
      if (!answer.ok) throw new Error(`outside writer: ${answer.error}`);
      return answer;
    },
    async stop() {
      child.stdin.end();
      await exited;
    },
  };
}
