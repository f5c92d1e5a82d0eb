import { describe, expect, it } from 'vitest';
import { createArticle, parseArticle } from '../../../../core/article/article';
import { canonicalLanguage, languageTag } from '../../../../core/language/language-tag';
import { languageName, nativeLanguageName } from '../../../../core/language/language-names';
import { scriptDirection, textDirection } from '../../../../core/language/text-direction';

describe('language tags', () => {
  it('canonicalises valid BCP 47 tags', () => {
    expect(canonicalLanguage('EN-gb')).toBe('en-GB');
    expect(canonicalLanguage('zh-hant-tw')).toBe('zh-Hant-TW');
    expect(canonicalLanguage(' nb ')).toBe('nb');
    expect(canonicalLanguage('und')).toBe('und');
  });

  it('refuses what is not a tag', () => {
    for (const bad of ['', ' ', 'english_GB', 'en--gb', 'x', 'a'.repeat(200), 'en-GB\u0000'])
      expect(canonicalLanguage(bad)).toBeNull();
  });

  it('stores the canonical form and names a bad tag', () => {
    expect(parseArticle({ ...createArticle(), language: 'AR-eg' }).language).toBe('ar-EG');
    expect(() => parseArticle({ ...createArticle(), language: 'Arabic!' })).toThrow(
      /^language: "Arabic!" is not a BCP 47 language tag/,
    );
    expect(languageTag.safeParse(12).success).toBe(false);
  });
});

describe('text direction', () => {
  it('is right to left for languages written in right-to-left scripts', () => {
    for (const tag of ['ar', 'ar-EG', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb', 'syr'])
      expect(textDirection(tag), tag).toBe('rtl');
  });

  it('follows an explicit script subtag', () => {
    expect(textDirection('az-Arab')).toBe('rtl');
    expect(textDirection('pa-Arab')).toBe('rtl');
    expect(textDirection('uz-Latn')).toBe('ltr');
  });

  it('is left to right for everything else, and for tags it cannot read', () => {
    for (const tag of ['en', 'en-GB', 'nb', 'ja', 'zh-Hant-TW', 'th', 'ru', 'und', 'not a tag'])
      expect(textDirection(tag), tag).toBe('ltr');
  });

  it('knows the right-to-left scripts without the engine’s help', () => {
    for (const script of ['Arab', 'Hebr', 'Syrc', 'Thaa', 'Nkoo', 'Adlm', 'Rohg', 'Samr'])
      expect(scriptDirection(script), script).toBe('rtl');
    for (const script of ['Latn', 'Cyrl', 'Jpan', 'Hani', 'Thai', 'Deva', 'Grek'])
      expect(scriptDirection(script), script).toBe('ltr');
  });
});

describe('language names', () => {
  it('names a language in the UI language and in itself', () => {
    expect(languageName('nb')).toBe('Norwegian Bokmål');
    expect(languageName('en-GB')).toBe('British English');
    expect(languageName('ar', 'nb')).toBe('arabisk');
    expect(nativeLanguageName('ar')).toBe('العربية');
    expect(nativeLanguageName('he')).toBe('עברית');
    expect(nativeLanguageName('ja')).toBe('日本語');
  });

  it('falls back to the tag itself', () => {
    expect(languageName('qaa')).toBe('qaa');
    expect(languageName('not a tag')).toBe('not a tag');
  });
});
