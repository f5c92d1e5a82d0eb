import type { Article } from '../article/article';
import type { BodyJSON, BodyNodeJSON } from '../body/schema';

/** Who a desk user is: the reporter and the editor change everything, the photo desk only photos. */
export const deskRoles = ['reporter', 'editor', 'photo'] as const;
export type DeskRole = (typeof deskRoles)[number];

/**
 * Why the desk refuses a change from `before` to `after` (null: a document that is no article), or
 * null when it takes it. One rule for the server, which enforces it, and laptops, which use it to
 * keep the allowed part of a refused change.
 */
export function deskRefusal(
  before: Article | null,
  after: Article | null,
  role: DeskRole,
): string | null {
  if (before && !after) return 'the change does not leave a valid article';
  if (role !== 'photo') return null;
  if (!before || !after) return 'the photo role may not start an article';
  return photoRoleRefusal(before, after);
}

/**
 * Why a change from `before` to `after` is beyond the photo role, or null when it is allowed:
 * the lead photo and every figure attribute may change; text, language, keywords, status, dates and the body's
 * structure may not.
 */
export function photoRoleRefusal(before: Article, after: Article): string | null {
  for (const field of ['kicker', 'headline', 'standfirst', 'byline', 'dateline'] as const) {
    if (before[field] !== after[field]) return `the photo role may not change the ${field}`;
  }
  if (before.language !== after.language) return 'the photo role may not change the language';
  if (before.keywords.join(',') !== after.keywords.join(','))
    return 'the photo role may not change the keywords';
  if (before.status !== after.status) return 'the photo role may not change the status';
  if (before.published !== after.published)
    return 'the photo role may not change the publication time';
  if (before.created !== after.created) return 'the photo role may not change the creation time';
  if (
    JSON.stringify(withoutFigureAttrs(before.body)) !==
    JSON.stringify(withoutFigureAttrs(after.body))
  )
    return 'the photo role may change photos and their captions, not the body text';
  return null;
}

function withoutFigureAttrs(body: BodyJSON): BodyJSON {
  const strip = (node: BodyNodeJSON): BodyNodeJSON =>
    node.type === 'figure'
      ? { type: 'figure' }
      : { ...node, ...(node.content ? { content: node.content.map(strip) } : {}) };
  return { ...body, ...(body.content ? { content: body.content.map(strip) } : {}) };
}
