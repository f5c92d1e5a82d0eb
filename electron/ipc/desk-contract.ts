import { z } from 'zod';
import { articleId, type Article } from '../../core/article/article';
import type { Photo, PhotoTextField } from '../../core/article/photo';
import { deskRoles, type DeskRole } from '../../core/desk/desk-roles';
import type { Snapshot } from '../store/store-types';

/**
 * The team desk over IPC. The renderer keeps its own Y.Doc bound to the editor and trades Yjs
 * updates with the main process's Y.Doc of the same article; the network lives in the main
 * process only. Yjs updates travel as base64 strings so they survive every bridge (Electron's
 * structured clone and the e2e harness's JSON binding alike).
 *
 * - `desk:connect` {url, token} → DeskState: remembers the desk and connects (offline is fine).
 * - `desk:disconnect` → DeskState; `desk:state` → DeskState.
 * - `desk:list` → DeskArticleEntry[]: the desk's articles (the ones known here when offline).
 * - `desk:create` → DeskOpened: a new article, seeded and logged here, sent when online.
 * - `desk:open` {id} → DeskOpened: the whole document as one update; then `desk:update` events.
 * - `desk:update` {id, update, generation} → {pending}: resolves once the update is on this
 *   computer's disk. `generation` is the one the window's document was opened or reset with; an
 *   update of an older one is a late edit of a document the desk's refusal replaced, made again
 *   part by part on the current one.
 * - `desk:heard` {id, update}: an update the window's own connection heard from the desk, kept in
 *   this computer's log so the article opens offline as the window last showed it.
 * - `desk:awareness` {id, update}: the renderer's caret and name (y-protocols awareness update),
 *   when the window has no connection of its own.
 * - `desk:close` {id}: stops following the article.
 * - `desk:photo-import` {id, name, bytes} / `desk:photo-attach` {id} (file dialog): keeps the photo
 *   as `<sha256>.<ext>` in the workspace and sends it to the desk; the renderer then writes the
 *   returned photo into its document's leadPhoto (or a figure). Served at /media/<id>/<file>.
 * - `desk:history-list` {id} / `desk:history-read` {id, snapshot}: the article as it stood after
 *   each run of one person's changes (from the desk's log), for the History panel's diff.
 * Events: `desk:update` {id, update} (from others), `desk:awareness` {id, update}, `desk:state`,
 * `desk:refused` {id, notice, reset}: the desk refused a change and it was set aside; `reset` (when
 * the whole document was replaced) is the document the window must show from now on.
 */

/** A Yjs (or awareness) update, base64-encoded. */
export type Base64Update = string;

/** Largest update accepted from the renderer, in base64 characters (about 48 MB of bytes). */
export const maxUpdateChars = 64 * 1024 * 1024;

export const base64Update = z
  .string()
  .min(1)
  .max(maxUpdateChars, 'update larger than 48 MB')
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'update is not base64');

export { deskRoles, type DeskRole };

export const deskStatuses = ['offline', 'connecting', 'syncing', 'synced'] as const;
/** offline: no desk or unreachable; syncing: connected, changes in flight; synced: both sides equal. */
export type DeskStatus = (typeof deskStatuses)[number];

export interface DeskState {
  /** The desk this workspace works with, or null when solo. */
  url: string | null;
  /** Who the token belongs to, as the desk says, or as it last said while it is away. */
  user: { name: string; role: DeskRole } | null;
  status: DeskStatus;
  /** Local changes the desk has not confirmed yet, over every article. */
  pending: number;
  /** Why the last connection failed (bad token, unreachable), for the UI. */
  error: string | null;
}

export interface DeskArticleEntry {
  id: string;
  headline: string;
  status: string;
  updated: string;
}

export interface DeskOpened {
  id: string;
  /** The whole document as one Yjs update. */
  update: Base64Update;
  /** This article's local changes the desk has not confirmed yet. */
  pending: number;
  /** Counts the times the document was replaced after a refusal; `desk:update` sends it back. */
  generation: number;
  /** How the window reaches the desk itself (null: only through the main process). */
  live: DeskLiveAccess | null;
}

