import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Workspace } from '../../../../electron/store/workspace';
import { freshWorkspace } from './fresh-workspace';

const t = freshWorkspace();
const file = () => path.join(t.dir, 'desk-dictionary.txt');

/** Resolves with the next list the watcher reports. */
function nextWords(ws: Workspace): { words: Promise<string[]>; stop(): void } {
  let stop = () => {};
  const words = new Promise<string[]>((resolve) => {
    stop = ws.dictionary.watch(resolve);
  });
  return { words, stop };
}

describe('desk dictionary', () => {
  it('starts empty, adds words one a line, keeps them across a reopen', async () => {
    expect(await t.ws.dictionary.words()).toEqual([]);
    expect(await t.ws.dictionary.add('Fjordline')).toEqual(['Fjordline']);
    expect(await t.ws.dictionary.add('Tromsø')).toEqual(['Fjordline', 'Tromsø']);
    expect(await t.ws.dictionary.add('Fjordline')).toEqual(['Fjordline', 'Tromsø']);
    expect(await readFile(file(), 'utf8')).toBe('Fjordline\nTromsø\n');
    await t.ws.close();
    t.ws = await Workspace.open(t.dir);
    expect(await t.ws.dictionary.words()).toEqual(['Fjordline', 'Tromsø']);
    expect((await readdir(t.dir)).filter((n) => n.includes('tmp'))).toEqual([]);
  });

  it('keeps lines written by hand, comments and all, and reads a file without a final newline', async () => {
    await writeFile(file(), '\uFEFF# Places\r\nTromsø\r\n\r\n  Hammerfest  \n#Not a word\nBodø');
    expect(await t.ws.dictionary.words()).toEqual(['Tromsø', 'Hammerfest', 'Bodø']);
    await t.ws.dictionary.add('Vardø');
    expect(await readFile(file(), 'utf8')).toBe(
      '\uFEFF# Places\r\nTromsø\r\n\r\n  Hammerfest  \n#Not a word\nBodø\nVardø\n',
    );
  });

  it('refuses what is not one word, and writes nothing from a read-only instance', async () => {
    await expect(t.ws.dictionary.add('New York')).rejects.toThrow(
      /cannot go into the desk dictionary/,
    );
    await expect(t.ws.dictionary.add(' Oslo')).rejects.toThrow(/without spaces/);
    await expect(t.ws.dictionary.add('#tag')).rejects.toThrow(/#/);
    const second = await Workspace.open(t.dir);
    try {
      expect(second.readOnly).toBe(true);
      await expect(second.dictionary.add('Oslo')).rejects.toThrow(/read-only/);
    } finally {
      await second.close();
    }
    expect(await t.ws.dictionary.words()).toEqual([]);
  });

  it('tells a second instance on the workspace about words the first one adds', async () => {
    const second = await Workspace.open(t.dir);
    try {
      await second.dictionary.words();
      const seen = nextWords(second);
      await t.ws.dictionary.add('Kirkenes');
      expect(await seen.words).toEqual(['Kirkenes']);
      seen.stop();
      // An edit by hand is picked up the same way.
      const edited = nextWords(second);
      await writeFile(file(), 'Kirkenes\nVadsø\n');
      expect(await edited.words).toEqual(['Kirkenes', 'Vadsø']);
      edited.stop();
    } finally {
      await second.close();
    }
  });
});
