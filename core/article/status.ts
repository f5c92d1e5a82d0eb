// Kept apart from article.ts (zod schemas) so the renderer can use it without bundling zod.

export const articleStatuses = ['draft', 'ready'] as const;
export type ArticleStatus = (typeof articleStatuses)[number];
