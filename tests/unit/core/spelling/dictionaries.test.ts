import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dictionaryFor, spellingDictionaries } from '../../../../core/spelling/dictionaries';
import { dictionaryFilePath } from '../../../../electron/spelling/dictionary-files';
import packageJson from '../../../../package.json';

describe('spelling dictionaries', () => {
  it('chooses a dictionary by BCP 47 tag, falling back to the language', () => {
    expect(dictionaryFor('en')?.id).toBe('en');
    expect(dictionaryFor('en-US')?.id).toBe('en');
    expect(dictionaryFor('en-GB')?.id).toBe('en-gb');
    expect(dictionaryFor('de-CH-1996')?.id).toBe('de-ch');
    expect(dictionaryFor('no')?.id).toBe('nb');
    expect(dictionaryFor('nb-NO')?.id).toBe('nb');
    expect(dictionaryFor('nn')?.id).toBe('nn');
    expect(dictionaryFor('pt')?.id).toBe('pt');
    expect(dictionaryFor('pt-BR')?.id).toBe('pt');
    expect(dictionaryFor('pt-PT')?.id).toBe('pt-pt');
    expect(dictionaryFor('ar')).toBeNull();
    expect(dictionaryFor('ja-JP')).toBeNull();
  });

  it('lists only dictionaries that are pinned dependencies and installed', () => {
    const dependencies = packageJson.dependencies as Record<string, string>;
    for (const { id } of spellingDictionaries) {
      expect(dependencies[`dictionary-${id}`], id).toMatch(/^\d+\.\d+\.\d+$/);
      expect(existsSync(dictionaryFilePath(id, 'aff')!), id).toBe(true);
      expect(existsSync(dictionaryFilePath(id, 'dic')!), id).toBe(true);
    }
    const shipped = Object.keys(dependencies).filter((name) => name.startsWith('dictionary-'));
    expect(shipped.sort()).toEqual(spellingDictionaries.map(({ id }) => `dictionary-${id}`).sort());
  });
});
