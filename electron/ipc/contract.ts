import { z } from 'zod';
import { articleId, articleSchema, type Article } from '../../core/article/article';
import { photoSchema, type Photo, type PhotoTextField } from '../../core/article/photo';
import type { CheckFinding } from '../../core/checks/pre-export';
import { MAX_IMPORT_BYTES } from '../../core/import/import-file';
import { MAX_IMPORT_CHARS } from '../../core/import/import-text';
import type { RecognisedArticle } from '../../core/import/recognise/placement';
import { languageTag } from '../../core/language/language-tag';
import type { ImportedArticle } from '../import/import-into-workspace';
import type {
  LibraryChanges,
  LibraryEntry,
  OpenedArticle,
  RecoveryEntry,
  SaveResult,
  Snapshot,
} from '../store/store-types';
import type { WorkspaceSettingsValues } from '../store/workspace-settings';
import {
  deskEventNames,
  deskRequestSchemas,
  type DeskEvents,
  type DeskResponses,
} from './desk-contract';

// The store and core own these shapes; the contract passes them on to the preload and renderer.
export type {
  CheckFinding,
  ImportedArticle,
  LibraryChanges,
  LibraryEntry,
  OpenedArticle,
  RecognisedArticle,
  RecoveryEntry,
  SaveResult,
  Snapshot,
  WorkspaceSettingsValues,
};
export type * from './desk-contract';

export interface WorkspaceInfo {
  path: string;
  /** True when another instance holds the workspace lock. */
  readOnly: boolean;
  /** Who holds the lock when readOnly (host and process). */
  lockedBy: string | null;
}

export interface AttachedPhoto {
  photo: Photo;
  /** Values found embedded in the file (XMP / IPTC IIM), before anything typed. */
  embedded: Partial<Record<PhotoTextField | 'headline', string>>;
}

export const exportFormats = [
  'html',
  'html-single',
  'html-fragment',
  'ninjs',
  'json',
  'newsml',
  'nitf',
] as const;
export type ExportFormat = (typeof exportFormats)[number];

export type ExportResult =
  | { ok: true; written: string[] }
  | { ok: false; blocked: { id: string; findings: CheckFinding[] }[] };

const idRequest = z.strictObject({ id: articleId });
const snapshotRequest = z.strictObject({
  id: articleId,
  snapshot: z.string().regex(/^[0-9A-Za-z._-]{1,100}$/),
});
const none = z.undefined();

/** Request schemas: every handler validates its payload against these before doing anything. */
export const requestSchemas = {
  'workspace:info': none,
  'workspace:open': none,
  'article:list': none,
  'article:search': z.strictObject({ query: z.string().max(500) }),
  'article:create': none,
  'article:open': idRequest,
  'article:read': idRequest,
  'article:last': none,
  'article:save': z.strictObject({ article: articleSchema, revision: z.string().max(200) }),
  'article:save-copy': z.strictObject({ article: articleSchema }),
  'article:delete': idRequest,
  'article:import': none,
  'article:import-bytes': z.strictObject({
    name: z.string().min(1).max(255),
    bytes: z
      .instanceof(Uint8Array)
      .refine((b) => b.byteLength <= MAX_IMPORT_BYTES, 'file larger than 40 MB'),
  }),
  'article:recognise': z.strictObject({
    text: z.string().max(MAX_IMPORT_CHARS),
    html: z.string().max(MAX_IMPORT_CHARS).nullable(),
  }),
  'photo:attach': z.strictObject({ id: articleId }),
  'photo:import': z.strictObject({
    id: articleId,
    name: z.string().min(1).max(255),
    bytes: z
      .instanceof(Uint8Array)
      .refine((b) => b.byteLength <= 200 * 1024 * 1024, 'photo larger than 200 MB'),
  }),
  'photo:recall': z.strictObject({ id: articleId, photo: photoSchema }),
  'credits:recent': none,
  'export:check': idRequest,
  'export:run': z.strictObject({
    ids: z.array(articleId).min(1).max(100_000),
    format: z.enum(exportFormats),
    force: z.boolean().optional(),
  }),
  'history:list': idRequest,
  'history:read': snapshotRequest,
  'history:snapshot': idRequest,
  'history:restore': snapshotRequest,
  'recovery:write': z.strictObject({ article: articleSchema }),
  'recovery:list': none,
  'recovery:take': idRequest,
  'recovery:discard': idRequest,
  'spelling:words': none,
  'spelling:add-word': z.strictObject({ word: z.string().min(1).max(100) }),
  'settings:read': none,
  'settings:update': z.strictObject({ language: languageTag }),
  'app:ready-to-close': none,
  ...deskRequestSchemas,
} as const;

