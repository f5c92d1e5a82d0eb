import { createHash } from 'node:crypto';

/** The revision of a file: the sha-256 of its bytes, hex. */
export function revisionOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
