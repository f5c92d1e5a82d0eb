import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { encodeAwarenessUpdate } from 'y-protocols/awareness';
import type { DeskRole } from '../../core/desk/desk-roles';
import { refusalNotice } from '../../core/desk/refusal-notice';
import {
  partsOf,
  separateParts,
  splitRefusedChange,
  type ArticlePart,
} from '../../core/desk/refused-split';
import { editsAsUpdate } from '../../core/desk/field-edits';
import type {
  DeskArticleEntry,
  DeskCatchUp,
  DeskEvents,
  DeskLiveAccess,
  DeskOpened,
  DeskState,
} from '../ipc/desk-contract';
import { metaPaths } from '../store/layout';
import type { Workspace } from '../store/workspace';
import { toBase64 } from './base64';
import { DeskArticle } from './desk-article';
import { derivedArticle } from './derived-article';
import { checkUpdate, DeskDoc } from './desk-doc';
import { fetchDeskList, fetchWhoAmI } from './desk-http';
import { DeskMirror, type DeskRemote } from './desk-mirror';
import { fetchDeskState } from './desk-state-fetch';
import { deskAddresses } from './desk-url';
import { QuietWebSocket } from './quiet-web-socket';
import { keepRefusedChange } from './refused-changes';
import { rememberedIdentity, rememberIdentity } from './remembered-roles';

export interface DeskClientOptions {
  /** The workspace; logs live in <root>/.newsroom/desk/, derived articles in its folders. */
  workspace: Workspace;
  emit<E extends keyof DeskEvents>(event: E, payload: DeskEvents[E]): void;
  /** Whether the window may connect to the desk socket at this URL itself (its CSP names it). */
  windowReach?(socketUrl: string): boolean;
  /** Reconnection backoff: first delay and cap, in ms. */
  backoff?: { delay: number; maxDelay: number };
  log?(message: string): void;
}

export const DESK_LOG_SUFFIX = '.updates';

/** How long to wait for the desk's copy of an article whose change it refused. */
const FETCH_LIMIT_MS = 30_000;

/** A change the desk refused, moved out of the log into a file of its own. */
export interface SetAsideChange {
  id: string;
  reason: string;
  /** The file keeping it (refused-changes.ts). */
  file: string;
  /** The parts of the article refused; empty when all the unconfirmed changes were. */
  parts: ArticlePart[];
}

/** The document a refusal replaced, kept to make a window's late edits of it again. */
interface Retired {
  doc: Y.Doc;
  role: DeskRole | null;
  reason: string;
  /** The generation the replaced document had. */
  generation: number;
}

const defaultBackoff = { delay: 500, maxDelay: 30_000 };

/** Where an article's update log lives in a workspace. */
export function deskLogFile(root: string, id: string): string {
  return path.join(metaPaths(root).desk, `${id}${DESK_LOG_SUFFIX}`);
}

/**
 * The main process's side of a team desk: one Y.Doc per open article, each change written to
 * the workspace before it is acknowledged, and one HocuspocusProvider per article over one
 * shared socket that reconnects with backoff. Without a connection everything still works
 * on this computer; the Yjs sync on reconnection sends what the desk lacks.
 */
export class DeskClient {
  private url: string | null = null;
  private token: string | null = null;
  private socket: HocuspocusProviderWebsocket | null = null;
  private user: DeskState['user'] = null;
  /** Who the token was when this workspace last reached the desk; shown until the desk says. */
  private remembered: DeskState['user'] = null;
  private recalling: Promise<void> = Promise.resolve();
  /** The next try at asking the desk who we are, after one that failed without a refusal. */
  private identifyRetry: ReturnType<typeof setTimeout> | null = null;
  private error: string | null = null;
  /** Articles being opened or open; `ready` holds the ones whose log has been replayed. */
  private readonly articles = new Map<string, Promise<DeskArticle>>();
  private readonly ready = new Map<string, DeskArticle>();
  private lastState = '';
  private stateQueued = false;
  private closed = false;
  private readonly root: string;
  /** Keeps each open article's folder in the workspace derived from its document. */
  readonly mirror: DeskMirror;
  private readonly syncWaiters = new Set<() => void>();
  /** Articles whose refused change is being moved out of the log. */
  private readonly settingAside = new Set<string>();
  private readonly setAsideChanges: SetAsideChange[] = [];
  /** Articles a window shows (`open`), as opposed to followed by this process alone (`follow`). */
  private readonly shown = new Set<string>();
  /** How many times each article's document was replaced after a refusal. */
  private readonly generations = new Map<string, number>();
  private readonly retired = new Map<string, Retired>();
  /** Articles whose window hears the desk over its own connection: others' changes skip the IPC. */
  private readonly inStep = new Set<string>();

