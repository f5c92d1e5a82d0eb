// A data folder with users and one old article (article.json only), for desk tests.
import path from 'node:path';
import * as Y from 'yjs';
import { articleFromDoc } from '../../../../core/desk/article-from-doc';
import { deskBody } from '../../../../core/desk/desk-layout';
import { addDeskUser } from '../../../../electron/desk-server/desk-users';
import { DeskClient } from '../../../../electron/desk/desk-client';
import { Workspace } from '../../../../electron/store/workspace';
import { paragraphs, tempDir } from '../store/temp-workspace';

export interface DeskFixture {
  dir: string;
  data: string;
  users: string;
  reporter: string;
  editor: string;
  id: string;
  cleanup: () => Promise<void>;
}

/** A data folder holding one article with three paragraphs, and a reporter's and an editor's token. */
export async function deskFixture(): Promise<DeskFixture> {
  const { dir, cleanup } = await tempDir('newsroom-desk-');
  const data = path.join(dir, 'data');
  const users = path.join(dir, 'users.json');
  const reporter = await addDeskUser(users, 'Rita Reporter', 'reporter');
  const editor = await addDeskUser(users, 'Ed Editor', 'editor');
  const ws = await Workspace.open(data);
  const { article, revision } = await ws.articles.create({ headline: 'Floods in the valley' });
  await ws.articles.save({ ...article, body: paragraphs('One.', 'Two.', 'Three.') }, revision);
  await ws.close();
  return { dir, data, users, reporter, editor, id: article.id, cleanup };
}

/** Types `text` at the start of the body's paragraph `index`. */
export function typeInParagraph(doc: Y.Doc, index: number, text: string): void {
  const paragraph = deskBody(doc).get(index) as Y.XmlElement;
  const first = paragraph.get(0);
  if (first instanceof Y.XmlText) first.insert(0, text);
  else paragraph.insert(0, [new Y.XmlText(text)]);
}

/** The article a document describes, as plain JSON without the volatile `updated`. */
export function contentOf(doc: Y.Doc, id: string) {
  const { updated: _updated, ...rest } = articleFromDoc(doc, {
    id,
    updated: '2000-01-01T00:00:00Z',
  });
  return rest;
}

/** The article saved in a data folder, read again if the server renames its folder meanwhile. */
export async function savedArticle(data: string, id: string) {
  const ws = await Workspace.open(data, { lock: false });
  try {
    for (;;) {
      const read = await ws.articles.read(id).catch(() => null);
      if (read) return read.article;
    }
  } finally {
    await ws.close();
  }
}

/**
 * The app's main-process desk client on the laptop folder `name` under `dir`, quick to reconnect,
 * keeping what it sends the window in `events`.
 */
export async function laptopClient(
  dir: string,
  name: string,
  windowReach?: (socketUrl: string) => boolean,
) {
  const ws = await Workspace.open(path.join(dir, name));
  const events: { event: string; payload: unknown }[] = [];
  const client = new DeskClient({
    workspace: ws,
    emit: (event, payload) => void events.push({ event, payload }),
    backoff: { delay: 100, maxDelay: 1000 },
    windowReach,
  });
  const close = async () => {
    await client.close();
    await ws.close();
  };
  return { ws, client, events, close };
}
