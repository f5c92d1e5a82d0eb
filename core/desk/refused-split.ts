import * as Y from 'yjs';
import { parseArticle, type Article, type ArticleEdits } from '../article/article';
import { articleFromDoc } from './article-from-doc';
import { deskRefusal, type DeskRole } from './desk-roles';
import { editsAsUpdate } from './field-edits';

/** The parts of an article a refused change is separated by; each is taken whole from one side. */
export const articleParts = [
  'kicker',
  'headline',
  'standfirst',
  'byline',
  'dateline',
  'language',
  'keywords',
  'status',
  'published',
  'created',
  'leadPhoto',
  'body',
] as const;
export type ArticlePart = (typeof articleParts)[number];

/** New values for some parts of an article. */
export type PartEdits = Partial<ArticleEdits> & { created?: string };

export interface SeparatedParts {
  /** The parts the desk takes, with their new values. */
  allowed: PartEdits;
  /** The parts it refuses, or that changed on `base` meanwhile, with their new values. */
  refused: PartEdits;
}

/**
 * Separates a change from `from` to `to`, to be made on `base`, part by part: a part goes in when
 * `base` still holds it as `from` did and the desk takes it from `role`; the rest is refused.
 */
export function separateParts(
  base: Article,
  from: Article,
  to: Article,
  role: DeskRole,
): SeparatedParts {
  const allowed: Record<string, unknown> = {};
  const refused: Record<string, unknown> = {};
  for (const part of articleParts) {
    if (same(from[part], to[part])) continue;
    const fits =
      same(base[part], from[part]) &&
      deskRefusal(base, withEdits(base, { [part]: to[part] }), role) === null;
    (fits ? allowed : refused)[part] = to[part];
  }
  // Parts the desk takes one by one must be taken together too.
  if (Object.keys(allowed).length > 0 && deskRefusal(base, withEdits(base, allowed), role))
    return { allowed: {}, refused: { ...refused, ...allowed } as PartEdits };
  return { allowed: allowed as PartEdits, refused: refused as PartEdits };
}

/** The parts `edits` holds, in the article's order. */
export function partsOf(edits: PartEdits): ArticlePart[] {
  return articleParts.filter((part) => part in edits);
}

export interface RefusedSplit {
  /** The article as this computer meant it: the desk's copy with every local change (null: none). */
  article: Article | null;
  /** The parts the desk refused; empty when they cannot be told apart and all is refused. */
  parts: ArticlePart[];
  /** The refused change, as an update someone allowed to make it can apply to the desk's document. */
  refused: Uint8Array;
  /** The rest of the local changes, made again as new changes on the desk's state (null: none). */
  kept: Uint8Array | null;
}

/**
 * Splits the local changes the desk refused into the refused part and the rest. Yjs cannot take
 * back part of one client's changes (the desk would wait for the missing ones forever), so both
 * parts are made again on the desk's `desk` state, part by part; `local` is this computer's whole
 * state and `missing` the part of it the desk lacks. Without a role, or when the rule finds
 * nothing to refuse (the desk refused for another reason), all of `missing` is refused.
 */
export function splitRefusedChange(input: {
  id: string;
  desk: Uint8Array;
  local: Uint8Array;
  missing: Uint8Array;
  role: DeskRole | null;
  time: string;
}): RefusedSplit {
  const at = { id: input.id, updated: input.time };
  const onDesk = articleOf([input.desk], at);
  const meant = articleOf([input.desk, input.local], at);
  const whole = { article: meant, parts: [], refused: input.missing, kept: null };
  if (!input.role || !onDesk || !meant) return whole;
  const { allowed, refused } = separateParts(onDesk, onDesk, meant, input.role);
  const parts = partsOf(refused);
  if (parts.length === 0) return whole;
  return {
    article: meant,
    parts,
    refused: editsAsUpdate(input.desk, refused),
    kept: partsOf(allowed).length > 0 ? editsAsUpdate(input.desk, allowed) : null,
  };
}

function articleOf(updates: Uint8Array[], at: { id: string; updated: string }): Article | null {
  const doc = new Y.Doc();
  try {
    for (const update of updates) Y.applyUpdate(doc, update);
    return articleFromDoc(doc, at);
  } catch {
    return null;
  } finally {
    doc.destroy();
  }
}

function withEdits(base: Article, edits: Record<string, unknown>): Article | null {
  try {
    return parseArticle({ ...base, ...edits });
  } catch {
    return null;
  }
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
