import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Workspace } from '../../../../electron/store/workspace';
import {
  buildZip,
  deflatedZeros,
  docxParts,
  wordParagraph,
} from '../../core/import/docx/zip-builder';
import { fixturePhoto } from '../export/export-workspace';
import { tempDir } from '../store/temp-workspace';
import { oneLine, repoRoot, runCliProcess } from './run-cli-process';

let dir: string;
let cleanup: () => Promise<void>;
let ws: string;
let inbox: string;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir('newsroom-import-cli-'));
  ws = path.join(dir, 'ws');
  inbox = path.join(dir, 'inbox');
  await mkdir(inbox);
  // One article already there: a failed import must leave it and everything else as it was.
  const open = await Workspace.open(ws);
  await open.articles.create({ headline: 'Already here' });
  await open.close();
});
afterEach(() => cleanup());

/** Every path under the workspace with its size: what a failed import must not change. */
async function tree(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter(
      (e) => !path.join(e.parentPath, e.name).includes(`${path.sep}.newsroom${path.sep}index`),
    )
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)))
    .sort();
}

const malformed: [string, () => string | Uint8Array, RegExp][] = [
  ['empty', () => '', /: the file is empty$/],
  ['truncated', () => '{"uri":"urn:x:1","headline":"Half', /: not JSON: Unterminated string/],
  [
    'wrong types',
    () => JSON.stringify({ uri: 'urn:x:1', headline: 'H', bodies: 42 }),
    /: not a ninjs document: "bodies" should be a list, not a number$/,
  ],
  [
    '20 MB string',
    () =>
      JSON.stringify({ uri: 'urn:x:1', headline: 'H', body_text: 'x'.repeat(20 * 1024 * 1024) }),
    /: too large: \d+ characters \(at most 10000000 are accepted\)$/,
  ],
  [
    '20,000-deep nesting',
    () => `{"uri":"urn:x:1","headline":"H","bodies":${'['.repeat(20_000)}${']'.repeat(20_000)}}`,
    /: nested too deeply \(more than 500 levels\)$/,
  ],
  [
    'binary',
    () => randomBytes(4096),
    /: not a text file: it is not valid UTF-8 \(binary data\?\)$/,
  ],
  [
    'XXE in NITF',
    () =>
      '<?xml version="1.0"?><!DOCTYPE nitf [<!ENTITY x SYSTEM "file:///etc/passwd">]><nitf><body><body.head><hedline><hl1>&x;</hl1></hedline></body.head></body></nitf>',
    /: the NITF file declares its own entities \(<!ENTITY …>\), which are refused/,
  ],
  [
    'malformed NewsML-G2',
    () => '<newsItem guid="g"><contentMeta><headline>H</contentMeta></newsItem>',
    /: the NewsML-G2 file is not well-formed XML: Opening and ending tag mismatch/,
  ],
  [
    'other XML',
    () => '<?xml version="1.0"?><rss version="2.0"/>',
    /: XML whose root element is <rss>: none of the formats/,
  ],
  [
    'Word 97',
    () => Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    /: a Word 97–2003 \(\.doc\) file: save it as \.docx/,
  ],
];

describe('newsroom import: malformed files (real processes)', { timeout: 180_000 }, () => {
  it.each(malformed)(
    '%s: exit 1, one clear line naming the file, workspace unchanged',
    async (_name, make, message) => {
      const good = path.join(inbox, 'good.json');
      const bad = path.join(inbox, 'bad.json');
      await writeFile(good, JSON.stringify({ uri: 'urn:x:0', headline: 'Fine' }));
      await writeFile(bad, make());
      const before = await tree(ws);
      const run = await runCliProcess(['import', good, bad, '--workspace', ws]);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      const line = oneLine(run.stderr);
      expect(line.startsWith(`newsroom import: "${bad}"`)).toBe(true);
      expect(line).toMatch(message);
      expect(line.length).toBeLessThan(300);
      // Nothing partial: not even the good file's article, and no trash entries.
      expect(await tree(ws)).toEqual(before);
    },
  );
});