  constructor(private readonly options: DeskClientOptions) {
    this.root = options.workspace.root;
    this.mirror = new DeskMirror(options.workspace, () => this.remote(), options.log);
  }

  /** The desk's http origin and the token, while connected to one. */
  remote(): DeskRemote | null {
    if (!this.url || !this.token) return null;
    return { origin: deskAddresses(this.url).http, token: this.token };
  }

  /** The socket address of the desk this workspace works with, or null when solo. */
  socketUrl(): string | null {
    return this.url ? deskAddresses(this.url).socket : null;
  }

  /** Works with the desk at `url` from now on; connecting happens in the background. */
  connect(url: string, token: string): DeskState {
    this.disconnect();
    this.url = url;
    this.token = token;
    this.error = null;
    this.recalling = this.recall(url, token);
    const backoff = this.options.backoff ?? defaultBackoff;
    const socket = new HocuspocusProviderWebsocket({
      url: deskAddresses(url).socket,
      WebSocketPolyfill: QuietWebSocket,
      delay: backoff.delay,
      minDelay: Math.min(backoff.delay, 1000),
      maxDelay: backoff.maxDelay,
      factor: 2,
      jitter: true,
      maxAttempts: 0,
    });
    socket.on('status', () => this.emitState());
    socket.on('open', () => {
      void this.identify(backoff.delay);
      // Photos imported offline go up, photos others attached come down.
      for (const article of this.ready.values())
        this.mirror.schedule(article.id, article.deskDoc.doc);
    });
    this.socket = socket;
    for (const pending of this.articles.values()) {
      void pending.then((article) => article.link(socket, token)).catch(() => undefined);
    }
    this.emitState();
    return this.state();
  }

  /** Stops talking to the desk; open articles stay open and editable. */
  disconnect(): DeskState {
    const socket = this.socket;
    this.socket = null;
    if (socket) {
      for (const pending of this.articles.values()) {
        void pending.then((article) => article.unlink()).catch(() => undefined);
      }
      socket.destroy();
    }
    if (this.identifyRetry) clearTimeout(this.identifyRetry);
    this.identifyRetry = null;
    this.url = null;
    this.token = null;
    this.user = null;
    this.remembered = null;
    this.emitState();
    return this.state();
  }

  state(): DeskState {
    return {
      url: this.url,
      // Offline, the role last known applies, so a window does not take text the desk will refuse.
      user: this.user ?? this.remembered,
      status: this.status(),
      pending: this.pendingNow(),
      error: this.error,
    };
  }

  /** The desk's articles when it answers; otherwise the ones this computer holds. */
  async list(): Promise<DeskArticleEntry[]> {
    if (this.url && this.token && this.socket?.status === WebSocketStatus.Connected) {
      try {
        return await fetchDeskList(deskAddresses(this.url).http, this.token);
      } catch {
        /* the desk went away: fall back to what is here */
      }
    }
    return this.localList();
  }

  /** Opens an article (from its log here, then from the desk when online). */
  async open(id: string): Promise<DeskOpened> {
    const article = await this.article(id);
    // The window learns the remembered role before it shows the text.
    await this.recalling;
    this.emitStateNow();
    this.shown.add(id);
    if (article.deskDoc.empty && !this.socket) {
      throw new Error(
        `article ${id} is not on this computer yet: connect to the desk to open it the first time`,
      );
    }
    return this.opened(article);
  }

  /**
   * Applies a local update; resolves once it is durable on this computer. An update of an older
   * `generation` was made on a document a refusal replaced since: it is made again part by part.
   */
  async update(id: string, update: Uint8Array, generation?: number): Promise<{ pending: number }> {
    const article = await this.openArticle(id);
    if (generation !== undefined && generation !== this.generationOf(id)) {
      if (generation !== this.retired.get(id)?.generation)
        throw new Error(
          `article ${id} was replaced twice since this window opened it: open it again`,
        );
      return this.lateEdit(id, update);
    }
    await article.deskDoc.applyLocal(update);
    article.logged();
    this.mirror.schedule(id, article.deskDoc.doc);
    this.emitState();
    return { pending: article.deskDoc.pending };
  }

