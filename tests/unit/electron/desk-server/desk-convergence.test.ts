import fc from 'fast-check';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deskBody, deskLeadPhoto } from '../../../../core/desk/desk-layout';
import { setLeadPhoto, setTextField } from '../../../../core/desk/field-edits';
import { seedDoc } from '../../../../core/desk/seed-doc';
import { Workspace } from '../../../../electron/store/workspace';
import { paragraphs } from '../store/temp-workspace';
import { DeskClient, startServer, until, type ServerProcess } from './desk-harness';
import {
  contentOf,
  deskFixture,
  savedArticle,
  typeInParagraph,
  type DeskFixture,
} from './desk-fixture';

let fx: DeskFixture;
let server: ServerProcess;
const ids: string[] = [];

beforeAll(async () => {
  fx = await deskFixture();
  ids.push(fx.id);
  const ws = await Workspace.open(fx.data);
  for (const headline of ['Second story', 'Third story']) {
    const { article, revision } = await ws.articles.create({ headline });
    await ws.articles.save({ ...article, body: paragraphs('Alpha.', 'Beta.') }, revision);
    ids.push(article.id);
  }
  await ws.close();
  server = await startServer({ data: fx.data, users: fx.users });
}, 60_000);
afterAll(async () => {
  await server.stop();
  await fx.cleanup();
});

const same = (a: Y.Doc, b: Y.Doc, id: string) =>
  JSON.stringify(contentOf(a, id)) === JSON.stringify(contentOf(b, id));

describe('clients of one desk', () => {
  it('edit offline in every field, reconnect and converge with every string present', async () => {
    const id = ids[0]!;
    const a = new DeskClient(server.url, fx.reporter);
    const b = new DeskClient(server.url, fx.editor);
    const docA = a.open(id);
    const docB = b.open(id);
    await until(() => a.allSynced() && b.allSynced());
    await a.offline();
    await b.offline();
    setTextField(docA, 'headline', 'A: ' + docA.getText('headline').toString());
    setTextField(docB, 'headline', docB.getText('headline').toString() + ' :B');
    typeInParagraph(docA, 0, 'offline-a ');
    typeInParagraph(docB, 0, 'offline-b ');
    setTextField(docA, 'kicker', 'Kicker A');
    setTextField(docB, 'byline', 'Byline B');
    setLeadPhoto(docA, {
      file: `${'a'.repeat(64)}.jpg`,
      caption: 'Caption',
      credit: '',
      photographer: '',
      copyright: '',
      altText: '',
      width: 10,
      height: 10,
      fromFile: [],
    });
    a.online();
    b.online();
    await until(() => a.allSynced() && b.allSynced() && same(docA, docB, id));
    const merged = contentOf(docA, id);
    expect(merged.headline).toBe('A: Floods in the valley :B');
    expect(JSON.stringify(merged.body)).toMatch(/offline-[ab] offline-[ab] One\./);
    expect([merged.kicker, merged.byline]).toEqual(['Kicker A', 'Byline B']);
    expect((deskLeadPhoto(docB).get('caption') as Y.Text).toString()).toBe('Caption');
    a.destroy();
    b.destroy();
  });

  it('does not duplicate an old article that a laptop seeded on its own before connecting', async () => {
    const id = ids[1]!;
    const local = new Y.Doc();
    Y.applyUpdate(local, seedDoc(await savedArticle(fx.data, id)));
    const laptop = new DeskClient(server.url, fx.reporter);
    laptop.open(id, local);
    await until(() => laptop.allSynced());
    expect(deskBody(local).length).toBe(2);
    expect(contentOf(local, id).body).toEqual(paragraphs('Alpha.', 'Beta.'));
    laptop.destroy();
  });

  it('converges every time under seeded random edits and disconnects over several documents', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            who: fc.integer({ min: 0, max: 2 }),
            doc: fc.integer({ min: 0, max: 2 }),
            action: fc.constantFrom('type', 'headline', 'offline', 'online'),
            text: fc
              .string({ minLength: 1, maxLength: 4 })
              .map((s) => (s as string & { toWellFormed(): string }).toWellFormed()),
          }),
          { minLength: 5, maxLength: 40 },
        ),
        async (steps) => {
          const people = [fx.reporter, fx.editor, fx.reporter].map(
            (t) => new DeskClient(server.url, t),
          );
          const docs = people.map((p) => ids.map((id) => p.open(id)));
          await until(() => people.every((p) => p.allSynced()));
          for (const step of steps) {
            const doc = docs[step.who]![step.doc]!;
            if (step.action === 'type') typeInParagraph(doc, 0, step.text);
            if (step.action === 'headline')
              setTextField(doc, 'headline', step.text + doc.getText('headline').toString());
            if (step.action === 'offline') await people[step.who]!.offline();
            if (step.action === 'online') people[step.who]!.online();
            await new Promise((r) => setImmediate(r));
          }
          for (const p of people) p.online();
          await until(
            () =>
              people.every((p) => p.allSynced()) &&
              ids.every(
                (id, d) =>
                  same(docs[0]![d]!, docs[1]![d]!, id) && same(docs[0]![d]!, docs[2]![d]!, id),
              ),
          );
          for (const step of steps) {
            if (step.action !== 'type') continue;
            expect(JSON.stringify(contentOf(docs[0]![step.doc]!, ids[step.doc]!).body)).toContain(
              JSON.stringify(step.text).slice(1, -1),
            );
          }
          for (const p of people) p.destroy();
        },
      ),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 8), seed: 1515 },
    );
    // What the server wrote on SIGTERM is what a fresh server, loading only from the folder, serves.
    expect(await server.stop()).toBe(0);
    server = await startServer({ data: fx.data, users: fx.users });
    for (const id of ids) {
      const reader = new DeskClient(server.url, fx.editor);
      const doc = reader.open(id);
      await until(() => reader.allSynced());
      expect((await savedArticle(fx.data, id)).body).toEqual(contentOf(doc, id).body);
      reader.destroy();
    }
  });
});
