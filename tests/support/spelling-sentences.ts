/** One sentence of wire copy in a language, and a misspelling of one of its words. */
export interface SpellingSentence {
  /** The article's language (a dictionary id). */
  language: string;
  /** Spelled correctly throughout. */
  sentence: string;
  /** The word of `sentence` that `wrong` misspells; the dictionary suggests it back. */
  right: string;
  wrong: string;
}

/**
 * Sentences written for the tests: German compounds that Hunspell builds from their parts, and
 * each language whose dictionary only a full Hunspell can load.
 */
export const spellingSentences: readonly SpellingSentence[] = [
  {
    language: 'de',
    sentence:
      'Ein Bundestagsabgeordneter sprach über die Fußballweltmeisterschaft, den Haushaltsplan und das Klimaschutzgesetz der Bundesregierung.',
    right: 'Fußballweltmeisterschaft',
    wrong: 'Fußbalweltmeisterschaft',
  },
  {
    language: 'it',
    sentence: 'Il governo ha presentato martedì un nuovo piano, ha comunicato il ministero.',
    right: 'governo',
    wrong: 'governno',
  },
  {
    language: 'pt',
    sentence: 'O governo apresentou na terça-feira um novo plano, informou o ministério.',
    right: 'ministério',
    wrong: 'minstério',
  },
  {
    language: 'pt-PT',
    sentence: 'O governo apresentou na terça-feira um novo plano, informou o ministério.',
    right: 'ministério',
    wrong: 'minstério',
  },
  {
    language: 'ca',
    sentence: 'El govern va presentar dimarts un nou pla, va informar el ministeri.',
    right: 'ministeri',
    wrong: 'minsteri',
  },
  {
    language: 'hu',
    sentence: 'A kormány kedden bemutatta az új költségvetést, közölte a minisztérium.',
    right: 'kormány',
    wrong: 'kormnány',
  },
  {
    language: 'et',
    sentence: 'Valitsus esitas teisipäeval uue kava, teatas ministeerium.',
    right: 'ministeerium',
    wrong: 'ministeerum',
  },
  {
    language: 'eu',
    sentence: 'Gobernuak plan berri bat aurkeztu zuen asteartean, ministerioak jakinarazi duenez.',
    right: 'asteartean',
    wrong: 'asteartaen',
  },
  {
    language: 'lv',
    sentence: 'Valdība otrdien iesniedza jaunu plānu, paziņoja ministrija.',
    right: 'ministrija',
    wrong: 'ministirja',
  },
  {
    language: 'lt',
    sentence: 'Vyriausybė antradienį pristatė naują planą, pranešė ministerija.',
    right: 'pristatė',
    wrong: 'pristtatė',
  },
];
