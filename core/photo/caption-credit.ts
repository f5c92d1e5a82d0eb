/** A caption with the credit moved out of it. */
export interface CaptionCreditSplit {
  caption: string;
  credit: string;
}

// Wire services and desk words that stand alone as a credit in brackets: "(Reuters)", "(Staff)".
const agencies =
  /^(AFP|AP|Reuters|Getty Images|Getty|EPA|EPA-EFE|Bloomberg|dpa|Xinhua|ANSA|PA|PA Images|Alamy|Shutterstock|Staff|Handout|Pool|Courtesy|Sipa|AAP|Kyodo|Yonhap|TASS|Anadolu|NurPhoto|Zuma|ZUMA Press)$/i;

const creditWord = String.raw`(?:photo(?:graph)?s?|pictures?|pic|image|foto|credit|photo credit|source)`;

// "Photo: Jane Doe/Reuters", "Photo by Jane Doe", "Credit – AFP" (with or without brackets).
const labelled = new RegExp(String.raw`^${creditWord}\s*(?:by\b|:|[-–—])\s*(.+)$`, 'iu');
// "AFP/Kiril Kudryatsev", "Jane Doe / Reuters", "AP Photo/Evan Vucci": both sides capitalised.
const agencySlashName =
  /^(\p{Lu}[\p{L}\p{N}.&' -]{0,60}?)\s*\/\s*(\p{Lu}[\p{L}\p{N}.&' -]{0,80})$/u;

function cleanCredit(credit: string): string {
  return credit
    .trim()
    .replace(/[.;,]+$/, '')
    .replace(/^AFP PHOTO\s*\/\s*/i, 'AFP/')
    .replace(/\s*\/\s*/g, '/');
}

/** Whether text standing at the end of a caption reads as a credit; returns the credit or null. */
function asCredit(text: string, bracketed: boolean): string | null {
  const inner = text.trim();
  if (inner === '' || inner.length > 120) return null;
  const label = labelled.exec(inner);
  if (label) return cleanCredit(label[1]!);
  if (agencySlashName.test(inner)) return cleanCredit(inner);
  if (bracketed && agencies.test(inner)) return inner;
  return null;
}

function tidyCaption(caption: string): string {
  return caption.replace(/[\s/|–—-]+$/u, '').trim();
}

/**
 * Detects a credit written at the end of a caption, such as "…on January 23, 2017. (AFP/Kiril Kudryatsev)",
 * "… Photo: Jane Doe/Reuters" or "… (Photo by X)", and suggests moving it to the Credit field.
 * Returns null when the caption does not end with a credit.
 */
export function findCreditInCaption(caption: string): CaptionCreditSplit | null {
  const text = caption.trim();
  const bracket = /^(.*?)[\s]*[([]([^()[\]]+)[)\]]\s*\.?$/su.exec(text);
  if (bracket) {
    const credit = asCredit(bracket[2]!, true);
    if (credit && bracket[1]!.trim() !== '') return { caption: tidyCaption(bracket[1]!), credit };
  }
  // A trailing labelled credit after a sentence end or a separator: "… 2017. Photo: Jane Doe/Reuters".
  const tail = new RegExp(
    String.raw`^(.*?(?:[.!?"”’)]|\s[-–—/|]))\s+(${creditWord}\s*(?:by\b|:|[-–—]).+)$`,
    'isu',
  ).exec(text);
  if (tail) {
    const credit = asCredit(tail[2]!, false);
    if (credit) return { caption: tidyCaption(tail[1]!), credit };
  }
  // AFP house style: "… 2017. / AFP PHOTO / Kirill KUDRYAVTSEV".
  const afp = /^(.*?)\s+\/\s*(AFP PHOTO\s*\/\s*.+)$/isu.exec(text);
  if (afp) return { caption: tidyCaption(afp[1]!), credit: cleanCredit(afp[2]!) };
  return null;
}
