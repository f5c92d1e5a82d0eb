// Runs Electronegativity on the app sources (electron/, renderer/, package.json), writes its SARIF
// to test-results/electronegativity.sarif (with severities added back), and exits 1 on any finding
// of MEDIUM severity or above that .ci/electronegativity-false-positives.json does not document.
// Usage: node --import tsx .ci/electronegativity.ts
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  findingsFromSarif,
  judgeFindings,
  parseFalsePositives,
  sarifLevel,
  type RunIssue,
} from './electronegativity-findings';

interface RunResult {
  issues: RunIssue[];
  errors: { file: string; message: string; tolerable: boolean }[];
}
type Run = (options: Record<string, unknown>, forCli: boolean) => Promise<RunResult>;

const repoRoot = path.resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const run = require('@doyensec/electronegativity') as Run;

const pkg = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8')) as {
  devDependencies?: Record<string, string>;
};
const electronVersion = (pkg.devDependencies?.['electron'] ?? '').replace(/^[^\d]*/, '');
if (!electronVersion) throw new Error('package.json: no electron devDependency to scan against');

const falsePositives = parseFalsePositives(
  JSON.parse(
    await readFile(path.join(repoRoot, '.ci/electronegativity-false-positives.json'), 'utf8'),
  ),
);

// Scan a copy of the sources only: the tool would otherwise walk all of node_modules.
const work = await mkdtemp(path.join(tmpdir(), 'newsroom-electronegativity-'));
const stage = path.join(work, 'src');
const rawSarifPath = path.join(work, 'electronegativity.sarif');
const sarifPath = path.join(repoRoot, 'test-results', 'electronegativity.sarif');

/** The tool writes its report without waiting for the write; wait until it parses. */
async function readWrittenJson(file: string): Promise<unknown> {
  for (let attempt = 0; ; attempt++) {
    try {
      return JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      if (attempt >= 100)
        throw new Error(`Electronegativity wrote no readable SARIF to ${file}: ${String(error)}`, {
          cause: error,
        });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

try {
  await cp(path.join(repoRoot, 'electron'), path.join(stage, 'electron'), { recursive: true });
  await cp(path.join(repoRoot, 'renderer'), path.join(stage, 'renderer'), { recursive: true });
  await cp(path.join(repoRoot, 'package.json'), path.join(stage, 'package.json'));

  const result = await run(
    {
      input: stage,
      output: rawSarifPath,
      isSarif: true,
      isRelative: true,
      electronVersionOverride: electronVersion,
      customScan: [],
      excludeFromScan: [],
    },
    false,
  );

  const sarif = (await readWrittenJson(rawSarifPath)) as {
    runs: { results: { level?: string; properties?: Record<string, unknown> }[] }[];
  };
  const findings = findingsFromSarif(sarif, result.issues, (file, line) => {
    const lines = readFileSync(path.join(stage, file), 'utf8').split('\n');
    return lines[line - 1] ?? '';
  });
  // The tool's SARIF has no severity; put it back so the artifact is useful on its own.
  sarif.runs[0]!.results.forEach((r, i) => {
    const f = findings[i]!;
    r.level = sarifLevel(f.severity);
    r.properties = { ...r.properties, severity: f.severity, confidence: f.confidence };
  });
  await mkdir(path.dirname(sarifPath), { recursive: true });
  await writeFile(sarifPath, JSON.stringify(sarif, null, 2) + '\n');

  const verdict = judgeFindings(findings, falsePositives);
  const unscanned = result.errors.filter((e) => !e.tolerable);
  const where = (f: { file: string; line: number }) => `${f.file}:${f.line}`;

  console.log(
    `Electronegativity ${electronVersion}: ${findings.length} findings, ${verdict.excused.length} documented false positives, ${verdict.belowThreshold.length} below MEDIUM (SARIF: ${path.relative(repoRoot, sarifPath)})`,
  );
  for (const f of verdict.belowThreshold)
    console.log(`  note  ${f.severity} ${f.rule} ${where(f)}`);
  for (const { finding } of verdict.excused)
    console.log(`  known ${finding.severity} ${finding.rule} ${where(finding)}`);
  for (const fp of verdict.unusedFalsePositives) {
    console.log(
      `  stale false-positive entry (no longer reported): ${fp.rule} ${fp.file} "${fp.code}"`,
    );
  }
  for (const e of unscanned) console.error(`  could not scan ${e.file}: ${e.message}`);
  for (const f of verdict.failures) {
    console.error(`  FAIL  ${f.severity} ${f.rule} ${where(f)}: ${f.message}\n        ${f.code}`);
  }
  if (verdict.failures.length > 0 || unscanned.length > 0) {
    console.error(
      'Fix the findings above, or document each one in .ci/electronegativity-false-positives.json with the reason.',
    );
    process.exitCode = 1;
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
