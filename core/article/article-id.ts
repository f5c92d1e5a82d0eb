// Kept apart from article.ts (zod schemas) so the renderer can make ids without bundling zod.

const idAlphabet = '0123456789abcdefghjkmnpqrstvwxyz'.split('');

/** A new random article id (80 bits). */
export function newArticleId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => idAlphabet[b % 32]).join('');
}
