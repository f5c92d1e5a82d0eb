import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  fileCredentials,
  memoryCredentials,
  type TokenCipher,
} from '../../../../electron/shell/desk-credentials';

/** A real cipher (AES-256-GCM under one key), standing where Electron's safeStorage stands in the app. */
function aesCipher(key = randomBytes(32)): TokenCipher {
  return {
    encrypt(text) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    decrypt(data) {
      const bytes = Buffer.from(data);
      const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, 12));
      decipher.setAuthTag(bytes.subarray(12, 28));
      return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString(
        'utf8',
      );
    },
  };
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'desk-login-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const login = { url: 'wss://desk.example.org', token: 'nr_secret_token_123' };

describe('fileCredentials', () => {
  it('keeps the token encrypted on disk and reads it back', async () => {
    const file = join(dir, 'desk.json');
    const cipher = aesCipher();
    await fileCredentials(file, cipher).save(login);
    const onDisk = await readFile(file, 'utf8');
    expect(onDisk).toContain(login.url);
    expect(onDisk).not.toContain(login.token);
    // A later run of the app reads it.
    expect(await fileCredentials(file, cipher).load()).toEqual(login);
  });

  it('never writes the token without secure storage, and keeps it for this run only', async () => {
    const file = join(dir, 'desk.json');
    const credentials = fileCredentials(file, null);
    expect(credentials.persistent).toBe(false);
    await credentials.save(login);
    expect(await readFile(file, 'utf8')).not.toContain(login.token);
    expect(await credentials.load()).toEqual(login);
    expect(await fileCredentials(file, null).load()).toEqual({ url: login.url, token: null });
  });

  it('asks for the token again when it was encrypted elsewhere', async () => {
    const file = join(dir, 'desk.json');
    await fileCredentials(file, aesCipher()).save(login);
    expect(await fileCredentials(file, aesCipher()).load()).toEqual({
      url: login.url,
      token: null,
    });
  });

  it('names the file when it is not a desk login', async () => {
    const file = join(dir, 'desk.json');
    await writeFile(file, JSON.stringify({ url: 'x', password: 'y' }));
    await expect(fileCredentials(file, null).load()).rejects.toThrow(file);
  });

  it('forgets the login on clear', async () => {
    const file = join(dir, 'desk.json');
    const credentials = fileCredentials(file, aesCipher());
    await credentials.save(login);
    await credentials.clear();
    expect(await credentials.load()).toBeNull();
  });
});

describe('memoryCredentials', () => {
  it('holds the login without touching the disk', async () => {
    const credentials = memoryCredentials();
    await credentials.save(login);
    expect(await credentials.load()).toEqual(login);
    await credentials.clear();
    expect(await credentials.load()).toBeNull();
  });
});
