// `npm run bench`: every scenario, one JSON line each on stdout; progress on stderr.
// Options: --only=NAME[,NAME] (prefixes), --sessions=N (browser sessions per side, default 5; 11
// for open-10k and cold-start, 12 for typing-10k and typing-10k-desk, 10 for desk-latency; typing
// rounds up to whole rotations),
// --regression (typing against a renderer that re-renders React on every transaction).
// BENCH_WORKSPACE_SIZE overrides the 10,000-article workspace (for developing scenarios).
import { appendFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import {
  appRendererDir,
  assertRendererBuilt,
  buildBenchPages,
  buildRegressionRenderer,
} from './browser/build-pages';
import type { BenchContext } from './lib/context';
import type { BenchResult } from './lib/result';
import { libraryOpenArchiveScenario, libraryRebuildScenario } from './scenarios/archive';
import {
  archiveMemoryScenario,
  archiveSearchReadyScenario,
  archiveSearchScenario,
} from './scenarios/archive-search';
import { deskFanoutScenario, deskScaleScenario } from './scenarios/desk';
import { deskLatencyScenario } from './scenarios/desk-latency';
import { coldStartScenario, openScenario } from './scenarios/first-key';
import { exportHtmlScenario, exportNinjsScenario } from './scenarios/export';
import { importDocxScenario } from './scenarios/import-docx';
import { importNewsml50Scenario } from './scenarios/import-wire';
import { photoMetadataScenario } from './scenarios/photo-metadata';
import { searchScenario } from './scenarios/search';
import { spellcheckScenario } from './scenarios/spelling';
import { libraryOpenScenario, saveScenario } from './scenarios/store';
import { typingScenario, type TypingVariant } from './scenarios/typing';
import { watchLatencyScenario } from './scenarios/watch';
import { useBuiltWorkers } from '../../electron/workers/start-worker';
import { benchDir, repoRoot } from './workload/cache';

const args = process.argv.slice(2);
const option = (name: string): string | undefined =>
  args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const only = option('only')?.split(',');
const regression = args.includes('--regression');
const log = (line: string): void => void process.stderr.write(`[bench] ${line}\n`);

const ctx: BenchContext = {
  workspaceSize: Number(process.env.BENCH_WORKSPACE_SIZE ?? 10_000),
  sessions: Math.max(1, Number(option('sessions') ?? 5)),
  firstKeySessions: Math.max(1, Number(option('sessions') ?? 11)),
  typing10kSessions: Math.max(1, Number(option('sessions') ?? 12)),
  deskLatencySessions: Math.max(1, Number(option('sessions') ?? 10)),
  rendererDir: appRendererDir,
  log,
};

const k = (n: number): string => (n >= 1000 ? `${n / 1000}k` : String(n));
const typingVariants = (size: string): TypingVariant[] => [
  { name: `typing-${size}` },
  { name: `typing-${size}-desk`, desk: true },
];
// Each entry names the result lines it prints (one scenario may print several).
const scenarios: [string | string[], () => Promise<BenchResult | BenchResult[]>][] = regression
  ? [
      [
        'typing-10k-rerender-regression',
        () => typingScenario(ctx, '10k', [{ name: 'typing-10k-rerender-regression' }]),
      ],
      [
        'typing-50k-rerender-regression',
        () => typingScenario(ctx, '50k', [{ name: 'typing-50k-rerender-regression' }]),
      ],
    ]
  : [
      [`search-${k(ctx.workspaceSize)}`, () => searchScenario(ctx).then((r) => r[0]!)],
      ['save', () => saveScenario(ctx)],
      ['watch-latency', () => watchLatencyScenario(ctx)],
      [`library-open-${k(ctx.workspaceSize)}`, () => libraryOpenScenario(ctx)],
      [`library-rebuild-${k(ctx.workspaceSize)}`, () => libraryRebuildScenario(ctx)],
      ['library-open-100k', () => libraryOpenArchiveScenario(ctx)],
      ['search-100k', () => archiveSearchScenario(ctx)],
      ['search-ready-100k', () => archiveSearchReadyScenario(ctx)],
      ['memory-100k', () => archiveMemoryScenario(ctx)],
      ['export-html-10k', () => exportHtmlScenario(ctx, '10k')],
      ['export-html-50k', () => exportHtmlScenario(ctx, '50k')],
      ['export-ninjs-10k', () => exportNinjsScenario(ctx)],
      ['import-newsml-50', () => importNewsml50Scenario(ctx)],
      ['photo-metadata', () => photoMetadataScenario(ctx)],
      ['import-docx-50', () => importDocxScenario(ctx)],
      ['spellcheck-50k', () => spellcheckScenario(ctx)],
      // Solo and desk typing share one floor, measured in the same rotation.
      [
        ['typing-10k', 'typing-10k-desk'],
        () =>
          typingScenario(ctx, '10k', typingVariants('10k'), { sessions: ctx.typing10kSessions }),
      ],
      [['typing-50k', 'typing-50k-desk'], () => typingScenario(ctx, '50k', typingVariants('50k'))],
      // Keys 400 ms apart, past the live count's 150 ms wait: every key is followed by a count.
      ['count-50k', () => typingScenario(ctx, '50k', [{ name: 'count-50k' }], { intervalMs: 400 })],
      ['desk-latency', () => deskLatencyScenario(ctx)],
      ['desk-fanout', () => deskFanoutScenario(ctx)],
      ['desk-scale', () => deskScaleScenario(ctx)],
      ['open-10k', () => openScenario(ctx)],
      ['cold-start', () => coldStartScenario(ctx)],
    ];

function machine(): Record<string, unknown> {
  let chromium: string;
  try {
    chromium = execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    chromium = 'not found';
  }
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    chromium,
    loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
  };
}

async function main(): Promise<void> {
  const started = performance.now();
  mkdirSync(benchDir, { recursive: true });
  const resultsFile = path.join(
    benchDir,
    `results-${new Date().toISOString().replace(/[:.]/g, '-')}.jsonl`,
  );
  log(`machine ${JSON.stringify(machine())}`);
  assertRendererBuilt(appRendererDir);
  // The store and search workers as the app starts them: built JavaScript, not TypeScript.
  useBuiltWorkers(path.join(repoRoot, 'out', 'main'));
  await buildBenchPages();
  if (regression) {
    log('building the renderer with the re-render-per-transaction regression');
    ctx.rendererDir = await buildRegressionRenderer();
  }
  let failed = 0;
  for (const [names, run] of scenarios) {
    const lines = [names].flat();
    if (only && !only.some((prefix) => lines.some((name) => name.startsWith(prefix)))) continue;
    const name = lines.join(' + ');
    const t0 = performance.now();
    log(`${name} …`);
    try {
      for (const line of [await run()].flat()) {
        line.detail.loadAverage1m = Math.round(os.loadavg()[0]! * 100) / 100;
        const json = JSON.stringify(line);
        process.stdout.write(json + '\n');
        appendFileSync(resultsFile, json + '\n');
      }
    } catch (error) {
      failed++;
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      log(`${name} FAILED: ${message}`);
      for (const scenario of lines)
        process.stdout.write(JSON.stringify({ scenario, error: message.split('\n')[0] }) + '\n');
    }
    log(`${name} took ${Math.round((performance.now() - t0) / 1000)} s`);
  }
  log(
    `done in ${Math.round((performance.now() - started) / 1000)} s; results in ${resultsFile}; ${JSON.stringify(machine())}`,
  );
  if (failed) process.exitCode = 1;
}

await main();