describe('newsroom import: photo links (real process)', { timeout: 120_000 }, () => {
  it.skipIf(process.platform === 'win32')(
    'never reads files outside the document’s folder (symlinks included) nor pipes',
    async () => {
      const outside = path.join(dir, 'outside');
      await mkdir(outside);
      await copyFile(fixturePhoto, path.join(outside, 'secret.jpg'));
      await mkdir(path.join(inbox, 'photos'));
      await copyFile(fixturePhoto, path.join(inbox, 'photos', 'inside.jpg'));
      await symlink(path.join(outside, 'secret.jpg'), path.join(inbox, 'photos', 'link.jpg'));
      await symlink(outside, path.join(inbox, 'linked-dir'));
      // A named pipe inside the folder would block a plain read forever.
      execFileSync('mkfifo', [path.join(inbox, 'photos', 'pipe.jpg')]);
      const picture = (name: string, href: string) => ({
        name,
        uri: `urn:x:${name}`,
        type: 'picture',
        renditions: [{ name: 'original', href }],
      });
      const doc = path.join(inbox, 'doc.json');
      await writeFile(
        doc,
        JSON.stringify({
          uri: 'urn:x:1',
          headline: 'Links',
          associations: [
            picture('featuremedia', 'photos/inside.jpg'),
            picture('a', 'photos/link.jpg'),
            picture('b', 'linked-dir/secret.jpg'),
            picture('c', '../outside/secret.jpg'),
            picture('d', `file://${path.join(outside, 'secret.jpg')}`),
            picture('e', '%2e%2e/outside/secret.jpg'),
            picture('f', 'photos/pipe.jpg'),
            picture('g', 'photos/inside.jpg%00.png'),
          ],
        }),
      );
      const run = await runCliProcess(['import', doc, '--workspace', ws, '--json']);
      expect(run.code).toBe(0);
      const [report] = JSON.parse(run.stdout) as {
        id: string;
        photos: string[];
        droppedPhotos: string[];
      }[];
      expect(report!.photos).toEqual(['inside.jpg']);
      expect(report!.droppedPhotos).toHaveLength(7);
      const warnings = run.stderr.trimEnd().split('\n');
      expect(warnings).toHaveLength(7);
      expect(
        warnings.filter((w) => w.includes('the link leaves the folder of the imported file')),
      ).toHaveLength(5);
      expect(
        warnings.filter((w) =>
          w.includes('pipe.jpg" left out: the link does not name a regular file'),
        ),
      ).toHaveLength(1);
      expect(
        warnings.filter((w) => w.endsWith('left out: the link contains a NUL character')),
      ).toHaveLength(1);
      expect(warnings.filter((w) => w.includes('through a symbolic link'))).toHaveLength(2);
      const open = await Workspace.open(ws, { lock: false });
      try {
        const folder = await open.articles.folder(report!.id);
        expect(await readdir(path.join(folder, 'photos'))).toEqual(['inside.jpg']);
        expect(
          (await readFile(path.join(folder, 'photos', 'inside.jpg'))).equals(
            await readFile(fixturePhoto),
          ),
        ).toBe(true);
      } finally {
        await open.close();
      }
    },
  );
});

