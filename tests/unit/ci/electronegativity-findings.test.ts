import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  findingsFromSarif,
  judgeFindings,
  parseFalsePositives,
  sarifLevel,
  type RunIssue,
} from '../../../.ci/electronegativity-findings';

const repoRoot = path.resolve(import.meta.dirname, '../../..');

/** The shape Electronegativity 1.10.3 writes (no severity in it). */
const sarif = (results: { rule: string; file: string; line: number }[]) => ({
  $schema: 'http://json.schemastore.org/sarif-2.1.0',
  version: '2.1.0',
  runs: [
    {
      tool: { driver: { name: 'Electronegativity', rules: [] } },
      results: results.map((r) => ({
        ruleId: r.rule,
        level: 'warning',
        message: { text: `${r.rule} message` },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: r.file },
              region: { startLine: r.line, startColumn: 3, charLength: 10 },
            },
          },
        ],
      })),
    },
  ],
});

const issue = (id: string, file: string, line: number, severity: string): RunIssue => ({
  id,
  file,
  location: { line, column: 2 },
  severity: { name: severity },
  confidence: { name: 'FIRM' },
});

const lines: Record<string, string[]> = {
  'electron/main.ts': ['', '  const win = new BrowserWindow(', '  shell.openExternal(safe);'],
  'renderer/index.html': ['<meta http-equiv="Content-Security-Policy">'],
};
const sourceLine = (file: string, line: number) => lines[file]?.[line - 1] ?? '';

const falsePositive = {
  rule: 'SANDBOX_JS_CHECK',
  file: 'electron/main.ts',
  code: 'new BrowserWindow(',
  reason: 'options come from window-options.ts, tested in window-options.test.ts',
};

describe('findingsFromSarif', () => {
  it('puts back severity and the flagged source line', () => {
    const findings = findingsFromSarif(
      sarif([{ rule: 'SANDBOX_JS_CHECK', file: 'electron/main.ts', line: 2 }]),
      [issue('SANDBOX_JS_CHECK', 'electron/main.ts', 2, 'MEDIUM')],
      sourceLine,
    );
    expect(findings).toEqual([
      {
        rule: 'SANDBOX_JS_CHECK',
        file: 'electron/main.ts',
        line: 2,
        message: 'SANDBOX_JS_CHECK message',
        severity: 'MEDIUM',
        confidence: 'FIRM',
        code: 'const win = new BrowserWindow(',
      },
    ]);
  });

  it('treats a result it cannot match as HIGH', () => {
    const [finding] = findingsFromSarif(
      sarif([{ rule: 'X_CHECK', file: 'electron/main.ts', line: 3 }]),
      [],
      sourceLine,
    );
    expect(finding?.severity).toBe('HIGH');
  });

  it('refuses something that is not SARIF 2.1.0', () => {
    expect(() => findingsFromSarif({ version: '1.0' }, [], sourceLine)).toThrow();
  });
});

describe('judgeFindings', () => {
  const run = (rows: [string, string, number, string][], fps = [falsePositive]) =>
    judgeFindings(
      findingsFromSarif(
        sarif(rows.map(([rule, file, line]) => ({ rule, file, line }))),
        rows.map(([rule, file, line, severity]) => issue(rule, file, line, severity)),
        sourceLine,
      ),
      fps,
    );

  it('fails an undocumented MEDIUM or HIGH finding', () => {
    const verdict = run([['CONTEXT_ISOLATION_JS_CHECK', 'electron/main.ts', 2, 'HIGH']]);
    expect(verdict.failures.map((f) => f.rule)).toEqual(['CONTEXT_ISOLATION_JS_CHECK']);
  });

  it('excuses a documented one, with its reason, and lets LOW ones pass', () => {
    const verdict = run([
      ['SANDBOX_JS_CHECK', 'electron/main.ts', 2, 'MEDIUM'],
      ['CSP_GLOBAL_CHECK', 'renderer/index.html', 1, 'LOW'],
    ]);
    expect(verdict.failures).toEqual([]);
    expect(verdict.excused.map((e) => e.reason)).toEqual([falsePositive.reason]);
    expect(verdict.belowThreshold.map((f) => f.rule)).toEqual(['CSP_GLOBAL_CHECK']);
  });

  it('does not let an entry excuse the same rule on another line or file', () => {
    expect(run([['SANDBOX_JS_CHECK', 'electron/main.ts', 3, 'MEDIUM']]).failures).toHaveLength(1);
    expect(run([['SANDBOX_JS_CHECK', 'electron/other.ts', 2, 'MEDIUM']]).failures).toHaveLength(1);
  });

  it('reports entries that no longer match anything', () => {
    expect(run([]).unusedFalsePositives).toEqual([falsePositive]);
  });
});

describe('the documented false-positive list', () => {
  it('parses, and every entry gives a reason', () => {
    const data: unknown = JSON.parse(
      readFileSync(path.join(repoRoot, '.ci/electronegativity-false-positives.json'), 'utf8'),
    );
    const entries = parseFalsePositives(data);
    for (const entry of entries) expect(entry.reason.length).toBeGreaterThanOrEqual(30);
  });

  it('refuses an entry without a reason', () => {
    expect(() =>
      parseFalsePositives({ falsePositives: [{ ...falsePositive, reason: 'fine' }] }),
    ).toThrow(/falsePositives\.0\.reason/);
  });
});

describe('sarifLevel', () => {
  it('maps severities to SARIF levels', () => {
    expect(['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL'].map((s) => sarifLevel(s as 'HIGH'))).toEqual([
      'error',
      'error',
      'warning',
      'note',
    ]);
  });
});
