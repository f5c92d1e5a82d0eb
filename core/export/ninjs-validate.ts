import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import geoJsonSchema from './ninjs-schema/GeoJSON.json' with { type: 'json' };
import ninjsSchema from './ninjs-schema/ninjs-schema_3.1.json' with { type: 'json' };

let validate: ValidateFunction | null = null;

// Compiled on first use: compiling the schema costs far more than validating a document.
function validator(): ValidateFunction {
  if (validate) return validate;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const { $schema: _draft, ...geoJson } = geoJsonSchema as Record<string, unknown>;
  ajv.addSchema(geoJson);
  validate = ajv.compile(ninjsSchema);
  return validate;
}

/** Validates against the official IPTC ninjs 3.1 schema (Ajv, draft 2020-12); [] when valid. */
export function ninjsErrors(doc: unknown): string[] {
  const check = validator();
  if (check(doc)) return [];
  return (check.errors ?? []).map((error) => {
    const where = error.instancePath || '/';
    const extra =
      error.keyword === 'unevaluatedProperties'
        ? ` (${String((error.params as { unevaluatedProperty?: string }).unevaluatedProperty)})`
        : '';
    return `${where}: ${error.message ?? error.keyword}${extra}`;
  });
}
