import { beforeAll, describe, expect, it } from 'vitest';
import type { SpellChecker } from '../../../../core/spelling/spell-checker';
import { dictionaryFor } from '../../../../core/spelling/dictionaries';
import { spellingSentences } from '../../../support/spelling-sentences';
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
  beforeAll(async () => {
    en = await shippedChecker('en');
  });

  it('accepts correct English and finds the misspelling, with its place in the text', async () => {
    expect(misspelledIn(en, english)).toEqual([]);
    // American and British English are different dictionaries.
    expect(misspelledIn(en, 'the harbour office')).toEqual(['harbour']);
    expect(misspelledIn(await shippedChecker('en-gb'), 'the harbour office')).toEqual([]);
    const text = 'The goverment said the ferry was recieved late.';
    const found = en.misspelled(text);
    expect(found.map((w) => w.word)).toEqual(['goverment', 'recieved']);
    expect(text.slice(found[0]!.from, found[0]!.to)).toBe('goverment');
    expect(en.suggest('goverment')).toContain('government');
    expect(en.suggest('recieved')[0]).toBe('received');
  });

  it('checks German and Norwegian Bokmål text in their own dictionaries', async () => {
    const de = await shippedChecker('de');
    expect(misspelledIn(de, german)).toEqual([]);
    expect(misspelledIn(de, 'Die Regirung hat einen Hausahlt vorgelegt.')).toEqual([
      'Regirung',
      'Hausahlt',
    ]);
    expect(de.suggest('Regirung')).toContain('Regierung');
    const nb = await shippedChecker('nb');
    expect(misspelledIn(nb, norwegian)).toEqual([]);
    expect(misspelledIn(nb, 'Regjeringen la fram et nytt statsbudjsett.')).toEqual([
      'statsbudjsett',
    ]);
    // The English dictionary does not know Norwegian: the language decides.
    expect(misspelledIn(en, norwegian).length).toBeGreaterThan(3);
  });

  it('accepts German compounds that Hunspell builds from their parts', async () => {
    const de = await shippedChecker('de');
    expect(misspelledIn(de, 'Die Bundestagsabgeordnetenwahl und der Regierungssprecher.')).toEqual(
      [],
    );
    expect(misspelledIn(de, 'Die Bundestagsabgeordnetenwahll und der Regirungssprecher.')).toEqual([
      'Bundestagsabgeordnetenwahll',
      'Regirungssprecher',
    ]);
  });

  it.each(spellingSentences)(
    'checks $language: a correct sentence passes, a misspelling is found and its fix suggested',
    async ({ language, sentence, right, wrong }) => {
      const checker = await shippedChecker(dictionaryFor(language)!.id);
      expect(misspelledIn(checker, sentence)).toEqual([]);
      expect(misspelledIn(checker, sentence.replace(right, wrong))).toEqual([wrong]);
      expect(checker.suggest(wrong)).toContain(right);
    },
    60_000,
  );

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
