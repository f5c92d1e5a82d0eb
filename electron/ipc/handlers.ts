import type { z } from 'zod';
import type { Article } from '../../core/article/article';
import { slugify } from '../../core/article/slug';
import { checkArticle } from '../../core/checks/pre-export';
import { imageExtensions } from '../../core/photo/image-format';
import { loadCheckConfig } from '../export/check-config';
import { runExport } from '../export/run-export';
import { attachPhoto } from '../photos/attach-photo';
import {
  recallPhotoCredit,
  recentCredits,
  rememberArticlePhotos,
} from '../photos/photo-registry-file';
import type { DeskClient } from '../desk/desk-client';
import type { DeskCredentials } from '../shell/desk-credentials';
import type { Workspace } from '../store/workspace';
import {
  channels,
  requestSchemas,
  type Channel,
  type Envelope,
  type EventName,
  type Events,
  type ExportFormat,
  type Response,
  type WorkspaceInfo,
} from './contract';
import { deskHandlers } from './desk-handlers';
import { importHandlers } from './import-handlers';

/** Native file dialogs (Electron's in the app, a scripted stand-in in tests). Empty array / undefined = cancelled. */
export interface Dialogs {
  open(options: {
    title?: string;
    filters?: { name: string; extensions: string[] }[];
    properties?: string[];
  }): Promise<string[]>;
  save(options: {
    title?: string;
    defaultPath?: string;
    filters?: { name: string; extensions: string[] }[];
  }): Promise<string | undefined>;
}

/** Full-text search over the workspace (electron/search/search-service.ts satisfies it). */
export interface SearchIndex {
  update(article: Article): void;
  remove(id: string): void;
  query(query: string): Promise<string[]>;
}

export interface HandlerDeps {
  /** The workspace open now (it changes after workspace:open). */
  workspace(): Workspace;
  /** Closes the current workspace and opens `dir`. */
  switchWorkspace(dir: string): Promise<Workspace>;
  dialogs: Dialogs;
  emit<E extends EventName>(event: E, payload: Events[E]): void;
  /** The renderer has saved everything after app:before-close; the window may close. */
  onReadyToClose?(): void;
  /** The search index of the current workspace, when one runs. */
  search?(): SearchIndex | null;
  /** The team desk client of the current workspace, when the window has one. */
  desk?(): DeskClient | null;
  /** Where the desk login is kept between runs (safeStorage in the app, memory in the harness). */
  deskLogin?: DeskCredentials;
}

/** One async function per channel: validates the payload, never throws, answers with an envelope. */
export type HandlerTable = {
  [C in Channel]: (payload: unknown) => Promise<Envelope<Response<C>>>;
};

type Parsed<C extends Channel> = z.output<(typeof requestSchemas)[C]>;
type Implementations = { [C in Channel]: (request: Parsed<C>) => Promise<Response<C>> };

const imageFilters = [{ name: 'Images', extensions: [...imageExtensions] }];

const exportTargets: Record<
  ExportFormat,
  { suffix: string; filter: { name: string; extensions: string[] } | null }
> = {
  html: { suffix: '', filter: null },
  'html-single': { suffix: '.html', filter: { name: 'HTML document', extensions: ['html'] } },
  'html-fragment': { suffix: '.html', filter: { name: 'HTML fragment', extensions: ['html'] } },
  ninjs: { suffix: '.ninjs.json', filter: { name: 'ninjs JSON', extensions: ['json'] } },
  json: { suffix: '.newsroom.json', filter: { name: 'Newsroom JSON', extensions: ['json'] } },
  newsml: { suffix: '.newsml.xml', filter: { name: 'NewsML-G2', extensions: ['xml'] } },
  nitf: { suffix: '.nitf.xml', filter: { name: 'NITF', extensions: ['xml'] } },
};

/** What a failed request tells the user: the message only, never a stack. */
export function userMessage(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return typeof error === 'string' ? error : 'unknown error';
}

function describeRefusal(channel: Channel, error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return `Refused ${channel}: invalid request`;
  const where = issue.path.length ? `${issue.path.map(String).join('.')}: ` : '';
  return `Refused ${channel}: ${where}${issue.message}`;
}

function workspaceInfo(ws: Workspace): WorkspaceInfo {
  return { path: ws.root, readOnly: ws.readOnly, lockedBy: ws.lockedBy };
}

