import { mkdir, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { atomicWrite } from '../store/atomic-write';
import { readJsonFile } from './json-file';

/** Encrypts the desk token for the disk (Electron's safeStorage in the app). */
export interface TokenCipher {
  encrypt(text: string): Uint8Array;
  decrypt(data: Uint8Array): string;
}

/** The desk this computer works with and the token it signs in with. */
export interface DeskLogin {
  url: string;
  token: string;
}

/** Where the desk login is kept between runs. */
export interface DeskCredentials {
  /** False when the token lives only until the app quits (no secure storage on this computer). */
  readonly persistent: boolean;
  /** The saved login, or only the address (token null) when the token could not be kept. */
  load(): Promise<{ url: string; token: string | null } | null>;
  save(login: DeskLogin): Promise<void>;
  clear(): Promise<void>;
}

const fileSchema = z.strictObject({
  url: z.string().min(1).max(2000),
  /** The token as the cipher encrypted it, base64; absent without secure storage. */
  token: z.string().max(10_000).optional(),
});

/**
 * The login in `file` (userData/desk.json): the address in clear, the token only encrypted by
 * `cipher`. Without a cipher the token is kept in memory, never written in plain text.
 */
export function fileCredentials(file: string, cipher: TokenCipher | null): DeskCredentials {
  let remembered: string | null = null;
  return {
    persistent: cipher !== null,
    async load() {
      const data = await readJsonFile(file);
      if (data === undefined) return null;
      const parsed = fileSchema.safeParse(data);
      if (!parsed.success)
        throw new Error(`${file} is not a desk login: ${parsed.error.issues[0]?.message}`);
      const { url, token } = parsed.data;
      if (token === undefined || !cipher) return { url, token: remembered };
      try {
        return { url, token: cipher.decrypt(Buffer.from(token, 'base64')) };
      } catch {
        // Encrypted by another user or machine: the address stays, the token is asked for again.
        return { url, token: null };
      }
    },
    async save({ url, token }) {
      remembered = token;
      const stored = cipher
        ? { url, token: Buffer.from(cipher.encrypt(token)).toString('base64') }
        : { url };
      await mkdir(dirname(file), { recursive: true });
      await atomicWrite(file, JSON.stringify(stored, null, 2) + '\n', { label: file });
    },
    async clear() {
      remembered = null;
      await rm(file, { force: true });
    },
  };
}

/** A login kept in memory only (the UI harness: nothing reaches the disk). */
export function memoryCredentials(initial: DeskLogin | null = null): DeskCredentials {
  let login = initial;
  return {
    persistent: false,
    load: async () => login,
    save: async (next) => {
      login = { ...next };
    },
    clear: async () => {
      login = null;
    },
  };
}
