import { readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import {
  rememberedIdentity,
  rememberedRolesFile,
  rememberIdentity,
} from '../../../../electron/desk/remembered-roles';
import { tempDir } from '../store/temp-workspace';

let root: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir: root, cleanup } = await tempDir('newsroom-roles-'));
});
afterEach(() => cleanup());

const desk = 'wss://desk.example.org';

it('keeps each login’s role by desk and token, never the token itself', async () => {
  expect(await rememberedIdentity(root, desk, 'token-a')).toBeNull();
  await rememberIdentity(root, desk, 'token-a', { name: 'Pia Photo', role: 'photo' });
  await rememberIdentity(root, desk, 'token-b', { name: 'Rita Reporter', role: 'reporter' });
  expect(await rememberedIdentity(root, desk, 'token-a')).toEqual({
    name: 'Pia Photo',
    role: 'photo',
  });
  expect(await rememberedIdentity(root, desk, 'token-b')).toMatchObject({ role: 'reporter' });
  expect(await rememberedIdentity(root, 'wss://other.example.org', 'token-a')).toBeNull();
  // A role changed on the desk replaces the one kept.
  await rememberIdentity(root, desk, 'token-a', { name: 'Pia Photo', role: 'editor' });
  expect(await rememberedIdentity(root, desk, 'token-a')).toMatchObject({ role: 'editor' });
  const text = await readFile(rememberedRolesFile(root), 'utf8');
  expect(text).not.toContain('token-a');
  expect(text).not.toContain('token-b');
});

it('a damaged file is named when read, and replaced when the desk says again', async () => {
  const file = rememberedRolesFile(root);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, '{"not": "a hash"');
  await expect(rememberedIdentity(root, desk, 'token-a')).rejects.toThrow(file);
  await rememberIdentity(root, desk, 'token-a', { name: 'Pia Photo', role: 'photo' });
  expect(await rememberedIdentity(root, desk, 'token-a')).toMatchObject({ role: 'photo' });
});
