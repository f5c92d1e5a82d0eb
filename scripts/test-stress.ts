// `npm run test:stress`: the whole e2e suite five times over while the benchmarks load the CPU.
// Extra arguments go to Playwright (e.g. a spec path). Exits with Playwright's status.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const REPEAT_EACH = 5;
const root = path.resolve(import.meta.dirname, '..');
const LOAD_LOG = path.join(root, '.bench', 'stress-load.log');
const log = (line: string): void => void process.stderr.write(`[stress] ${line}\n`);

interface Stats {
  expected: number;
  unexpected: number;
  flaky: number;
  skipped: number;
}

/**
 * The load: `npm run bench`'s scenarios (Chromium sessions, exports, a 10,000-article search) back
 * to back until stopped, without its build step, which would rewrite out/ under the running tests.
 */
function startLoad(): { stop(): Promise<number> } {
  let stopping = false;
  let rounds = 0;
  let child: ChildProcess | null = null;
  mkdirSync(path.dirname(LOAD_LOG), { recursive: true });
  const output = openSync(LOAD_LOG, 'w');
  const next = (): void => {
    if (stopping) return;
    rounds += 1;
    const started = Date.now();
    // Its own process group: one signal reaches it and the build tools it starts.
    child = spawn(process.execPath, ['--import', 'tsx', 'tests/bench/run.ts'], {
      cwd: root,
      detached: true,
      stdio: ['ignore', output, output],
    });
    child.on('exit', (code) => {
      child = null;
      // A round that fails at once would only spin: say so rather than restart it.
      if (!stopping && code !== 0 && Date.now() - started < 30_000) {
        log(`the load failed (exit ${code}); see ${LOAD_LOG}; the tests go on without it`);
        return;
      }
      next();
    });
  };
  next();
  return {
    stop: async () => {
      stopping = true;
      const running = child;
      if (running?.pid !== undefined) {
        const exited = new Promise((resolve) => running.once('exit', resolve));
        // Playwright answers SIGINT by closing its browsers and exiting; on SIGTERM it only closes them.
        process.kill(-running.pid, 'SIGINT');
        await exited;
      }
      return rounds;
    },
  };
}

function runPlaywright(reportFile: string): Promise<number> {
  const args = ['playwright', 'test', `--repeat-each=${REPEAT_EACH}`, '--reporter=list,json'];
  const child = spawn('npx', [...args, ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: reportFile },
  });
  return new Promise((resolve) => {
    child.on('error', () => resolve(1));
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

function readStats(reportFile: string): Stats | null {
  try {
    return (JSON.parse(readFileSync(reportFile, 'utf8')) as { stats: Stats }).stats;
  } catch {
    return null;
  }
}

const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const reportDir = mkdtempSync(path.join(tmpdir(), 'newsroom-stress-'));
const reportFile = path.join(reportDir, 'report.json');
const load = startLoad();
log(`load started: the benchmarks in a loop; Playwright with --repeat-each=${REPEAT_EACH}`);
// Ctrl-C reaches Playwright; the load runs in its own group and must be stopped here.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void load.stop().then(() => process.exit(130)));
}
const status = await runPlaywright(reportFile);
const rounds = await load.stop();
const stats = readStats(reportFile);
rmSync(reportDir, { recursive: true, force: true });
if (stats) {
  const runs = stats.expected + stats.unexpected + stats.flaky;
  const failures = stats.unexpected + stats.flaky;
  log(
    `${runs} runs, ${failures} failures, ${stats.skipped} skipped; ` +
      `load: ${rounds} benchmark round(s) started (output in ${LOAD_LOG})`,
  );
} else {
  log('no Playwright report: the runs could not be counted');
}
process.exit(status);
