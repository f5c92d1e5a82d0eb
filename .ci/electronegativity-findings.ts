import { z } from 'zod';

/** Electronegativity's severity levels, lowest first. */
export const severities = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH'] as const;
export type Severity = (typeof severities)[number];

/** A finding we have looked at and judged harmless, with the reason written down. */
export interface FalsePositive {
  rule: string;
  file: string;
  /** Text that must appear on the flagged source line, pinning the entry to one call. */
  code: string;
  reason: string;
}

/** One issue as Electronegativity's runner returns it (the SARIF it writes drops the severity). */
export interface RunIssue {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: { name: string };
  confidence: { name: string };
}

/** A SARIF result with its severity put back. */
export interface Finding {
  rule: string;
  file: string;
  line: number;
  message: string;
  severity: Severity;
  confidence: string;
  code: string;
}

const sarifSchema = z.object({
  version: z.literal('2.1.0'),
  runs: z
    .array(
      z.object({
        results: z.array(
          z.object({
            ruleId: z.string(),
            message: z.object({ text: z.string() }),
            locations: z
              .array(
                z.object({
                  physicalLocation: z.object({
                    artifactLocation: z.object({ uri: z.string() }),
                    region: z.object({ startLine: z.number() }).optional(),
                  }),
                }),
              )
              .min(1),
          }),
        ),
      }),
    )
    .length(1),
});

const falsePositivesSchema = z.strictObject({
  $comment: z.string().optional(),
  falsePositives: z.array(
    z.strictObject({
      rule: z.string().regex(/^[A-Z_]+$/),
      file: z.string().min(1),
      code: z.string().min(3),
      reason: z.string().min(30, 'say why this is a false positive, and what test shows it'),
    }),
  ),
});

/** Reads the documented false-positive list; throws naming the entry at fault. */
export function parseFalsePositives(data: unknown): FalsePositive[] {
  const parsed = falsePositivesSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `false-positive list: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`,
    );
  }
  return parsed.data.falsePositives;
}

function asSeverity(name: string | undefined): Severity {
  return (severities as readonly string[]).includes(name ?? '') ? (name as Severity) : 'HIGH';
}

/**
 * Turns Electronegativity's SARIF into findings, taking each result's severity from the runner's
 * issue at the same rule, file and line. A result without a match counts as HIGH (fail safe).
 */
export function findingsFromSarif(
  sarif: unknown,
  issues: readonly RunIssue[],
  sourceLine: (file: string, line: number) => string,
): Finding[] {
  const parsed = sarifSchema.parse(sarif);
  return parsed.runs[0]!.results.map((result) => {
    const location = result.locations[0]!.physicalLocation;
    const file = location.artifactLocation.uri.replace(/^file:\/+/, '');
    const line = location.region?.startLine ?? 0;
    const issue = issues.find(
      (i) => i.id === result.ruleId && i.file === file && i.location.line === line,
    );
    return {
      rule: result.ruleId,
      file,
      line,
      message: result.message.text,
      severity: asSeverity(issue?.severity.name),
      confidence: issue?.confidence.name ?? 'UNKNOWN',
      code: line > 0 ? sourceLine(file, line).trim() : '',
    };
  });
}

/** The verdict: findings that fail the build, findings excused and why, and stale list entries. */
export interface Verdict {
  failures: Finding[];
  excused: { finding: Finding; reason: string }[];
  belowThreshold: Finding[];
  unusedFalsePositives: FalsePositive[];
}

/** Fails every finding of MEDIUM severity or above that no documented false positive covers. */
export function judgeFindings(
  findings: readonly Finding[],
  falsePositives: readonly FalsePositive[],
): Verdict {
  const verdict: Verdict = {
    failures: [],
    excused: [],
    belowThreshold: [],
    unusedFalsePositives: [],
  };
  const used = new Set<FalsePositive>();
  for (const finding of findings) {
    if (severities.indexOf(finding.severity) < severities.indexOf('MEDIUM')) {
      verdict.belowThreshold.push(finding);
      continue;
    }
    const entry = falsePositives.find(
      (fp) =>
        fp.rule === finding.rule && fp.file === finding.file && finding.code.includes(fp.code),
    );
    if (entry) {
      used.add(entry);
      verdict.excused.push({ finding, reason: entry.reason });
    } else verdict.failures.push(finding);
  }
  verdict.unusedFalsePositives = falsePositives.filter((fp) => !used.has(fp));
  return verdict;
}

/** SARIF level for a severity, so code-scanning viewers rank findings the same way. */
export function sarifLevel(severity: Severity): 'error' | 'warning' | 'note' {
  return severity === 'HIGH' || severity === 'MEDIUM'
    ? 'error'
    : severity === 'LOW'
      ? 'warning'
      : 'note';
}
