// Whether a JSON object is ninjs at all, and which of its known keys hold the wrong kind of value.
import { ImportError } from './import-error';
import { isObject, type Json } from './ninjs-fields';

const scalarKeys = [
  'uri',
  'type',
  'headline',
  'byline',
  'by',
  'located',
  'versioncreated',
  'versionCreated',
  'firstcreated',
  'firstCreated',
  'embargoed',
  'embargoedUntil',
  'pubstatus',
  'pubStatus',
  'body_html',
  'body_text',
  'body_xhtml',
  'description_text',
  'description_html',
];
const listKeys = ['headlines', 'descriptions', 'bodies', 'associations'];

/** Every top-level key whose kind of value the importer checks. */
export const knownNinjsKeys = [...scalarKeys, ...listKeys];

/** Known top-level keys holding the wrong kind of value (every version's shape is allowed), one message each. */
function typeErrors(data: Json): string[] {
  const kind = (value: unknown) =>
    value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
  const errors: string[] = [];
  for (const key of scalarKeys) {
    const value = data[key];
    if (value === undefined || typeof value === 'string') continue;
    // 1.x allowed `headline` as a list of parts too; `version`-like numbers are harmless elsewhere.
    if (key === 'headline' && (Array.isArray(value) || isObject(value))) continue;
    errors.push(`"${key}" should be text, not ${kind(value)}`);
  }
  for (const key of listKeys) {
    const value = data[key];
    if (value === undefined || Array.isArray(value) || isObject(value)) continue;
    if (key !== 'associations' && typeof value === 'string') continue;
    errors.push(`"${key}" should be a list, not ${kind(value)}`);
  }
  return errors;
}

/** Keys only a news item has; a JSON object with none of them is something else. */
const identifyingKeys = [
  'uri',
  'headline',
  'headlines',
  'bodies',
  'body_html',
  'body_text',
  'body_xhtml',
  'type',
  'versioncreated',
  'versionCreated',
];

/** Throws an ImportError saying why `data` is not a ninjs document of any version. */
export function assertNinjsShape(data: unknown): asserts data is Json {
  if (!isObject(data)) throw new ImportError('not a ninjs document: expected a JSON object');
  if (!identifyingKeys.some((key) => key in data))
    throw new ImportError('not a ninjs document: it has no uri, headline, body or type');
  const wrongType = typeErrors(data)[0];
  if (wrongType) throw new ImportError(`not a ninjs document: ${wrongType}`);
}
