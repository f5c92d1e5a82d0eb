// Kept apart from article.ts (zod schemas) so workers that list articles load it without them.

/** Version of the article.json format; bump with a migration when the shape changes. */
export const ARTICLE_FORMAT = 3;
