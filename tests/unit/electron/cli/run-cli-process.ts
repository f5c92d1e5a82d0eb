import { spawn } from 'node:child_process';
import path from 'node:path';
import { runCli } from '../../../../electron/cli/run-cli';

export const repoRoot = path.resolve(import.meta.dirname, '../../../..');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node --import tsx electron/cli.ts ...args` from the repo root as a real child process. */
export function runCliProcess(args: string[], options: { input?: string } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'electron/cli.ts', ...args], {
      cwd: repoRoot,
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

/** Runs the CLI in this process, its stdout and stderr as lines: quicker where a process adds nothing. */
export async function runCliInProcess(args: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runCli(
    args,
    (l) => void stdout.push(l),
    (l) => void stderr.push(l),
  );
  return { code, stdout, stderr };
}

/** Asserts the CLI's error contract: exactly one line on stderr, no stack trace. */
export function oneLine(stderr: string): string {
  const lines = stderr.trimEnd().split('\n');
  if (lines.length !== 1) throw new Error(`expected one line on stderr, got:\n${stderr}`);
  if (/\n\s+at |node:internal/.test(stderr)) throw new Error(`stack trace on stderr:\n${stderr}`);
  return lines[0]!;
}
