import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IndexFile, type IndexFileData } from '../../../../electron/store/index-file-adapter';
import { nodeStoreFs } from '../../../../electron/store/store-fs';
import { tempDir } from './temp-workspace';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

interface Entry {
  headline: string;
  words: number;
}

const file = () => path.join(dir, 'index.json');
const id = (i: number) => `id${String(i).padStart(14, '0')}`;

// Two-byte and four-byte characters throughout, so reads of 1 MiB end inside characters.
function sample(
  count: number,
  headline = (i: number) => `Élection ${i} — 🗳️ ${'é'.repeat(i % 97)}`,
) {
  const data: IndexFileData<Entry> = { version: 1, articles: {} };
  for (let i = 0; i < count; i++) data.articles[id(i)] = { headline: headline(i), words: i };
  return data;
}

describe('index.json file', () => {
  it('writes one article a line and reads back what it wrote, across many reads', async () => {
    const data = sample(20_000);
    const index = new IndexFile<Entry>(file(), nodeStoreFs);
    await index.write(data);
    const text = await readFile(file(), 'utf8');
    expect(Buffer.byteLength(text)).toBeGreaterThan(3 << 20);
    const lines = text.split('\n');
    expect(lines[0]).toBe('{"version":1,"articles":{');
    expect(lines[1]).toBe(`"${id(0)}":${JSON.stringify(data.articles[id(0)])},`);
    expect(lines.at(-2)).toBe('}}');
    expect(JSON.parse(text)).toEqual(data);
    expect(await index.read()).toEqual(data);
    expect(index.otherLayout).toBe(false);
  });

  it('reads an entry longer than its buffer', async () => {
    const data = sample(3, (i) => (i === 1 ? 'ü'.repeat(1_500_000) : `short ${i}`));
    const index = new IndexFile<Entry>(file(), nodeStoreFs);
    await index.write(data);
    expect(await index.read()).toEqual(data);
    expect(index.otherLayout).toBe(false);
  });

  it('reads an empty index', async () => {
    const index = new IndexFile<Entry>(file(), nodeStoreFs);
    await index.write({ version: 1, articles: {} });
    expect(await index.read()).toEqual({ version: 1, articles: {} });
    expect(index.otherLayout).toBe(false);
  });

  it('reads a file in another layout whole, and says so', async () => {
    const data = sample(5_000);
    await writeFile(file(), JSON.stringify(data));
    const index = new IndexFile<Entry>(file(), nodeStoreFs);
    expect(await index.read()).toEqual(data);
    expect(index.otherLayout).toBe(true);
    await writeFile(file(), JSON.stringify(data, null, 2));
    expect(await index.read()).toEqual(data);
    expect(index.otherLayout).toBe(true);
  });

  it('reads a damaged or missing file as missing', async () => {
    const index = new IndexFile<Entry>(file(), nodeStoreFs);
    expect(await index.read()).toBeNull();
    // Missing is not another layout: nothing asks for the file to be written.
    expect(index.otherLayout).toBe(false);
    await index.write(sample(50));
    const text = await readFile(file(), 'utf8');
    await writeFile(file(), text.slice(0, -10));
    expect(await index.read()).toBeNull();
    // A comma after the last entry: not JSON, in either layout.
    await writeFile(file(), text.replace('\n}}', ',\n}}'));
    expect(await index.read()).toBeNull();
    // Two entries on one line without a comma between them.
    const [head, first, second, ...rest] = text.split('\n');
    await writeFile(file(), [head, first!.slice(0, -1) + second, ...rest].join('\n'));
    expect(await index.read()).toBeNull();
  });

  it('refuses keys that are not article ids', async () => {
    const index = new IndexFile<Entry>(file(), nodeStoreFs);
    await index.write(sample(2));
    const text = await readFile(file(), 'utf8');
    await writeFile(file(), text.replace(`"${id(0)}"`, '"__proto__"'));
    const read = await index.read();
    // Read whole (as any JSON file): the key stays a plain property, for the index's own check to refuse.
    expect(index.otherLayout).toBe(true);
    expect(Object.getPrototypeOf(read!.articles)).toBe(Object.prototype);
  });
});
