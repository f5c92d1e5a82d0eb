import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { Article } from '../../../../core/article/article';
import { Workspace } from '../../../../electron/store/workspace';

export const repoRoot = path.resolve(__dirname, '../../../..');
export const fixturePhoto = path.resolve(
  repoRoot,
  '../shared/fixtures/photos/iptc-staff-photographer-example.jpg',
);

/** An article body of one paragraph. */
export const paragraphBody = (text: string) => ({
  type: 'doc' as const,
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

/** A real temporary workspace plus an output folder, removed by cleanup(). */
export async function tempWorkspace() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'newsroom-export-'));
  const ws = await Workspace.open(path.join(dir, 'ws'));
  return {
    dir,
    ws,
    out: path.join(dir, 'out'),
    async cleanup() {
      await ws.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A fresh tempWorkspace() for each test of the calling file, cleaned up after it. */
export function useTempWorkspace(): Awaited<ReturnType<typeof tempWorkspace>> {
  const t = {} as Awaited<ReturnType<typeof tempWorkspace>>;
  beforeEach(async () => {
    Object.assign(t, await tempWorkspace());
  });
  afterEach(() => t.cleanup());
  return t;
}

/** Creates an article with the fields given and, when asked, the fixture photo as lead photo and body figure. */
export async function addArticle(
  ws: Workspace,
  fields: Partial<Article>,
  withPhoto = false,
): Promise<Article> {
  const { article, revision } = await ws.articles.create();
  let next: Article = { ...article, ...fields, id: article.id };
  if (withPhoto) {
    const file = await ws.photos.add(article.id, { path: fixturePhoto });
    next = {
      ...next,
      leadPhoto: {
        file,
        caption: 'Staff at work',
        credit: 'Newsroom/Desk',
        photographer: 'Jo Staff',
        copyright: '© 2026 Newsroom',
        altText: 'People at desks',
        width: 10,
        height: 10,
        fromFile: [],
      },
      body: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'Body text here.' }] },
          {
            type: 'figure',
            attrs: {
              src: file,
              caption: 'Again',
              credit: 'Desk',
              photographer: '',
              copyright: '',
              alt: 'Same photo',
              width: null,
              height: null,
            },
          },
        ],
      },
    };
  }
  const saved = await ws.articles.save(next, revision);
  if (!saved.ok) throw new Error('save conflict in test setup');
  return (await ws.articles.read(article.id)).article;
}
