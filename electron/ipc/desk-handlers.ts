import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { createArticle } from '../../core/article/article';
import { seedDoc } from '../../core/desk/seed-doc';
import { fromBase64 } from '../desk/base64';
import type { DeskClient } from '../desk/desk-client';
import { deskArticleAt, deskSnapshots, readDeskLog } from '../desk/desk-history';
import { cacheDeskPhoto, uploadDeskPhoto } from '../desk/desk-photos';
import type { DeskCredentials } from '../shell/desk-credentials';
import type { Workspace } from '../store/workspace';
import type { DeskPhoto, deskRequestSchemas, DeskResponses } from './desk-contract';

type Parsed<C extends keyof typeof deskRequestSchemas> = z.output<(typeof deskRequestSchemas)[C]>;
export type DeskImplementations = {
  [C in keyof typeof deskRequestSchemas]: (request: Parsed<C>) => Promise<DeskResponses[C]>;
};

export interface DeskHandlerDeps {
  desk?(): DeskClient | null;
  /** Keeps the desk's address and token for the next start (connect saves, disconnect forgets). */
  login?: DeskCredentials | undefined;
  workspace(): Workspace;
  /** The open-file dialog; an empty array means cancelled. */
  pickPhoto(): Promise<string[]>;
}

/** The desk channels over the window's DeskClient; without one, each says there is no desk. */
export function deskHandlers(deps: DeskHandlerDeps): DeskImplementations {
  const client = (): DeskClient => {
    const found = deps.desk?.();
    if (!found) throw new Error('This window has no desk client');
    return found;
  };

  const importPhoto = async (id: string, name: string, bytes: Uint8Array): Promise<DeskPhoto> => {
    const desk = client();
    const attached = await cacheDeskPhoto(deps.workspace(), id, { name, bytes });
    const remote = desk.remote();
    let uploaded = false;
    if (remote) {
      // Offline (or refused) is fine: the mirror sends it on the next connection.
      uploaded = await uploadDeskPhoto(
        remote.origin,
        remote.token,
        deps.workspace().root,
        attached.photo.file,
      )
        .then(() => true)
        .catch(() => false);
    }
    return { ...attached, uploaded };
  };

  const history = async (id: string) => readDeskLog(deps.workspace().root, id, client().remote());

  return {
    'desk:connect': async ({ url, token }) => {
      const state = client().connect(url, token);
      await deps.login?.save({ url, token });
      return state;
    },
    'desk:disconnect': async () => {
      const state = client().disconnect();
      await deps.login?.clear();
      return state;
    },
    'desk:state': async () => client().state(),
    'desk:list': async () => client().list(),
    'desk:open': async ({ id }) => client().open(id),
    'desk:update': async ({ id, update, generation }) =>
      client().update(id, fromBase64(update), generation),
    'desk:heard': async ({ id, update }) => client().heard(id, fromBase64(update)),
    'desk:awareness': async ({ id, update }) => client().awareness(id, fromBase64(update)),
    'desk:in-step': async (request) =>
      request.inStep
        ? client().windowInStep(request.id, true)
        : client().windowInStep(request.id, false, fromBase64(request.stateVector)),
    'desk:close': async ({ id }) => client().closeArticle(id),
    'desk:create': async () => {
      const article = createArticle();
      const deskDoc = await client().follow(article.id);
      await deskDoc.applyLocal(seedDoc(article));
      return client().open(article.id);
    },
    'desk:photo-attach': async ({ id }) => {
      const [file] = await deps.pickPhoto();
      if (!file) return null;
      return importPhoto(id, path.basename(file), new Uint8Array(await readFile(file)));
    },
    'desk:photo-import': async ({ id, name, bytes }) => importPhoto(id, name, bytes),
    'desk:history-list': async ({ id }) => deskSnapshots(id, await history(id)),
    'desk:history-read': async ({ id, snapshot }) => deskArticleAt(id, await history(id), snapshot),
  };
}