  /** Keeps what a window heard from the desk over its own connection in this computer's log. */
  async heard(id: string, update: Uint8Array): Promise<void> {
    const article = await this.openArticle(id);
    article.deskDoc.applyHeard(update);
    this.mirror.schedule(id, article.deskDoc.doc);
  }

  /**
   * The window's own connection to the desk is in step (it hears others' changes and carets itself)
   * or no longer is. Once no longer, they come through here again, and the answer holds what the
   * window lacks of the document (given its state vector) and everyone's carets.
   */
  async windowInStep(id: string, inStep: true): Promise<null>;
  async windowInStep(id: string, inStep: false, stateVector: Uint8Array): Promise<DeskCatchUp>;
  async windowInStep(
    id: string,
    inStep: boolean,
    stateVector?: Uint8Array,
  ): Promise<DeskCatchUp | null> {
    const article = await this.openArticle(id);
    if (inStep) {
      this.inStep.add(id);
      return null;
    }
    this.inStep.delete(id);
    let update: Uint8Array;
    try {
      update = Y.encodeStateAsUpdate(article.deskDoc.doc, stateVector);
    } catch (error) {
      throw new Error(`refused a malformed state vector for article ${id}`, { cause: error });
    }
    const clients = [...article.awareness.getStates().keys()];
    return {
      update: toBase64(update),
      awareness: toBase64(encodeAwarenessUpdate(article.awareness, clients)),
    };
  }

  /** Passes the renderer's awareness (caret, name) on to the desk. */
  async awareness(id: string, update: Uint8Array): Promise<void> {
    const article = await this.openArticle(id);
    try {
      article.applyAwareness(update);
    } catch (error) {
      throw new Error(`refused a malformed awareness update for article ${id}`, { cause: error });
    }
  }

  /** Stops following an article; its log stays. */
  async closeArticle(id: string): Promise<void> {
    const pending = this.articles.get(id);
    if (!pending) return;
    this.articles.delete(id);
    this.ready.delete(id);
    this.shown.delete(id);
    this.inStep.delete(id);
    this.retire(id, null);
    const article = await pending;
    await this.mirror.run(id);
    this.mirror.forget(id);
    await article.close();
    this.emitState();
  }

  /** Opens an article for this process (sync, history) without sending it to the renderer. */
  async follow(id: string): Promise<DeskDoc> {
    return (await this.article(id)).deskDoc;
  }

  /** The open article's main-process document. */
  async document(id: string): Promise<Y.Doc> {
    return (await this.openArticle(id)).deskDoc.doc;
  }

