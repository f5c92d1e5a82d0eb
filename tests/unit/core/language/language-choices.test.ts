import { describe, expect, it } from 'vitest';
import {
  languageChoice,
  languageChoices,
  matchLanguage,
} from '../../../../core/language/language-choices';

describe('language choices', () => {
  const choices = languageChoices(['kl-GL']);

  it('lists common languages by name, with their own names, and the extra ones', () => {
    const tags = choices.map((c) => c.tag);
    for (const tag of ['ar', 'he', 'fa', 'ur', 'ja', 'nb', 'nn', 'en-GB', 'zh-Hant', 'kl-GL'])
      expect(tags).toContain(tag);
    expect(new Set(tags).size).toBe(tags.length);
    const names = choices.map((c) => c.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    expect(languageChoice('ar').label).toBe('Arabic — العربية (ar)');
    expect(languageChoice('en').label).toBe('English (en)');
  });

  it('matches a label, a tag, a name in English or in itself, or the start of one name', () => {
    expect(matchLanguage('Arabic — العربية (ar)', choices)).toBe('ar');
    expect(matchLanguage('EN-gb', choices)).toBe('en-GB');
    expect(matchLanguage('norwegian bokmål', choices)).toBe('nb');
    expect(matchLanguage('עברית', choices)).toBe('he');
    expect(matchLanguage('日本語', choices)).toBe('ja');
    expect(matchLanguage('Heb', choices)).toBe('he');
    expect(matchLanguage('ar-SY', choices)).toBe('ar-SY');
  });

  it('takes nothing that names no single language', () => {
    for (const input of ['', '  ', 'Norwegian', 'Klingonese', 'xx-YY', 'en_GB'])
      expect(matchLanguage(input, choices)).toBeNull();
  });
});
