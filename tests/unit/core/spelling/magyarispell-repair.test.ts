import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  repairMagyarispellFile,
  unknownCharacterNames,
} from '../../../../core/spelling/magyarispell-repair';
import { dictionaryFilePath } from '../../../../electron/spelling/dictionary-files';
import { loadSpellChecker } from '../../../../renderer/src/spelling/load-checker';
import { shippedChecker } from './load-dictionary';

const packageFile = (part: 'aff' | 'dic') => readFileSync(dictionaryFilePath('hu', part)!);

// Written for this test: "The government presented the new plan on Tuesday, the ministry said."
const sentence = 'A kormány kedden bemutatta az új tervet, közölte a minisztérium.';
// _felnőttek_ (adults) with one t: Hunspell took it for a form of another class before the repair.
const typo = 'A felnőtek is ott voltak.';

describe('the Hungarian dictionary, repaired', () => {
  it('knows every character name the package still holds', () => {
    for (const part of ['aff', 'dic'] as const)
      expect(unknownCharacterNames(packageFile(part).toString('utf8')), part).toEqual([]);
  });

  it('accepts the accusative "tervet" and finds "felnőtek", which the package as shipped does not', async () => {
    const hu = await shippedChecker('hu');
    expect(hu.misspelled(sentence).map((w) => w.word)).toEqual([]);
    expect(hu.misspelled(typo).map((w) => w.word)).toEqual(['felnőtek']);
    expect(hu.suggest('felnőtek')).toContain('felnőttek');

    const unrepaired = await loadSpellChecker(packageFile('aff'), packageFile('dic'));
    expect(unrepaired.misspelled(sentence).map((w) => w.word)).toEqual(['tervet']);
    expect(unrepaired.misspelled(typo)).toEqual([]);
  }, 60_000);

  it('names the characters and reads the flags as characters, once', () => {
    const aff = 'SET UTF-8\nTRY íó-.&agrave;\nSFX × 0 et [^aeo&agrave;&ugrave;]\n';
    expect(repairMagyarispellFile('aff', aff)).toBe(
      'SET UTF-8\nFLAG UTF-8\nTRY íó-.à\nSFX × 0 et [^aeoàù]\n',
    );
    expect(repairMagyarispellFile('aff', repairMagyarispellFile('aff', aff))).toBe(
      repairMagyarispellFile('aff', aff),
    );
    expect(repairMagyarispellFile('dic', 'Ω/&Omega;\nbit&nosuch;\n')).toBe('Ω/Ω\nbit&nosuch;\n');
    expect(() => repairMagyarispellFile('aff', 'SET ISO8859-2\n')).toThrow(/SET UTF-8/);
  });
});