  /**
   * Resolves once connected with every open article synced both ways; rejects when the desk
   * refuses the token or `limitMs` passes first (for `newsroom sync`, which must end).
   */
  whenSynced(limitMs: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.syncWaiters.delete(check);
        reject(
          new Error(
            this.error ?? `the desk at ${this.url} did not answer within ${limitMs / 1000} s`,
          ),
        );
      }, limitMs);
      const check = () => {
        const refused = this.error?.startsWith('The desk refused');
        if (this.status() !== 'synced' && !refused) return;
        clearTimeout(timer);
        this.syncWaiters.delete(check);
        if (refused) reject(new Error(this.error!));
        else resolve();
      };
      this.syncWaiters.add(check);
      check();
    });
  }

  /** The refused changes moved out of the logs since this client started. */
  setAside(): readonly SetAsideChange[] {
    return this.setAsideChanges;
  }

  /** Closes every article and the connection. */
  async close(): Promise<void> {
    this.closed = true;
    this.disconnect();
    await this.mirror.flush();
    const open = [...this.articles.values()];
    this.articles.clear();
    this.ready.clear();
    for (const id of [...this.retired.keys()]) this.retire(id, null);
    await Promise.all(open.map(async (p) => (await p.catch(() => null))?.close()));
  }

  private async openArticle(id: string): Promise<DeskArticle> {
    const pending = this.articles.get(id);
    if (!pending) throw new Error(`article ${id} is not open on the desk: open it first`);
    return pending;
  }

  private article(id: string): Promise<DeskArticle> {
    if (this.closed) return Promise.reject(new Error('the desk client is closed'));
    let pending = this.articles.get(id);
    if (!pending) {
      pending = this.load(id);
      this.articles.set(id, pending);
      pending.catch(() => this.articles.delete(id));
    }
    return pending;
  }

  private opened(article: DeskArticle): DeskOpened {
    // A window given a document hears others through here until its own connection is in step.
    this.inStep.delete(article.id);
    return {
      id: article.id,
      update: toBase64(article.deskDoc.state()),
      pending: article.deskDoc.pending,
      generation: this.generationOf(article.id),
      live: this.liveAccess(),
    };
  }

  private liveAccess(): DeskLiveAccess | null {
    if (!this.url || !this.token) return null;
    const socket = deskAddresses(this.url).socket;
    return this.options.windowReach?.(socket) ? { url: socket, token: this.token } : null;
  }

  private generationOf(id: string): number {
    return this.generations.get(id) ?? 0;
  }

  private retire(id: string, retired: Retired | null): void {
    this.retired.get(id)?.doc.destroy();
    if (retired) this.retired.set(id, retired);
    else this.retired.delete(id);
  }

  /** Opens an article's log and follows it on the desk when connected. */
  private load(id: string): Promise<DeskArticle> {
    return DeskDoc.open(id, deskLogFile(this.root, id)).then((deskDoc) => {
      const article = new DeskArticle(deskDoc, {
        remoteUpdate: (docId, update) => {
          if (!this.inStep.has(docId))
            this.options.emit('desk:update', { id: docId, update: toBase64(update) });
          this.mirror.schedule(docId, deskDoc.doc);
          this.emitState();
        },
        awareness: (docId, update) => {
          if (!this.inStep.has(docId))
            this.options.emit('desk:awareness', { id: docId, update: toBase64(update) });
        },
        changed: () => this.emitState(),
        refused: (docId, reason) => {
          this.error = `The desk refused article ${docId}: ${reason.replace(/^refused: /, '')}`;
          this.emitState();
        },
        changeRefused: (docId, reason) => void this.setAsideRefused(docId, reason),
      });
      if (this.socket && this.token) article.link(this.socket, this.token);
      this.ready.set(id, article);
      if (!deskDoc.empty) this.mirror.schedule(id, deskDoc.doc);
      return article;
    });
  }

  /**
   * The desk refused this computer's unconfirmed changes to an article: resending them would be
   * refused forever. The refused part moves to a file of its own (with the article as this
   * computer meant it), the article starts again from the desk's copy, the rest of the changes is
   * made again on it, and a window showing the article is given the new document. Until the desk's
   * copy arrives nothing moves.
   */
  private async setAsideRefused(id: string, reason: string): Promise<void> {
    const why = reason.replace(/^refused: /, '');
    const pending = this.articles.get(id);
    const { url, token } = this;
    if (!pending || !url || !token || this.settingAside.has(id)) return;
    this.settingAside.add(id);
    this.emitState();
    try {
      const article = await pending;
      // Stops resending the refused change while the desk's copy is fetched.
      article.unlink();
      const role = await this.roleAt(url, token);
      const state = await fetchDeskState(url, token, id, FETCH_LIMIT_MS);
      // Closed meanwhile: the change stays in the log, refused again when the article next syncs.
      if (this.articles.get(id) !== pending) return;
      const time = new Date().toISOString();
      // One synchronous step: from here a window's edits of the old document are late edits.
      const local = article.deskDoc.state();
      // What the desk lacks, from the states themselves: the provider can count a change as
      // acknowledged before the desk has read it, and the pending count then misses it.
      const missing = missingFrom(state, local);
      if (!missing) {
        if (this.url === url && this.token === token) this.connect(url, token);
        return;
      }
      const split = splitRefusedChange({ id, desk: state, local, missing, role, time });
      const generation = this.generationOf(id) + 1;
      this.generations.set(id, generation);
      const old = new Y.Doc();
      Y.applyUpdate(old, local);
      this.retire(id, { doc: old, role, reason: why, generation: generation - 1 });
      this.ready.delete(id);
      this.mirror.forget(id);
      const next = this.replace(article, state, split.kept, {
        id,
        reason: why,
        desk: url,
        time,
        article: split.article,
        update: split.refused,
      });
      const fresh = next.then(({ article: opened }) => opened);
      this.articles.set(id, fresh);
      fresh.catch(() => {
        if (this.articles.get(id) === fresh) this.articles.delete(id);
      });
      const { article: opened, file } = await next;
      this.setAsideChanges.push({ id, reason: why, file, parts: split.parts });
      if (this.shown.has(id)) {
        const notice = refusalNotice(split.parts, why, file);
        this.options.emit('desk:refused', { id, notice, reset: this.opened(opened) });
      }
      // The desk closed the article on this socket; a close sent for it now would reach the desk
      // as the start of a new connection and end the next one: a fresh socket starts clean.
      if (this.url === url && this.token === token) this.connect(url, token);
    } catch (error) {
      this.error = `The desk refused article ${id}: ${why} (the change stays on this computer: ${(error as Error).message})`;
    } finally {
      this.settingAside.delete(id);
      this.emitState();
    }
  }

  /**
   * Keeps the refused change in its file, then starts the article's log again from the desk's
   * `state` with `kept` on top; on failure the old log, refused change included, stays as it was.
   */
  private async replace(
    article: DeskArticle,
    state: Uint8Array,
    kept: Uint8Array | null,
    refused: Parameters<typeof keepRefusedChange>[1],
  ): Promise<{ article: DeskArticle; file: string }> {
    const { id } = article;
    let file: string;
    try {
      file = await keepRefusedChange(this.root, refused);
    } finally {
      await article.close();
    }
    await DeskDoc.reset(id, deskLogFile(this.root, id), state);
    const fresh = await this.load(id);
    if (kept) await fresh.deskDoc.applyLocal(kept);
    return { article: fresh, file };
  }

  /**
   * A window's edit of a document a refusal replaced (it had not heard yet): made again part by
   * part on the current document where that part is as the edit found it and the desk takes it;
   * the rest is set aside like the refused change.
   */
  private async lateEdit(id: string, update: Uint8Array): Promise<{ pending: number }> {
    checkUpdate(update, id);
    const retired = this.retired.get(id);
    if (!retired) throw new Error(`article ${id} was replaced after the desk refused a change`);
    const time = new Date().toISOString();
    const before = derivedArticle(retired.doc, id, time);
    Y.applyUpdate(retired.doc, update);
    const after = derivedArticle(retired.doc, id, time);
    const article = await this.openArticle(id);
    const current = derivedArticle(article.deskDoc.doc, id, time);
    const split =
      before && after && current && retired.role
        ? separateParts(current, before, after, retired.role)
        : null;
    if (split && partsOf(split.allowed).length > 0) {
      const made = editsAsUpdate(article.deskDoc.state(), split.allowed);
      await article.deskDoc.applyLocal(made);
      this.options.emit('desk:update', { id, update: toBase64(made) });
      this.mirror.schedule(id, article.deskDoc.doc);
    }
    const parts = split ? partsOf(split.refused) : [];
    if (!split || parts.length > 0) {
      const file = await keepRefusedChange(this.root, {
        id,
        reason: retired.reason,
        desk: this.url ?? '',
        time,
        article: after,
        update: split ? editsAsUpdate(article.deskDoc.state(), split.refused) : update,
      });
      this.setAsideChanges.push({ id, reason: retired.reason, file, parts });
      const notice = refusalNotice(parts, retired.reason, file);
      this.options.emit('desk:refused', { id, notice, reset: null });
    }
    this.emitState();
    return { pending: article.deskDoc.pending };
  }

  /** The role the token has on the desk (null when the desk does not say). */
  private async roleAt(url: string, token: string): Promise<DeskRole | null> {
    if (this.user) return this.user.role;
    const who = await fetchWhoAmI(deskAddresses(url).http, token).catch(() => null);
    return who?.role ?? null;
  }

  private async localList(): Promise<DeskArticleEntry[]> {
    let names: string[];
    try {
      names = await readdir(metaPaths(this.root).desk);
    } catch {
      return [];
    }
    const ids = names
      .filter((n) => n.endsWith(DESK_LOG_SUFFIX))
      .map((n) => n.slice(0, -DESK_LOG_SUFFIX.length));
    const entries: DeskArticleEntry[] = [];
    for (const id of ids) {
      const open = this.articles.get(id);
      const deskDoc = open
        ? (await open).deskDoc
        : await DeskDoc.open(id, deskLogFile(this.root, id));
      const meta = deskDoc.doc.getMap('meta');
      entries.push({
        id,
        headline: deskDoc.doc.getText('headline').toString(),
        status: String(meta.get('status') ?? 'draft'),
        updated: String(meta.get('updated') ?? meta.get('created') ?? ''),
      });
      if (!open) await deskDoc.close();
    }
    return entries;
  }

  /**
   * Asks the desk who the token is; a failure that is not a refusal (a reset connection, a busy
   * desk) is asked again with backoff while the socket stays open, or the role would stay unknown
   * until the next reconnection.
   */
  private async identify(retryDelay: number): Promise<void> {
    if (!this.url || !this.token) return;
    if (this.identifyRetry) clearTimeout(this.identifyRetry);
    this.identifyRetry = null;
    const url = this.url;
    const token = this.token;
    try {
      const who = await fetchWhoAmI(deskAddresses(url).http, token);
      if (url !== this.url || token !== this.token) return;
      this.user = who;
      this.error = null;
      await rememberIdentity(this.root, url, token, who).catch((error: unknown) =>
        this.options.log?.(`desk role not remembered: ${String(error)}`),
      );
    } catch (error) {
      const message = (error as Error).message;
      if (url !== this.url || token !== this.token) return;
      if (!message.startsWith('The desk refused')) {
        // A desk that cannot say who we are still syncs; only a refusal matters to the user.
        this.options.log?.(`desk did not say who the token is: ${message}`);
        if (this.socket?.status === WebSocketStatus.Connected && !this.identifyRetry) {
          const { maxDelay } = this.options.backoff ?? defaultBackoff;
          this.identifyRetry = setTimeout(
            () => void this.identify(Math.min(retryDelay * 2, maxDelay)),
            retryDelay,
          );
        }
        return;
      }
      this.error = message;
      this.remembered = null;
    }
    this.emitState();
  }

  /** Loads who `token` was on the desk at `url`, unless the desk has said so meanwhile. */
  private async recall(url: string, token: string): Promise<void> {
    const who = await rememberedIdentity(this.root, url, token).catch((error: unknown) => {
      this.options.log?.(`desk role unknown: ${String(error)}`);
      return null;
    });
    if (url !== this.url || token !== this.token || this.user || this.tokenRefused()) return;
    this.remembered = who;
    this.emitState();
  }

  private tokenRefused(): boolean {
    return this.error?.startsWith('The desk refused the token') ?? false;
  }

  private pendingNow(): number {
    let pending = 0;
    for (const article of this.ready.values()) pending += article.deskDoc.pending;
    return pending;
  }

  private status(): DeskState['status'] {
    const socket = this.socket;
    if (!socket) return 'offline';
    if (socket.status === WebSocketStatus.Connecting) return 'connecting';
    if (socket.status !== WebSocketStatus.Connected) return 'offline';
    if (this.settingAside.size > 0) return 'syncing';
    return [...this.ready.values()].every((a) => a.synced) ? 'synced' : 'syncing';
  }

  /**
   * Tells the window the desk's state once the synchronous work in hand is done, once however often
   * it changed: the provider reports a change as unsent just before it sends it, and the change
   * must not wait for the window to hear of that.
   */
  private emitState(): void {
    if (this.stateQueued) return;
    this.stateQueued = true;
    queueMicrotask(() => {
      this.stateQueued = false;
      this.emitStateNow();
    });
  }

  private emitStateNow(): void {
    for (const check of [...this.syncWaiters]) check();
    const state = this.state();
    const key = JSON.stringify(state);
    if (key === this.lastState) return;
    this.lastState = key;
    this.options.emit('desk:state', state);
  }
}

/** The part of `local` the document `state` describes lacks, or null when it holds all of it. */
function missingFrom(state: Uint8Array, local: Uint8Array): Uint8Array | null {
  const desk = new Y.Doc();
  try {
    Y.applyUpdate(desk, state);
    if (Y.snapshotContainsUpdate(Y.snapshot(desk), local)) return null;
    return Y.diffUpdate(local, Y.encodeStateVector(desk));
  } finally {
    desk.destroy();
  }
}
