// Kept apart from article.ts (zod schemas) so the renderer can make ids without bundling zod.

const idAlphabet = '0123456789abcdefghjkmnpqrstvwxyz'.split('');

// Random bytes drawn 64 ids at a time: a call to the random source costs more than its bytes.
let pool = new Uint8Array(0);
let used = 0;

/** A new random article id (80 bits). */
export function newArticleId(): string {
  if (used === pool.length) {
    pool = crypto.getRandomValues(new Uint8Array(16 * 64));
    used = 0;
  }
  let id = '';
  // An index loop: iterating a subarray allocates a view and an iterator per id.
  for (const end = used + 16; used < end; used++) id += idAlphabet[pool[used]! % 32];
  return id;
}
