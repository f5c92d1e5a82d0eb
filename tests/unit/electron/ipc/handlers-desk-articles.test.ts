import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { setLeadPhoto, setTextField } from '../../../../core/desk/field-edits';
import { fromBase64, toBase64 } from '../../../../electron/desk/base64';
import { serveMedia } from '../../../../electron/shell/media';
import { photoFixture, refusal, useHandlers, value } from './handler-fixture';

const t = useHandlers();

/** The renderer's side: its own document, sending each change it makes. */
async function editorOf(id: string) {
  const opened = value(await t.handlers['desk:open']({ id }));
  const doc = new Y.Doc();
  Y.applyUpdate(doc, fromBase64(opened.update));
  return {
    doc,
    async change(edit: (doc: Y.Doc) => void) {
      const before = Y.encodeStateVector(doc);
      edit(doc);
      const update = toBase64(Y.encodeStateAsUpdate(doc, before));
      return value(await t.handlers['desk:update']({ id, update }));
    },
  };
}

describe('desk articles in the workspace, offline', () => {
  it('a new desk article gets a derived article.json the library and exporters read', async () => {
    const created = value(await t.handlers['desk:create'](undefined));
    expect(created.pending).toBe(1);
    const editor = await editorOf(created.id);
    await editor.change((doc) => setTextField(doc, 'headline', 'Harbour reopens'));
    await t.desk.mirror.flush();
    const { article } = await t.ws.articles.read(created.id);
    expect(article.headline).toBe('Harbour reopens');
    expect((await t.ws.articles.list()).map((e) => e.id)).toEqual([created.id]);
    expect(value(await t.handlers['export:check']({ id: created.id }))).toEqual(expect.any(Array));
  });

  it('a photo is kept by its SHA-256, linked into the article and served to the window', async () => {
    const created = value(await t.handlers['desk:create'](undefined));
    const editor = await editorOf(created.id);
    await t.desk.mirror.flush();
    const bytes = new Uint8Array(await readFile(photoFixture));
    const sha = createHash('sha256').update(bytes).digest('hex');
    const imported = value(
      await t.handlers['desk:photo-import']({ id: created.id, name: 'harbour.jpg', bytes }),
    );
    expect(imported.photo.file).toBe(`${sha}.jpg`);
    expect(imported.uploaded).toBe(false);
    await editor.change((doc) => setLeadPhoto(doc, imported.photo));
    await t.desk.mirror.flush();
    expect((await t.ws.articles.read(created.id)).article.leadPhoto?.file).toBe(`${sha}.jpg`);
    const served = await serveMedia(t.ws, `/media/${created.id}/${sha}.jpg`);
    expect(served.status).toBe(200);
    expect(Buffer.from(served.body)).toEqual(Buffer.from(bytes));
  });

  it('refuses a photo that is not an image, naming it', async () => {
    const created = value(await t.handlers['desk:create'](undefined));
    const bytes = new TextEncoder().encode('not a photo at all');
    expect(
      refusal(await t.handlers['desk:photo-import']({ id: created.id, name: 'notes.jpg', bytes })),
    ).toMatch(/photo "notes\.jpg"/);
  });

  it('history without a desk is empty, and a snapshot that does not exist is refused', async () => {
    const created = value(await t.handlers['desk:create'](undefined));
    expect(value(await t.handlers['desk:history-list']({ id: created.id }))).toEqual([]);
    expect(refusal(await t.handlers['desk:history-read']({ id: created.id, snapshot: 'e3' }))).toBe(
      `snapshot e3 of article ${created.id} does not exist`,
    );
  });
});
