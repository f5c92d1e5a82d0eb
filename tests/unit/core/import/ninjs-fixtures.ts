// What the ninjs importer tests share: IPTC's official 3.1 examples and a fixed clock.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const referenceDir = path.resolve(__dirname, '../../../../../shared/reference/ninjs-3.1');
export const example = (file: string) =>
  JSON.parse(readFileSync(path.join(referenceDir, file), 'utf8')) as unknown;
export const now = new Date('2026-01-02T03:04:05.000Z');
