import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, staffExampleText, tempDir } from '../photos/images';
import { oneLine, runCliProcess } from './run-cli-process';

let tmp: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  tmp = await tempDir();
});
afterAll(() => tmp.cleanup());

// Each test spawns the real CLI under tsx, which takes seconds on a busy 2-core machine.
describe('newsroom photo-info', { timeout: 120_000 }, () => {
  it('prints the embedded metadata as JSON', async () => {
    const run = await runCliProcess([
      'photo-info',
      fixture('iptc-staff-photographer-example.jpg'),
      '--json',
    ]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      caption: staffExampleText.caption,
      credit: staffExampleText.credit,
      creator: staffExampleText.photographer,
      copyright: staffExampleText.copyright,
      altText: '',
      headline: 'Farmer planting onions',
      width: 516,
      height: 350,
      format: 'jpeg',
    });
  });

  it('prints a readable table, non-ASCII intact', async () => {
    const run = await runCliProcess(['photo-info', fixture('BonTonARTSTORplusIPTC.jpg')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Credit +Allan Kohl; Minneapolis College of Art & Design/m);
    expect(run.stdout).toContain('Sais-tu ta leçon?');
    expect(run.stdout).toMatch(/^Width +300$/m);
  });

  it('does not crash on the fixture with odd metadata', async () => {
    const run = await runCliProcess(['photo-info', fixture('broken1.jpg'), '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      credit: 'Eric',
      headline: 'Palace of Culture and Science',
      width: 600,
      height: 900,
    });
  });

  it('exits 1 with one line naming a file that is not an image', async () => {
    const file = path.join(tmp.dir, 'notes.jpg');
    await writeFile(file, 'not a photo');
    const run = await runCliProcess(['photo-info', file]);
    expect(run.code).toBe(1);
    expect(oneLine(run.stderr)).toMatch(
      /^newsroom photo-info: photo ".*notes\.jpg" is not an image/,
    );
  });

  it('exits 2 for usage errors', async () => {
    const run = await runCliProcess(['photo-info']);
    expect(run.code).toBe(2);
    expect(oneLine(run.stderr)).toMatch(/exactly one IMAGE is required/);
    expect((await runCliProcess(['photo-info', 'a.jpg', '--bogus'])).code).toBe(2);
  });
});
