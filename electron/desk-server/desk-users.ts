import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { z } from 'zod';
import { deskRoles, type DeskRole } from '../../core/desk/desk-roles';
import { atomicWrite } from '../store/atomic-write';

/** Someone allowed on the desk. */
export interface DeskUser {
  name: string;
  role: DeskRole;
}

// scrypt's recommended interactive cost: ~50 ms per check, so guessing is slow and logging in is not.
const SCRYPT = { N: 16384, r: 8, p: 1, keyLength: 32 } as const;

const userSchema = z.strictObject({
  id: z.string().regex(/^[0-9a-f]{16}$/),
  name: z.string().min(1).max(200),
  role: z.enum(deskRoles),
  hash: z.string().regex(/^scrypt:\d+:\d+:\d+:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$/),
  added: z.string(),
});
const usersFileSchema = z.strictObject({ format: z.literal(1), users: z.array(userSchema) });
type UsersFile = z.infer<typeof usersFileSchema>;

/** A users file that cannot be read as one: the message names the file. */
export class UsersFileError extends Error {
  override name = 'UsersFileError';
}

async function readUsersFile(file: string, missingOk: boolean): Promise<UsersFile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && missingOk)
      return { format: 1, users: [] };
    throw new UsersFileError(`cannot read the users file "${file}": ${(error as Error).message}`);
  }
  try {
    return usersFileSchema.parse(JSON.parse(text));
  } catch (error) {
    const detail =
      error instanceof z.ZodError ? error.issues[0]!.message : (error as Error).message;
    throw new UsersFileError(`the users file "${file}" is not valid: ${detail}`);
  }
}

function scryptHash(
  secret: string,
  salt: Buffer,
  N: number,
  r: number,
  p: number,
): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(secret, salt, SCRYPT.keyLength, { N, r, p, maxmem: 256 * N * r }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

/**
 * Adds a user and returns their token, which is shown once: the file keeps only its scrypt hash.
 * The token is `<id>.<secret>`, so a check costs one scrypt, not one per user.
 */
export async function addDeskUser(file: string, name: string, role: DeskRole): Promise<string> {
  const users = await readUsersFile(file, true);
  if (users.users.some((u) => u.name === name))
    throw new UsersFileError(`a user named "${name}" is already in "${file}"`);
  const id = randomBytes(8).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  const salt = randomBytes(16);
  const key = await scryptHash(secret, salt, SCRYPT.N, SCRYPT.r, SCRYPT.p);
  const hash = `scrypt:${SCRYPT.N}:${SCRYPT.r}:${SCRYPT.p}:${salt.toString('base64')}:${key.toString('base64')}`;
  users.users.push({ id, name, role, hash, added: new Date().toISOString() });
  await atomicWrite(file, JSON.stringify(users, null, 2) + '\n', {
    label: `the users file "${file}"`,
  });
  return `${id}.${secret}`;
}

/** Checks tokens against a users file, rereading it when it changes (users added while serving). */
export class DeskUsers {
  private loaded: { mtimeMs: number; users: UsersFile['users'] } | null = null;
  /** sha256(token) of tokens already checked, so reconnecting to 1,000 articles costs one scrypt. */
  private verified = new Map<string, DeskUser>();

  constructor(readonly file: string) {}

  /** The user a token belongs to, or null. */
  async check(token: string): Promise<DeskUser | null> {
    const users = await this.users();
    const digest = createHash('sha256').update(token).digest('hex');
    const known = this.verified.get(digest);
    if (known) return known;
    const match = /^([0-9a-f]{16})\.([A-Za-z0-9_-]{43})$/.exec(token);
    const user = match && users.find((u) => u.id === match[1]);
    if (!match || !user) return null;
    const [, N, r, p, salt, expected] = user.hash.split(':') as [
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    const key = await scryptHash(
      match[2]!,
      Buffer.from(salt, 'base64'),
      Number(N),
      Number(r),
      Number(p),
    );
    const want = Buffer.from(expected, 'base64');
    if (key.length !== want.length || !timingSafeEqual(key, want)) return null;
    const found = { name: user.name, role: user.role };
    this.verified.set(digest, found);
    return found;
  }

  /** How many users the file holds. */
  async count(): Promise<number> {
    return (await this.users()).length;
  }

  private async users(): Promise<UsersFile['users']> {
    const mtimeMs = await stat(this.file).then(
      (s) => s.mtimeMs,
      () => -1,
    );
    if (!this.loaded || this.loaded.mtimeMs !== mtimeMs) {
      this.loaded = { mtimeMs, users: (await readUsersFile(this.file, true)).users };
      this.verified.clear();
    }
    return this.loaded.users;
  }
}
