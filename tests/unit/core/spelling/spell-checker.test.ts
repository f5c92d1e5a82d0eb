import { beforeAll, describe, expect, it } from 'vitest';
import type { SpellChecker } from '../../../../core/spelling/spell-checker';
import { shippedChecker } from './load-dictionary';

// Sentences written for these tests, in the style of wire copy.
const english = 'The ferry from Bergen was delayed by a storm, the harbor office said on Tuesday.';
const german =
  'Die Regierung hat am Dienstag einen neuen Plan vorgelegt, teilte das Ministerium mit.';
const norwegian = 'Regjeringen la tirsdag fram et nytt statsbudsjett, opplyser departementet.';

const misspelledIn = (checker: SpellChecker, text: string) =>
  checker.misspelled(text).map((w) => w.word);

describe('SpellChecker over the shipped dictionaries', () => {
  let en: SpellChecker;
  beforeAll(() => {
    en = shippedChecker('en');
  });

  it('accepts correct English and finds the misspelling, with its place in the text', () => {
    expect(misspelledIn(en, english)).toEqual([]);
    // American and British English are different dictionaries.
    expect(misspelledIn(en, 'the harbour office')).toEqual(['harbour']);
    expect(misspelledIn(shippedChecker('en-gb'), 'the harbour office')).toEqual([]);
    const text = 'The goverment said the ferry was recieved late.';
    const found = en.misspelled(text);
    expect(found.map((w) => w.word)).toEqual(['goverment', 'recieved']);
    expect(text.slice(found[0]!.from, found[0]!.to)).toBe('goverment');
    expect(en.suggest('goverment')).toContain('government');
    expect(en.suggest('recieved')[0]).toBe('received');
  });

  it('checks German and Norwegian Bokmål text in their own dictionaries', () => {
    const de = shippedChecker('de');
    expect(misspelledIn(de, german)).toEqual([]);
    expect(misspelledIn(de, 'Die Regirung hat einen Hausahlt vorgelegt.')).toEqual([
      'Regirung',
      'Hausahlt',
    ]);
    expect(de.suggest('Regirung')).toContain('Regierung');
    const nb = shippedChecker('nb');
    expect(misspelledIn(nb, norwegian)).toEqual([]);
    expect(misspelledIn(nb, 'Regjeringen la fram et nytt statsbudjsett.')).toEqual([
      'statsbudjsett',
    ]);
    // The English dictionary does not know Norwegian: the language decides.
    expect(misspelledIn(en, norwegian).length).toBeGreaterThan(3);
  });

  it('accepts desk dictionary words in every capitalisation a sentence gives them', () => {
    en.setDeskWords(['Fjordline', 'kommune']);
    expect(
      misspelledIn(en, 'Fjordline and FJORDLINE; Kommune and kommune, but Fjordlines'),
    ).toEqual(['Fjordlines']);
    expect(en.suggest('Fjordlien')[0]).toBe('Fjordline');
    en.setDeskWords([]);
    expect(misspelledIn(en, 'Fjordline')).toEqual(['Fjordline']);
  });
});
