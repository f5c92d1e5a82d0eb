/** A photo caption split from the credit written into it. */
export interface CaptionParts {
  caption: string;
  credit: string;
}

// "(AFP/Kiril Kudryatsev)", "(Photo: Reuters)", "(Photo by Jane Doe/Getty Images)" closing a caption.
const trailingAgency =
  /\s*\((?:photos?|pictures?|images?)?\s*(?:by|:)?\s*([^()]{2,80}\/[^()]{1,80}|[^()]{2,80})\)\s*$/i;
const trailingLabel =
  /(?:^|[.!?]\s+|\s+[|–—-]\s+|\s{2,})(?:(?:photo(?:graph)?|picture|image|foto|photo credit)s?\s*(?:by|:)|credit\s*:?|source\s*:)\s*([^\n]{2,120})$/i;
const leadingLabel =
  /^(?:photo(?:graph)?|picture|image|credit|photo credit)s?\s*(?:by|:)\s*(.{2,120})$/i;

/** A credit's own shape: an agency code and a name ("AFP/Name"), or an agency alone. */
const agencyShape =
  /^[\p{Lu}][\p{L}.&' -]{0,40}\/\s*[\p{L}][\p{L}.' -]{0,60}$|^(?:AFP|AP|Reuters|EPA|dpa|ANP|ANSA|Getty Images|Shutterstock|PA|Xinhua|TASS|EFE|Keystone|Alamy)\b/iu;

/** A line that is only a credit: "Photo: Reuters", "Picture: AFP/Jane Doe". */
export function creditLine(text: string): string | null {
  const match = leadingLabel.exec(text.trim());
  return match ? match[1]!.trim() : null;
}

/**
 * The caption and credit of a caption line, or null when the line does not end in a credit: a
 * trailing "(AGENCY/Name)", a parenthesised "Photo: …", or "Photo: …" after the caption's text.
 */
export function splitCaptionCredit(text: string): CaptionParts | null {
  const trimmed = text.trim();
  const label = trailingLabel.exec(trimmed);
  if (label && label.index > 0) {
    // The sentence's own full stop stays with the caption; a separator bar or dash does not.
    const end = label.index + (/^[.!?]/.test(label[0]) ? 1 : 0);
    return { caption: trimmed.slice(0, end).trim(), credit: label[1]!.trim() };
  }
  const agency = trailingAgency.exec(trimmed);
  if (!agency || agency.index === 0) return null;
  const inner = agency[1]!.trim();
  const explicit = /^\(\s*(photos?|pictures?|images?)\b/i.test(agency[0].trim());
  if (!explicit && !agencyShape.test(inner)) return null;
  return { caption: trimmed.slice(0, agency.index).trim(), credit: inner };
}
