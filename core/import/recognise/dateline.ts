// Datelines: where the story was filed, alone on a line or opening the first paragraph.

const place = String.raw`[\p{Lu}][\p{L}.'’-]*(?:[ -][\p{L}.'’-]+){0,3}`;
const when = String.raw`(?:,\s*[\p{L}.]{3,10}\.?\s+\d{1,2}|,\s*\d{1,2}\s+[\p{L}.]{3,10})?`;
// An agency's name has a capital or a slash: "(AFP)", "(tca/dpa)", not "(who spoke)".
const agency = String.raw`\s*\((?=[^()]*[\p{Lu}/])(?:[^()]{1,40})\)`;
const dash = String.raw`\s*[-–—]{1,2}\s*`;

/** "MOSCOW (AFP) - ", "San Diego (tca/dpa) - ", "LONDON, Jan 24 (Reuters) — " at a paragraph's start. */
const withAgency = new RegExp(String.raw`^(${place}${when}${agency})${dash}(?=\S)`, 'u');
/** "MOSCOW — " or "WASHINGTON, Jan. 5 – ": a capitalised place before a dash. */
const capsPlace = String.raw`\p{Lu}[\p{Lu}.'’-]+(?:[ -][\p{Lu}.'’-]+){0,3}`;
const capsOnly = new RegExp(String.raw`^(${capsPlace}${when})${dash}(?=\S)`, 'u');
/** A line that is only a dateline: "MOSCOW", "Moscow, January 24 (AFP)". */
const lineOnly = new RegExp(
  String.raw`^(?:${capsPlace}${when}(?:${agency})?|${place}${when}${agency})$`,
  'u',
);

/** The dateline opening a paragraph and the text after it, or null. */
export function leadingDateline(paragraph: string): { dateline: string; rest: string } | null {
  const match = withAgency.exec(paragraph) ?? capsOnly.exec(paragraph);
  if (!match) return null;
  const rest = paragraph.slice(match[0].length);
  if (rest.length < 20 || !/^[\p{Lu}\p{N}"“‘'«]/u.test(rest)) return null;
  return { dateline: match[1]!.trim(), rest };
}

/** True when a whole line is a dateline. */
export function isDatelineLine(line: string): boolean {
  return line.length <= 60 && lineOnly.test(line) && /\p{L}{3}/u.test(line);
}
