import type { z } from 'zod';
import { fromBase64 } from '../desk/base64';
import type { DeskClient } from '../desk/desk-client';
import type { DeskCredentials } from '../shell/desk-credentials';
import type { deskRequestSchemas, DeskResponses } from './desk-contract';

type Parsed<C extends keyof typeof deskRequestSchemas> = z.output<(typeof deskRequestSchemas)[C]>;
export type DeskImplementations = {
  [C in keyof typeof deskRequestSchemas]: (request: Parsed<C>) => Promise<DeskResponses[C]>;
};

/**
 * The desk channels over the window's DeskClient; without one, each says there is no desk.
 * `login` keeps the desk's address and token for the next start (connect saves, disconnect forgets).
 */
export function deskHandlers(
  desk: (() => DeskClient | null) | undefined,
  login?: DeskCredentials,
): DeskImplementations {
  const client = (): DeskClient => {
    const found = desk?.();
    if (!found) throw new Error('This window has no desk client');
    return found;
  };
  return {
    'desk:connect': async ({ url, token }) => {
      const state = client().connect(url, token);
      await login?.save({ url, token });
      return state;
    },
    'desk:disconnect': async () => {
      const state = client().disconnect();
      await login?.clear();
      return state;
    },
    'desk:state': async () => client().state(),
    'desk:list': async () => client().list(),
    'desk:open': async ({ id }) => client().open(id),
    'desk:update': async ({ id, update }) => client().update(id, fromBase64(update)),
    'desk:awareness': async ({ id, update }) => client().awareness(id, fromBase64(update)),
    'desk:close': async ({ id }) => client().closeArticle(id),
  };
}
