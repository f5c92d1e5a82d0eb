import type { Article } from '../article/article';
import type { Node as PMNode } from '@tiptap/pm/model';
import { readFigureAttrs, type FigureAttrs } from '../body/figure-attrs';
import { bodyNode, type BodyJSON, type BodyNodeJSON } from '../body/schema';
import { diffText, type TextDiff, type TextDiffOptions } from './text-diff';

/** The text fields a history diff shows word by word. */
export const diffedFields = [
  { field: 'headline', label: 'Headline' },
  { field: 'standfirst', label: 'Standfirst' },
  { field: 'body', label: 'Body' },
] as const;

export type DiffedField = (typeof diffedFields)[number]['field'];

export interface FieldDiff extends TextDiff {
  field: DiffedField;
  label: string;
}

/** What changed between two versions of an article. */
export interface ArticleDiff {
  fields: FieldDiff[];
  /** Labels of the other parts that differ (Kicker, Byline, Lead photo, …), shown without detail. */
  otherChanges: string[];
  /** False when nothing a reader would see differs. */
  changed: boolean;
}

const otherFields: { label: string; differs(a: Article, b: Article): boolean }[] = [
  { label: 'Kicker', differs: (a, b) => a.kicker !== b.kicker },
  { label: 'Byline', differs: (a, b) => a.byline !== b.byline },
  { label: 'Dateline', differs: (a, b) => a.dateline !== b.dateline },
  { label: 'Keywords', differs: (a, b) => a.keywords.join(',') !== b.keywords.join(',') },
  { label: 'Publication time', differs: (a, b) => a.published !== b.published },
  { label: 'Status', differs: (a, b) => a.status !== b.status },
  {
    label: 'Lead photo',
    differs: (a, b) => JSON.stringify(a.leadPhoto) !== JSON.stringify(b.leadPhoto),
  },
  {
    label: 'Photos in the body',
    differs: (a, b) => JSON.stringify(figures(a.body)) !== JSON.stringify(figures(b.body)),
  },
  {
    // Same words, other formatting (bold, links, headings): the word diff cannot show it.
    label: 'Body formatting',
    differs: (a, b) =>
      readableText(a.body) === readableText(b.body) &&
      !sameFormatting(withoutFigures(a.body), withoutFigures(b.body)),
  },
];

/** Diff from an earlier version (`before`, e.g. a snapshot) to a later one (`after`, e.g. the editor's text). */
export function diffArticles(
  before: Article,
  after: Article,
  options: TextDiffOptions = {},
): ArticleDiff {
  const text = (article: Article, field: DiffedField): string =>
    field === 'body' ? readableText(article.body) : article[field];
  const fields = diffedFields.map(({ field, label }): FieldDiff => ({
    field,
    label,
    ...diffText(text(before, field), text(after, field), options),
  }));
  const otherChanges = otherFields.filter((f) => f.differs(before, after)).map((f) => f.label);
  return {
    fields,
    otherChanges,
    changed: otherChanges.length > 0 || fields.some((f) => f.changed),
  };
}

// Line breaks keep words apart; a photo shows as a line of its own so moving or adding one reads in place.
function leafText(node: PMNode): string {
  if (node.type.name === 'hardBreak') return '\n';
  if (node.type.name === 'figure') {
    const caption = String(node.attrs.caption ?? '').trim() || String(node.attrs.src ?? '');
    return `[Photo: ${caption}]`;
  }
  return '';
}

/** The body as plain text for reading a diff: blocks apart by a blank line, photos as "[Photo: caption]". */
export function readableText(body: BodyJSON): string {
  const node = bodyNode(body);
  return node.textBetween(0, node.content.size, '\n\n', leafText);
}

// readFigureAttrs gives every key, in one order, defaults filled: how a figure was written is no change.
function figures(body: BodyJSON): FigureAttrs[] {
  const found: FigureAttrs[] = [];
  const walk = (nodes: BodyNodeJSON[] | undefined): void => {
    for (const node of nodes ?? []) {
      if (node.type === 'figure') found.push(readFigureAttrs(node.attrs ?? {}));
      walk(node.content);
    }
  };
  walk(body.content);
  return found;
}

// Compared as ProseMirror nodes: how the JSON was written (key order, mark order, defaults) is no change.
function sameFormatting(a: BodyJSON, b: BodyJSON): boolean {
  return bodyNode(a).eq(bodyNode(b));
}

function withoutFigures(body: BodyJSON): BodyJSON {
  const strip = (nodes: BodyNodeJSON[] | undefined): BodyNodeJSON[] | undefined =>
    nodes
      ?.filter((n) => n.type !== 'figure')
      .map((n) => (n.content ? { ...n, content: strip(n.content) ?? [] } : n));
  const content = strip(body.content);
  return content ? { ...body, content } : body;
}
