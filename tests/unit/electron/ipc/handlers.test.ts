import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Envelope } from '../../../../electron/ipc/contract';
import { createHandlers, type Dialogs, type HandlerTable } from '../../../../electron/ipc/handlers';
import { endExifTool } from '../../../../electron/photos/exiftool-process';
import { Workspace } from '../../../../electron/store/workspace';

// Exports start the shared ExifTool process; end it as the app and the CLI do.
afterAll(endExifTool);

const repoRoot = resolve(import.meta.dirname, '../../../..');
const photoFixture = resolve(
  repoRoot,
  '../shared/fixtures/photos/iptc-staff-photographer-example.jpg',
);

function value<T>(envelope: Envelope<T>): T {
  if (!envelope.ok) throw new Error(`expected ok, got error: ${envelope.error}`);
  return envelope.value;
}

function refusal(envelope: Envelope<unknown>): string {
  if (envelope.ok) throw new Error('expected a refusal, got ok');
  return envelope.error;
}

describe('createHandlers', () => {
  let dir: string;
  let ws: Workspace;
  let handlers: HandlerTable;
  let opened: string[];
  let saved: string | undefined;
  let dialogCalls: { kind: 'open' | 'save'; options: unknown }[];
  let readyToClose: number;
  let events: [string, unknown][];

  const dialogs: Dialogs = {
    open: async (options) => {
      dialogCalls.push({ kind: 'open', options });
      return opened;
    },
    save: async (options) => {
      dialogCalls.push({ kind: 'save', options });
      return saved;
    },
  };

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'newsroom-handlers-'));
    ws = await Workspace.open(join(dir, 'ws'));
    opened = [];
    saved = undefined;
    dialogCalls = [];
    readyToClose = 0;
    events = [];
    handlers = createHandlers({
      workspace: () => ws,
      switchWorkspace: async (next) => {
        await ws.close();
        ws = await Workspace.open(next);
        return ws;
      },
      dialogs,
      emit: (event, payload) => {
        events.push([event, payload]);
      },
      onReadyToClose: () => {
        readyToClose += 1;
      },
    });
  });

  afterEach(async () => {
    await ws.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('has a handler for every channel of the contract', async () => {
    const { channels } = await import('../../../../electron/ipc/contract');
    expect(Object.keys(handlers).sort()).toEqual([...channels].sort());
  });

  it('refuses malformed payloads before touching the workspace', async () => {
    const cases: [keyof HandlerTable, unknown][] = [
      ['article:open', undefined],
      ['article:open', { id: '../../etc/passwd' }],
      ['article:open', { id: 'aaaaaaaaaaaaaaaa', extra: true }],
      ['article:create', { headline: 'sneaky' }],
      ['article:delete', 'aaaaaaaaaaaaaaaa'],
      ['photo:import', { id: 'aaaaaaaaaaaaaaaa', name: 'x.jpg', bytes: [1, 2, 3] }],
      ['export:run', { ids: [], format: 'html' }],
      ['export:run', { ids: ['aaaaaaaaaaaaaaaa'], format: 'pdf' }],
      ['article:search', { query: 'x'.repeat(501) }],
    ];
    for (const [channel, payload] of cases) {
      const error = refusal(await handlers[channel](payload));
      expect(error).toMatch(new RegExp(`^Refused ${channel}: `));
      expect(error).not.toMatch(/\n\s+at /);
    }
    expect(value(await handlers['article:list'](undefined))).toEqual([]);
    expect(dialogCalls).toEqual([]);
  });

  it('refuses an article that does not fit the schema, naming the field', async () => {
    const { article, revision } = value(await handlers['article:create'](undefined));
    const error = refusal(
      await handlers['article:save']({ article: { ...article, status: 'published' }, revision }),
    );
    expect(error).toContain('article.status');
    const onDisk = value(await handlers['article:open']({ id: article.id }));
    expect(onDisk.article.status).toBe('draft');
  });

  it('creates, saves, lists and reopens an article, remembering the last one', async () => {
    const created = value(await handlers['article:create'](undefined));
    expect(value(await handlers['article:last'](undefined))).toBe(created.article.id);
    const edited = {
      ...created.article,
      headline: 'Floods close the ring road',
      byline: 'A. Reporter',
    };
    const result = value(
      await handlers['article:save']({ article: edited, revision: created.revision }),
    );
    expect(result.ok).toBe(true);

    const list = value(await handlers['article:list'](undefined));
    expect(list.map((e) => [e.id, e.headline])).toEqual([
      [created.article.id, 'Floods close the ring road'],
    ]);
    const reopened = value(await handlers['article:open']({ id: created.article.id }));
    expect(reopened.article.byline).toBe('A. Reporter');
    expect(value(await handlers['article:search']({ query: 'ring road' }))).toEqual([
      created.article.id,
    ]);
  });

  it('answers a save based on an old revision with the conflict, and keeps both on request', async () => {
    const created = value(await handlers['article:create'](undefined));
    const first = { ...created.article, headline: 'Theirs' };
    value(await handlers['article:save']({ article: first, revision: created.revision }));
    const mine = { ...created.article, headline: 'Mine' };
    const result = value(
      await handlers['article:save']({ article: mine, revision: created.revision }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.conflict.theirs.headline).toBe('Theirs');

    const copy = value(await handlers['article:save-copy']({ article: mine }));
    expect(copy.article.id).not.toBe(created.article.id);
    expect(value(await handlers['article:last'](undefined))).toBe(copy.article.id);
    const headlines = value(await handlers['article:list'](undefined)).map((e) => e.headline);
    expect(headlines.sort()).toEqual(['Mine (copy)', 'Theirs']);
  });

  it('reports store failures as a message without a stack', async () => {
    const error = refusal(await handlers['article:open']({ id: '0000000000000000' }));
    expect(error.length).toBeGreaterThan(0);
    expect(error).not.toMatch(/\n\s+at /);
  });

  it('deletes into the trash and forgets it as the last article', async () => {
    const created = value(await handlers['article:create'](undefined));
    value(await handlers['article:delete']({ id: created.article.id }));
    expect(value(await handlers['article:list'](undefined))).toEqual([]);
    expect(value(await handlers['article:last'](undefined))).toBeNull();
    expect((await readdir(join(ws.root, '.trash'))).length).toBe(1);
  });

  it('attaches a photo chosen in the file dialog, and returns null when it is cancelled', async () => {
    const { article } = value(await handlers['article:create'](undefined));
    expect(value(await handlers['photo:attach']({ id: article.id }))).toBeNull();

    opened = [photoFixture];
    const attached = value(await handlers['photo:attach']({ id: article.id }));
    expect(attached).not.toBeNull();
    const stored = await ws.photos.path(article.id, attached!.photo.file);
    expect(await readFile(stored)).toEqual(await readFile(photoFixture));
    expect(dialogCalls.at(-1)).toMatchObject({
      kind: 'open',
      options: { properties: ['openFile'] },
    });
  });

  it('imports dropped photo bytes into the article folder', async () => {
    const { article } = value(await handlers['article:create'](undefined));
    const bytes = new Uint8Array(await readFile(photoFixture));
    const attached = value(
      await handlers['photo:import']({ id: article.id, name: 'drop.jpg', bytes }),
    );
    expect(await readFile(await ws.photos.path(article.id, attached.photo.file))).toEqual(
      Buffer.from(bytes),
    );
  });

  it('asks for an export target named after the headline; cancelling exports nothing', async () => {
    const created = value(await handlers['article:create'](undefined));
    await handlers['article:save']({
      article: { ...created.article, headline: 'Élection à Paris' },
      revision: created.revision,
    });
    expect(
      value(await handlers['export:run']({ ids: [created.article.id], format: 'ninjs' })),
    ).toBeNull();
    expect(dialogCalls).toEqual([
      {
        kind: 'save',
        options: expect.objectContaining({ defaultPath: 'election-a-paris.ninjs.json' }),
      },
    ]);
  });

  it('refuses a file that is not an image, naming it, and stores nothing', async () => {
    const { article } = value(await handlers['article:create'](undefined));
    const fake = join(dir, 'minutes-not-a-photo.jpg');
    await writeFile(fake, 'Minutes of the council meeting, 3 March.\n');
    opened = [fake];
    const error = refusal(await handlers['photo:attach']({ id: article.id }));
    expect(error).toContain('minutes-not-a-photo.jpg');
    const bytes = new TextEncoder().encode('%PDF-1.7 not an image');
    const dropped = refusal(
      await handlers['photo:import']({ id: article.id, name: 'scan.png', bytes }),
    );
    expect(dropped).toContain('scan.png');
    expect(await readdir(join(await ws.articles.folder(article.id), 'photos'))).toEqual([]);
  });

  it('runs the pre-export checks: an empty article is blocked until forced', async () => {
    const { article } = value(await handlers['article:create'](undefined));
    const findings = value(await handlers['export:check']({ id: article.id }));
    expect(findings.filter((f) => f.severity === 'blocker').map((f) => f.code)).toEqual([
      'missing-headline',
      'empty-body',
    ]);
    saved = join(dir, 'blocked.ninjs.json');
    const blocked = value(await handlers['export:run']({ ids: [article.id], format: 'ninjs' }));
    expect(blocked).toMatchObject({ ok: false });
    const forced = value(
      await handlers['export:run']({ ids: [article.id], format: 'ninjs', force: true }),
    );
    expect(forced).toEqual({ ok: true, written: [saved] });
  });

  it('exports to the file chosen in the save dialog and reports progress', async () => {
    const created = value(await handlers['article:create'](undefined));
    const article = {
      ...created.article,
      headline: 'Bridge reopens',
      body: {
        type: 'doc' as const,
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Traffic flows again.' }] }],
      },
    };
    value(await handlers['article:save']({ article, revision: created.revision }));
    saved = join(dir, 'out', 'bridge');
    const result = value(await handlers['export:run']({ ids: [article.id], format: 'html' }));
    expect(result).toEqual({ ok: true, written: [join(saved, 'index.html')] });
    expect(await readFile(join(saved, 'index.html'), 'utf8')).toContain('Traffic flows again.');
    expect(events).toContainEqual(['export:progress', { done: 1, total: 1 }]);
  });

  it('suggests credits, starting with the desk presets', async () => {
    const credits = value(await handlers['credits:recent'](undefined));
    expect(credits).toContain('AFP');
  });

  it('reads a snapshot for the History panel and refuses ids that are not snapshots', async () => {
    const created = value(await handlers['article:create'](undefined));
    const first = { ...created.article, headline: 'First take' };
    value(await handlers['article:save']({ article: first, revision: created.revision }));
    const [snapshot] = value(await handlers['history:list']({ id: created.article.id }));
    const read = value(
      await handlers['history:read']({ id: created.article.id, snapshot: snapshot!.id }),
    );
    expect(read.headline).toBe('First take');

    expect(
      refusal(await handlers['history:read']({ id: created.article.id, snapshot: '../x' })),
    ).toMatch(/^Refused history:read: snapshot: /);
    expect(
      refusal(await handlers['history:read']({ id: created.article.id, snapshot: '..' })),
    ).toMatch(/not a snapshot id/);
    expect(
      refusal(
        await handlers['history:read']({
          id: created.article.id,
          snapshot: '20260101T000000000Z-abcdef',
        }),
      ),
    ).toMatch(/does not exist/);
  });

  it('keeps a snapshot of the saved article on request, once per change', async () => {
    const created = value(await handlers['article:create'](undefined));
    const id = created.article.id;
    const first = value(
      await handlers['article:save']({
        article: { ...created.article, headline: 'One' },
        revision: created.revision,
      }),
    );
    if (!first.ok) throw new Error('first save conflicted');
    // Within the snapshot interval: saved, but not yet in the history.
    value(
      await handlers['article:save']({
        article: { ...created.article, headline: 'Two' },
        revision: first.revision,
      }),
    );
    expect(value(await handlers['history:list']({ id })).map((s) => s.headline)).toEqual(['One']);

    value(await handlers['history:snapshot']({ id }));
    value(await handlers['history:snapshot']({ id }));
    expect(value(await handlers['history:list']({ id })).map((s) => s.headline)).toEqual([
      'Two',
      'One',
    ]);
    expect(refusal(await handlers['history:snapshot']({ id: '../etc' }))).toMatch(
      /^Refused history:snapshot: id: /,
    );
  });

  it('switches workspace through the folder dialog', async () => {
    expect(value(await handlers['workspace:open'](undefined))).toBeNull();
    opened = [join(dir, 'other')];
    const info = value(await handlers['workspace:open'](undefined));
    expect(info).toEqual({ path: ws.root, readOnly: false, lockedBy: null });
    expect(ws.root).toContain('other');
    expect(value(await handlers['workspace:info'](undefined)).path).toBe(ws.root);
  });

  it('tells the shell when the renderer is ready to close', async () => {
    value(await handlers['app:ready-to-close'](undefined));
    expect(readyToClose).toBe(1);
  });
});
