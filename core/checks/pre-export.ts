import { z } from 'zod';
import type { Article } from '../article/article';
import { bodyText } from '../body/counts';
import { isSafeLinkUrl } from '../body/safe-url';
import { bodyNode } from '../body/schema';
import type { FigureData } from '../export/figure-html';
import { articleFigures } from '../export/json-ld';

/** Every pre-export check, by the code its findings carry. */
export const checkCodes = [
  'missing-headline',
  'headline-too-long',
  'empty-body',
  'photo-missing-caption',
  'photo-missing-credit',
  'photo-missing-alt',
  'caption-repeats-credit',
  'unsafe-link',
] as const;
export type CheckCode = (typeof checkCodes)[number];
/** 'off' silences a check for the workspace. */
export type CheckLevel = 'warning' | 'blocker' | 'off';

/** One finding of a pre-export check (the IPC contract passes it on to the renderer). */
export interface CheckFinding {
  code: string;
  severity: 'warning' | 'blocker';
  message: string;
}

export interface CheckConfig {
  headlineMaxLength: number;
  levels: Record<CheckCode, CheckLevel>;
}

/** Defaults: a missing headline and an empty body block the export, everything else warns. */
export const defaultCheckConfig: CheckConfig = {
  headlineMaxLength: 80,
  levels: {
    'missing-headline': 'blocker',
    'headline-too-long': 'warning',
    'empty-body': 'blocker',
    'photo-missing-caption': 'warning',
    'photo-missing-credit': 'warning',
    'photo-missing-alt': 'warning',
    'caption-repeats-credit': 'warning',
    'unsafe-link': 'warning',
  },
};

const level = z.enum(['warning', 'blocker', 'off']);

/** A workspace's check settings as stored on disk: every key optional, unknown keys refused. */
export const checkConfigSchema = z.strictObject({
  headlineMaxLength: z.number().int().min(1).max(1_000).optional(),
  levels: z
    .strictObject(Object.fromEntries(checkCodes.map((code) => [code, level.optional()])))
    .optional(),
});
export type CheckConfigInput = z.infer<typeof checkConfigSchema>;

/** Merges stored settings over the defaults; throws naming the bad key when they are invalid. */
export function resolveCheckConfig(input: unknown = {}): CheckConfig {
  const result = checkConfigSchema.safeParse(input ?? {});
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`check settings: ${issue.path.join('.') || 'value'}: ${issue.message}`);
  }
  const levels = { ...defaultCheckConfig.levels };
  for (const [code, value] of Object.entries(result.data.levels ?? {}))
    if (value) levels[code as CheckCode] = value as CheckLevel;
  return {
    headlineMaxLength: result.data.headlineMaxLength ?? defaultCheckConfig.headlineMaxLength,
    levels,
  };
}

const quote = (text: string, max = 40) => {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return `“${chars.length > max ? chars.slice(0, max - 1).join('') + '…' : chars.join('')}”`;
};

const normalized = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

function photoName(figure: FigureData, index: number, hasLead: boolean): string {
  const file = figure.file ? ` (${figure.file})` : '';
  if (hasLead && index === 0) return `Lead photo${file}`;
  return `Photo ${hasLead ? index : index + 1} in the body${file}`;
}

/** Runs the pre-export checks on an article; findings come in a stable order. */
export function checkArticle(
  article: Article,
  config: CheckConfig | CheckConfigInput = {},
): CheckFinding[] {
  const settings = resolveCheckConfig(config);
  const findings: CheckFinding[] = [];
  const report = (code: CheckCode, message: string) => {
    const severity = settings.levels[code];
    if (severity !== 'off') findings.push({ code, severity, message });
  };

  const headline = article.headline.trim();
  if (!headline) report('missing-headline', 'The article has no headline.');
  const length = [...headline].length;
  if (length > settings.headlineMaxLength)
    report(
      'headline-too-long',
      `The headline is ${length} characters long; the limit is ${settings.headlineMaxLength}.`,
    );

  const figures = articleFigures(article);
  const doc = bodyNode(article.body);
  const bodyFigures = figures.length - (article.leadPhoto ? 1 : 0);
  if (bodyText(doc).trim() === '' && bodyFigures === 0) report('empty-body', 'The body is empty.');

  figures.forEach((figure, index) => {
    const name = photoName(figure, index, article.leadPhoto !== null);
    if (!figure.caption.trim()) report('photo-missing-caption', `${name} has no caption.`);
    if (!figure.credit.trim()) report('photo-missing-credit', `${name} has no credit.`);
    if (!figure.alt.trim()) report('photo-missing-alt', `${name} has no alt text.`);
    const credit = normalized(figure.credit);
    if (credit && normalized(figure.caption).includes(credit))
      report(
        'caption-repeats-credit',
        `${name}: the caption repeats the credit ${quote(figure.credit)}; the credit is printed separately.`,
      );
  });

  const reported = new Set<string>();
  doc.descendants((node) => {
    for (const mark of node.marks) {
      if (mark.type.name !== 'link') continue;
      const href = typeof mark.attrs.href === 'string' ? mark.attrs.href : '';
      if (!isSafeLinkUrl(href) && !reported.has(href) && reported.add(href))
        report(
          'unsafe-link',
          `The link on ${quote(node.text ?? '')} points to ${quote(href, 60)}, which is not http(s) or mailto; it will be dropped from the export.`,
        );
    }
    return true;
  });
  return findings;
}

/** True when any finding blocks the export. */
export function hasBlockers(findings: CheckFinding[]): boolean {
  return findings.some((finding) => finding.severity === 'blocker');
}