/** What a window whose own connection left the desk lacks: of the document, and everyone's carets. */
export interface DeskCatchUp {
  update: Base64Update;
  awareness: Base64Update;
}

/**
 * The desk's address and the person's token, for the window's own connection: keystrokes reach the
 * desk and the others without crossing the main process. Given only when the window's
 * Content-Security-Policy names that desk.
 */
export interface DeskLiveAccess {
  url: string;
  token: string;
}

/** A change of an open article the desk refused, set aside in `.newsroom/desk-refused/`. */
export interface DeskRefused {
  id: string;
  /** What was refused, why, and the file keeping it, in words for the person. */
  notice: string;
  /** The document the window shows from now on: the desk's copy and the allowed changes. */
  reset: DeskOpened | null;
}

/** One desk history entry: a snapshot of the document, with the people whose edits it holds. */
export interface DeskSnapshot extends Snapshot {
  authors: string[];
}

const idRequest = z.strictObject({ id: articleId });
const deskUrl = z
  .string()
  .max(2000)
  .refine((value) => {
    try {
      return ['ws:', 'wss:', 'http:', 'https:'].includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }, 'desk URL must be a ws://, wss://, http:// or https:// address');

export const deskRequestSchemas = {
  'desk:connect': z.strictObject({ url: deskUrl, token: z.string().min(1).max(1000) }),
  'desk:disconnect': z.undefined(),
  'desk:state': z.undefined(),
  'desk:list': z.undefined(),
  'desk:open': idRequest,
  'desk:update': z.strictObject({
    id: articleId,
    update: base64Update,
    generation: z.number().int().nonnegative().optional(),
  }),
  'desk:heard': z.strictObject({ id: articleId, update: base64Update }),
  'desk:awareness': z.strictObject({ id: articleId, update: base64Update }),
  'desk:in-step': z.discriminatedUnion('inStep', [
    z.strictObject({ id: articleId, inStep: z.literal(true) }),
    z.strictObject({ id: articleId, inStep: z.literal(false), stateVector: base64Update }),
  ]),
  'desk:close': idRequest,
  'desk:create': z.undefined(),
  'desk:photo-attach': idRequest,
  'desk:photo-import': z.strictObject({
    id: articleId,
    name: z.string().min(1).max(255),
    bytes: z
      .instanceof(Uint8Array)
      .refine((b) => b.byteLength <= 200 * 1024 * 1024, 'photo larger than 200 MB'),
  }),
  'desk:history-list': idRequest,
  'desk:history-read': z.strictObject({ id: articleId, snapshot: z.string().regex(/^e\d{1,9}$/) }),
} as const;

export interface DeskResponses {
  'desk:connect': DeskState;
  'desk:disconnect': DeskState;
  'desk:state': DeskState;
  'desk:list': DeskArticleEntry[];
  'desk:open': DeskOpened;
  'desk:update': { pending: number };
  'desk:heard': void;
  'desk:awareness': void;
  /** null when the window is in step (it needs nothing). */
  'desk:in-step': DeskCatchUp | null;
  'desk:close': void;
  'desk:create': DeskOpened;
  /** null when the user cancelled the file dialog. */
  'desk:photo-attach': DeskPhoto | null;
  'desk:photo-import': DeskPhoto;
  'desk:history-list': DeskSnapshot[];
  'desk:history-read': Article;
}

/** A photo stored by content: `file` is `<sha256>.<ext>`, served at /media/<id>/<file>. */
export interface DeskPhoto {
  photo: Photo;
  /** Values found embedded in the file (XMP / IPTC IIM), as photo:import gives them. */
  embedded: Partial<Record<PhotoTextField | 'headline', string>>;
  /** False when the desk was unreachable; it is uploaded on the next connection. */
  uploaded: boolean;
}

export interface DeskEvents {
  'desk:update': { id: string; update: Base64Update };
  'desk:awareness': { id: string; update: Base64Update };
  'desk:state': DeskState;
  'desk:refused': DeskRefused;
}

export const deskEventNames = [
  'desk:update',
  'desk:awareness',
  'desk:state',
  'desk:refused',
] as const;