describe('newsroom import: agency XML (real process)', { timeout: 120_000 }, () => {
  it('imports an NITF and a NewsML-G2 file with their keywords, listing what the article cannot keep as notes', async () => {
    const fixtures = path.resolve(import.meta.dirname, '../../../fixtures/wire');
    const nitf = path.join(fixtures, 'superdesk/ap-nitf.xml');
    const newsml = path.join(fixtures, 'iptc/LISTING_1_A_NewsML-G2_News_Item.xml');
    const run = await runCliProcess(['import', nitf, newsml, '--workspace', ws, '--json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as {
      format: string;
      headline: string;
      keywords: string[];
      notes: string[];
    }[];
    expect(report.map((r) => [r.format, r.headline])).toEqual([
      ['nitf', 'Can trading pollution like stocks help fight climate change?'],
      ['newsml', 'Fed to halt QE to avert "bubble"'],
    ]);
    expect(report.map((r) => r.keywords)).toEqual([
      [],
      ['economy', 'business and finance', 'labour market'],
    ]);
    expect(report[1]!.notes).toContain('genre: Interview');
    expect(run.stderr).toContain(`note: "${newsml}": genre: Interview`);
  });
});

describe('newsroom import: text and web pages (real process)', { timeout: 120_000 }, () => {
  it('a saved page with its files folder becomes an article with its lead photo', async () => {
    const fixtures = path.join(repoRoot, 'tests/fixtures/paste');
    await copyFile(path.join(fixtures, 'saved-page.html'), path.join(inbox, 'saved-page.html'));
    await mkdir(path.join(inbox, 'saved-page_files'));
    await copyFile(fixturePhoto, path.join(inbox, 'saved-page_files', 'ice-gorky-park.jpg'));
    await copyFile(path.join(fixtures, 'dpa_two_by_line.txt'), path.join(inbox, 'wire.txt'));
    const run = await runCliProcess([
      'import',
      path.join(inbox, 'saved-page.html'),
      path.join(inbox, 'wire.txt'),
      '--workspace',
      ws,
      '--json',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const [page, wire] = JSON.parse(run.stdout) as {
      id: string;
      format: string;
      headline: string;
      photos: string[];
      placements: { field: string; text: string; reason: string }[];
    }[];
    expect(page).toMatchObject({
      format: 'html',
      headline: "Moscow's ice sculptors race the thaw",
      photos: ['ice-gorky-park.jpg'],
    });
    expect(wire!.format).toBe('text');
    expect(wire!.placements).toContainEqual({
      field: 'dateline',
      text: 'San Diego (tca/dpa)',
      reason: 'the place and agency opening the first paragraph',
    });
    const open = await Workspace.open(ws);
    const article = await open.articles.read(page!.id);
    await open.close();
    expect(article.article.leadPhoto).toMatchObject({
      file: 'ice-gorky-park.jpg',
      credit: 'AFP/Kiril Kudryatsev',
    });
  });
});

describe('newsroom import: Word documents (real process)', { timeout: 120_000 }, () => {
  const docx = path.join(repoRoot, 'tests/fixtures/docx/libreoffice/feature-story.docx');
  const release = path.join(repoRoot, 'tests/fixtures/docx/libreoffice/press-release.docx');

  it('detects a .docx by its content, stores its pictures and lists comments and changes', async () => {
    // No .docx extension: the zip with word/document.xml says what it is.
    const renamed = path.join(inbox, 'from-the-desk.bin');
    await copyFile(docx, renamed);
    const run = await runCliProcess(['import', renamed, '--workspace', ws, '--json']);
    expect(run.code).toBe(0);
    const [report] = JSON.parse(run.stdout) as {
      id: string;
      format: string;
      headline: string;
      photos: string[];
      notes: string[];
    }[];
    expect(report).toMatchObject({
      format: 'docx',
      headline: 'Leeks and onions go in early after a mild winter',
      photos: ['word-picture-1.jpg', 'word-picture-2.jpg'],
    });
    expect(run.stderr).toContain(
      `note: "${renamed}": comment by Desk Editor left out: "Check the year with the family."`,
    );
    expect(run.stderr).toContain(
      `note: "${renamed}": tracked deletion by Sub Editor left out: "nearly"`,
    );
    const open = await Workspace.open(ws, { lock: false });
    try {
      const { article } = await open.articles.read(report!.id);
      const figures = (article.body.content ?? []).filter((node) => node.type === 'figure');
      expect(figures.map((figure) => figure.attrs?.credit)).toEqual([
        'Big Newspaper/John Doe',
        'ARTstor',
      ]);
      const folder = await open.articles.folder(report!.id);
      expect((await readdir(path.join(folder, 'photos'))).sort()).toEqual([
        'word-picture-1.jpg',
        'word-picture-2.jpg',
      ]);
    } finally {
      await open.close();
    }
  });

  it('refuses a zip bomb and a truncated .docx with one line each; nothing is imported', async () => {
    const bomb = path.join(inbox, 'bomb.docx');
    await writeFile(
      bomb,
      buildZip(
        docxParts(wordParagraph('Headline', 'Title'), [
          { name: 'word/media/image1.png', data: deflatedZeros(1_000) },
        ]),
      ),
    );
    const cut = path.join(inbox, 'cut.docx');
    await writeFile(cut, (await readFile(docx)).subarray(0, 5_000));
    const before = await tree(ws);
    for (const [file, message] of [
      [
        bomb,
        'refused as a possible zip bomb: its parts would unpack to 1001 MB (at most 100 MB is accepted)',
      ],
      [
        cut,
        "not a readable Word document: the zip's table of contents is missing (a damaged or truncated file?)",
      ],
    ] as const) {
      // A good file first: it must not be imported either.
      const run = await runCliProcess(['import', release, file, '--workspace', ws]);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(oneLine(run.stderr)).toBe(`newsroom import: "${file}": ${message}`);
    }
    expect(await tree(ws)).toEqual(before);
  });
});
