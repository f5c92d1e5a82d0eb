import { readFileSync } from 'node:fs';
import path from 'node:path';

const folder = path.resolve(import.meta.dirname, '../../../../fixtures/paste');

/** A file of the paste corpus (tests/fixtures/paste), as text. */
export const pasteFixture = (name: string): string => readFileSync(path.join(folder, name), 'utf8');

/** The folder of the paste corpus. */
export const pasteFolder = folder;

/** A fixed "now", so relative dates in sources read the same every run. */
export const now = new Date('2026-01-02T03:04:05.000Z');
