import { z } from 'zod';
import { deskRoles, type DeskArticleEntry, type DeskState } from '../ipc/desk-contract';

const entrySchema = z.object({
  id: z.string().regex(/^[0-9a-z]{16}$/),
  headline: z.string(),
  status: z.string(),
  updated: z.string(),
});
const REQUEST_LIMIT_MS = 15_000;
const whoSchema = z.object({ name: z.string(), role: z.enum(deskRoles) });

/** GET on the desk's http origin with the token; the error names the desk's answer. */
export async function deskGet(origin: string, route: string, token: string): Promise<unknown> {
  const response = await fetch(`${origin}${route}`, {
    headers: { authorization: `Bearer ${token}` },
    // A desk that accepted the connection and went quiet must not hold its caller for minutes.
    signal: AbortSignal.timeout(REQUEST_LIMIT_MS),
  });
  if (response.status === 401 || response.status === 403) {
    throw new Error('The desk refused the token');
  }
  if (!response.ok) throw new Error(`The desk answered ${response.status} for ${route}`);
  return response.json();
}

/** The desk's articles (GET /articles). */
export async function fetchDeskList(origin: string, token: string): Promise<DeskArticleEntry[]> {
  return z.array(entrySchema).parse(await deskGet(origin, '/articles', token));
}

/** Who the token belongs to (GET /whoami). */
export async function fetchWhoAmI(
  origin: string,
  token: string,
): Promise<NonNullable<DeskState['user']>> {
  return whoSchema.parse(await deskGet(origin, '/whoami', token));
}