/** Builds the IPC handler table over the workspace and the exporters; main.ts and the e2e harness register it. */
export function createHandlers(deps: HandlerDeps): HandlerTable {
  const ws = (): Workspace => deps.workspace();

  // The search index is a cache: a failure there must not fail the save that triggered it.
  const indexArticle = (article: Article): void => {
    try {
      deps.search?.()?.update(article);
    } catch {
      /* the index is rebuilt on the next start */
    }
  };

  // Credits travel with their image: remembered on every save that carries photos.
  const rememberPhotos = async (article: Article): Promise<void> => {
    await rememberArticlePhotos(ws(), article).catch(() => undefined);
  };

  // Each workspace's desk dictionary is watched from the first request on, until it closes.
  const watchedDictionaries = new WeakSet<Workspace>();

  const impl: Implementations = {
    'workspace:info': async () => workspaceInfo(ws()),
    'workspace:open': async () => {
      const [dir] = await deps.dialogs.open({
        title: 'Open workspace',
        properties: ['openDirectory', 'createDirectory'],
      });
      if (!dir) return null;
      return workspaceInfo(await deps.switchWorkspace(dir));
    },
    'article:list': async () => ws().articles.list(),
    'article:search': async ({ query }) => {
      const search = deps.search?.();
      if (search) return search.query(query);
      const needle = query.trim().toLowerCase();
      const entries = await ws().articles.list();
      return entries.filter((e) => e.headline.toLowerCase().includes(needle)).map((e) => e.id);
    },
    'article:create': async () => {
      const created = await ws().articles.create();
      await ws().lastArticle.set(created.article.id);
      indexArticle(created.article);
      return created;
    },
    'article:open': async ({ id }) => {
      const opened = await ws().articles.read(id);
      await ws().lastArticle.set(id);
      return opened;
    },
    'article:read': async ({ id }) => ws().articles.read(id),
    'article:last': async () => ws().lastArticle.get(),
    'article:save': async ({ article, revision }) => {
      const result = await ws().articles.save(article, revision);
      if (result.ok) {
        indexArticle({ ...article, updated: result.updated });
        await rememberPhotos(article);
      }
      return result;
    },
    'article:save-copy': async ({ article }) => {
      const copy = await ws().articles.saveCopy(article);
      await ws().lastArticle.set(copy.article.id);
      indexArticle(copy.article);
      return copy;
    },
    'article:delete': async ({ id }) => {
      await ws().articles.delete(id);
      if ((await ws().lastArticle.get()) === id) await ws().lastArticle.set(null);
      try {
        deps.search?.()?.remove(id);
      } catch {
        /* see indexArticle */
      }
    },
    'photo:attach': async ({ id }) => {
      const [path] = await deps.dialogs.open({
        title: 'Attach photo',
        filters: imageFilters,
        properties: ['openFile'],
      });
      if (!path) return null;
      return attachPhoto(ws(), id, { path });
    },
    'photo:import': async ({ id, name, bytes }) => attachPhoto(ws(), id, { name, bytes }),
    'photo:recall': async ({ id, photo }) => recallPhotoCredit(ws(), id, photo),
    'credits:recent': async () => recentCredits(ws()),
    'export:check': async ({ id }) => {
      const { article } = await ws().articles.read(id);
      return checkArticle(article, await loadCheckConfig(ws().root));
    },
    'export:run': async ({ ids, format, force }) => {
      const target = exportTargets[format];
      let out: string | undefined;
      if (ids.length === 1) {
        const { article } = await ws().articles.read(ids[0]!);
        out = await deps.dialogs.save({
          title: 'Export article',
          defaultPath: `${slugify(article.headline)}${target.suffix}`,
          ...(target.filter ? { filters: [target.filter] } : {}),
        });
      } else {
        [out] = await deps.dialogs.open({
          title: `Export ${ids.length} articles to a folder`,
          properties: ['openDirectory', 'createDirectory'],
        });
      }
      if (!out) return null;
      return runExport(ws(), ids, format, out, {
        force: force ?? false,
        onProgress: (done, total) => deps.emit('export:progress', { done, total }),
      });
    },
    'history:list': async ({ id }) => ws().history.list(id),
    'history:read': async ({ id, snapshot }) => ws().history.read(id, snapshot),
    'history:restore': async ({ id, snapshot }) => {
      const restored = await ws().history.restore(id, snapshot);
      indexArticle(restored.article);
      return restored;
    },
    'history:snapshot': async ({ id }) => ws().history.snapshot(id),
    'recovery:write': async ({ article }) => ws().recovery.write(article),
    'recovery:list': async () => ws().recovery.list(),
    'recovery:take': async ({ id }) => ws().recovery.take(id),
    'recovery:discard': async ({ id }) => ws().recovery.discard(id),
    'spelling:words': async () => {
      const workspace = ws();
      if (!watchedDictionaries.has(workspace)) {
        watchedDictionaries.add(workspace);
        workspace.dictionary.watch((words) => deps.emit('spelling:words', words));
      }
      return workspace.dictionary.words();
    },
    'spelling:add-word': async ({ word }) => ws().dictionary.add(word),
    'settings:read': async () => ws().settings.read(),
    'settings:update': async (patch) => ws().settings.update(patch),
    'app:ready-to-close': async () => {
      deps.onReadyToClose?.();
    },
    ...importHandlers({ workspace: ws, dialogs: deps.dialogs }),
    ...deskHandlers({
      desk: deps.desk,
      login: deps.deskLogin,
      workspace: ws,
      pickPhoto: () =>
        deps.dialogs.open({
          title: 'Attach photo',
          filters: imageFilters,
          properties: ['openFile'],
        }),
    }),
  };

  const table: Partial<Record<Channel, (payload: unknown) => Promise<Envelope<unknown>>>> = {};
  for (const channel of channels) {
    const run = impl[channel] as (request: unknown) => Promise<unknown>;
    table[channel] = async (payload) => {
      const parsed = requestSchemas[channel].safeParse(payload);
      if (!parsed.success) return { ok: false, error: describeRefusal(channel, parsed.error) };
      try {
        return { ok: true, value: await run(parsed.data) };
      } catch (error) {
        return { ok: false, error: userMessage(error) };
      }
    };
  }
  return table as HandlerTable;
}
