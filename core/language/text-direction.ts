export type TextDirection = 'ltr' | 'rtl';

// ISO 15924 codes of scripts written right to left (Unicode's Bidi_Class R and AL scripts).
const rtlScripts = new Set(
  (
    'Adlm Arab Aran Armi Avst Chrs Cprt Elym Hatr Hebr Hung Khar Lydi Mand Mani Mend Merc Mero ' +
    'Narb Nbat Nkoo Orkh Ougr Palm Phli Phlp Phnx Prti Rohg Samr Sarb Sogd Sogo Syrc Syre Syrj ' +
    'Syrn Thaa Yezi'
  ).split(' '),
);

/** The direction a script (ISO 15924 code, e.g. `Arab`) is written in. */
export function scriptDirection(script: string): TextDirection {
  return rtlScripts.has(script) ? 'rtl' : 'ltr';
}

interface TextInfo {
  direction?: string;
}
type LocaleWithTextInfo = Intl.Locale & { textInfo?: TextInfo; getTextInfo?: () => TextInfo };

/** The direction text in this BCP 47 tag is written in; `ltr` for tags that cannot be read. */
export function textDirection(tag: string): TextDirection {
  let locale: LocaleWithTextInfo;
  try {
    locale = new Intl.Locale(tag) as LocaleWithTextInfo;
  } catch {
    return 'ltr';
  }
  // The script decides first: V8's textInfo says ltr for Dhivehi (Thaana) and for az-Arab.
  const script = locale.script ?? locale.maximize().script;
  if (script) return scriptDirection(script);
  // Engines moved from the `textInfo` getter to `getTextInfo()`; older ones have neither.
  const info = typeof locale.getTextInfo === 'function' ? locale.getTextInfo() : locale.textInfo;
  return info?.direction === 'rtl' ? 'rtl' : 'ltr';
}
