import { z } from 'zod';
import { deskRoles, type DeskArticleEntry, type DeskState } from '../ipc/desk-contract';

const entrySchema = z.object({
  id: z.string().regex(/^[0-9a-z]{16}$/),
  headline: z.string(),
  status: z.string(),
  updated: z.string(),
});
const whoSchema = z.object({ name: z.string(), role: z.enum(deskRoles) });

/** GET on the desk's http origin with the token; the error names the desk's answer. */
export async function deskGet(origin: string, route: string, token: string): Promise<unknown> {
  const response = await fetch(`${origin}${route}`, {
    headers: { authorization: `Bearer ${token}` },
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
