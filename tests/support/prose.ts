import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const folder = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/prose');

/**
 * The paragraphs of a news prose fixture, one a line (tests/fixtures/prose/README.md says where
 * each file comes from).
 */
export function prose(name: string): string[] {
  return readFileSync(join(folder, name), 'utf8').trim().split('\n');
}
