import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { photoFixture, refusal, useHandlers, value } from './handler-fixture';

describe('createHandlers: photos', () => {
  const t = useHandlers();

  it('attaches a photo chosen in the file dialog, and returns null when it is cancelled', async () => {
    const { article } = value(await t.handlers['article:create'](undefined));
    expect(value(await t.handlers['photo:attach']({ id: article.id }))).toBeNull();

    t.opened = [photoFixture];
    const attached = value(await t.handlers['photo:attach']({ id: article.id }));
    expect(attached).not.toBeNull();
    const stored = await t.ws.photos.path(article.id, attached!.photo.file);
    expect(await readFile(stored)).toEqual(await readFile(photoFixture));
    expect(t.dialogCalls.at(-1)).toMatchObject({
      kind: 'open',
      options: { properties: ['openFile'] },
    });
  });

  it('imports dropped photo bytes into the article folder', async () => {
    const { article } = value(await t.handlers['article:create'](undefined));
    const bytes = new Uint8Array(await readFile(photoFixture));
    const attached = value(
      await t.handlers['photo:import']({ id: article.id, name: 'drop.jpg', bytes }),
    );
    expect(await readFile(await t.ws.photos.path(article.id, attached.photo.file))).toEqual(
      Buffer.from(bytes),
    );
  });

  it('refuses a file that is not an image, naming it, and stores nothing', async () => {
    const { article } = value(await t.handlers['article:create'](undefined));
    const fake = join(t.dir, 'minutes-not-a-photo.jpg');
    await writeFile(fake, 'Minutes of the council meeting, 3 March.\n');
    t.opened = [fake];
    const error = refusal(await t.handlers['photo:attach']({ id: article.id }));
    expect(error).toContain('minutes-not-a-photo.jpg');
    const bytes = new TextEncoder().encode('%PDF-1.7 not an image');
    const dropped = refusal(
      await t.handlers['photo:import']({ id: article.id, name: 'scan.png', bytes }),
    );
    expect(dropped).toContain('scan.png');
    expect(await readdir(join(await t.ws.articles.folder(article.id), 'photos'))).toEqual([]);
  });
});