/** Response type of every channel. */
export interface Responses extends DeskResponses {
  'workspace:info': WorkspaceInfo;
  'workspace:open': WorkspaceInfo | null;
  'article:list': LibraryEntry[];
  'article:search': string[];
  'article:create': OpenedArticle;
  'article:open': OpenedArticle;
  /** The article as it is on disk now, without opening it (an outside change is checked against it). */
  'article:read': OpenedArticle;
  'article:last': string | null;
  'article:save': SaveResult;
  'article:save-copy': OpenedArticle;
  'article:delete': void;
  /** Import… through the file dialog: null when the user cancelled. */
  'article:import': ImportedArticle | null;
  'article:import-bytes': ImportedArticle;
  /** A paste taken apart into an article's parts (nothing is saved). */
  'article:recognise': RecognisedArticle;
  'photo:attach': AttachedPhoto | null;
  'photo:import': AttachedPhoto;
  'photo:recall': Photo;
  'credits:recent': string[];
  'export:check': CheckFinding[];
  'export:run': ExportResult | null;
  'history:list': Snapshot[];
  /** The article as it was in one snapshot (the History panel diffs it against the editor). */
  'history:read': Article;
  'history:restore': OpenedArticle;
  /** Keeps a snapshot of the saved article now (the renderer calls it when the user leaves the article). */
  'history:snapshot': void;
  'recovery:write': void;
  'recovery:list': RecoveryEntry[];
  'recovery:take': Article;
  'recovery:discard': void;
  /** The desk dictionary's words; from then on `spelling:words` events bring every change. */
  'spelling:words': string[];
  /** Adds a word to the desk dictionary; answers with all its words. */
  'spelling:add-word': string[];
  /** The workspace's settings (.newsroom/settings.json), defaults filled in. */
  'settings:read': WorkspaceSettingsValues;
  /** Changes the workspace's settings; answers with all of them. */
  'settings:update': WorkspaceSettingsValues;
  'app:ready-to-close': void;
}

export type Channel = keyof typeof requestSchemas;
export type Request<C extends Channel> = z.input<(typeof requestSchemas)[C]>;
export type Response<C extends Channel> = Responses[C];

/** What crosses the wire: a value, or an error message meant for the user. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: string };

/** Messages the main process pushes to the renderer. */
export interface Events extends DeskEvents {
  'menu:command': MenuCommand;
  'export:progress': { done: number; total: number };
  'app:before-close': void;
  /** The desk dictionary changed on disk (any window, instance or editor): all its words. */
  'spelling:words': string[];
  /** Articles changed, added or removed from outside the window (watched on disk). */
  'library:changed': LibraryChanges;
  /** A missing or stale library index is being reread: article files done of total. */
  'library:progress': { done: number; total: number };
}
export type EventName = keyof Events;
export const eventNames: EventName[] = [
  'menu:command',
  'export:progress',
  'app:before-close',
  'spelling:words',
  'library:changed',
  'library:progress',
  ...deskEventNames,
];

export const menuCommands = [
  'new-article',
  'open-workspace',
  'export-html',
  'export-ninjs',
  'export-newsml',
  'export-nitf',
  'find',
  'history',
  'import',
] as const;
export type MenuCommand = (typeof menuCommands)[number];

/** The API the preload exposes as window.newsroom: one function per channel, plus event subscription. */
export type NewsroomApi = {
  [C in Channel]: (
    ...args: Request<C> extends undefined ? [] : [Request<C>]
  ) => Promise<Envelope<Response<C>>>;
} & {
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void;
};

export const channels = Object.keys(requestSchemas) as Channel[];
