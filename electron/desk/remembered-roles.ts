import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { deskRoles, type DeskRole } from '../../core/desk/desk-roles';
import { atomicWrite } from '../store/atomic-write';
import { readJsonFile } from '../shell/json-file';
import { metaPaths } from '../store/layout';

/** Who a token was on a desk, as the desk last said (GET /whoami). */
export interface DeskIdentity {
  name: string;
  role: DeskRole;
}

const fileSchema = z.record(
  z.string().regex(/^[0-9a-f]{64}$/),
  z.object({ name: z.string(), role: z.enum(deskRoles) }),
);

/** Where a workspace keeps who each of its desk logins was. */
export function rememberedRolesFile(root: string): string {
  return path.join(metaPaths(root).meta, 'desk-roles.json');
}

/** The key of a desk URL and token: a SHA-256, so the file never holds the token itself. */
export function loginKey(url: string, token: string): string {
  return createHash('sha256').update(`${url}\n${token}`).digest('hex');
}

async function readRoles(file: string): Promise<z.infer<typeof fileSchema>> {
  const data = await readJsonFile(file);
  if (data === undefined) return {};
  const parsed = fileSchema.safeParse(data);
  if (!parsed.success)
    throw new Error(`${file} is not a list of desk roles: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

/** Who `token` was on the desk at `url` when last connected from this workspace, or null. */
export async function rememberedIdentity(
  root: string,
  url: string,
  token: string,
): Promise<DeskIdentity | null> {
  return (await readRoles(rememberedRolesFile(root)))[loginKey(url, token)] ?? null;
}

/** Keeps who `token` is on the desk at `url`, for windows that open while the desk is away. */
export async function rememberIdentity(
  root: string,
  url: string,
  token: string,
  who: DeskIdentity,
): Promise<void> {
  const file = rememberedRolesFile(root);
  // An unreadable file is replaced: it holds nothing that the desk cannot say again.
  const roles = await readRoles(file).catch((): Record<string, DeskIdentity> => ({}));
  const key = loginKey(url, token);
  const known = roles[key];
  if (known?.name === who.name && known.role === who.role) return;
  await mkdir(path.dirname(file), { recursive: true });
  const next = { ...roles, [key]: { name: who.name, role: who.role } };
  await atomicWrite(file, JSON.stringify(next, null, 2) + '\n', { label: file });
}
