import { Ajv2019, type ErrorObject, type ValidateFunction } from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';
import achievementCredentialSchema from './schema/ob_v3p0_achievementcredential_schema.json' with { type: 'json' };
import type { JsonObject } from './types.js';
import { fail, pass, type VerificationCheck } from './verification-types.js';

let validator: ValidateFunction | undefined;

/** The official OB 3.0 AchievementCredential JSON schema, compiled once on first use. */
function achievementCredentialValidator(): ValidateFunction {
  if (!validator) {
    const ajv = new Ajv2019({ allErrors: true, strict: false });
    // ajv-formats is CommonJS; under NodeNext its default import is the module object.
    addFormats.default(ajv);
    validator = ajv.compile(achievementCredentialSchema);
  }
  return validator;
}

function describe(error: ErrorObject): string {
  const where = error.instancePath ? error.instancePath.slice(1).replaceAll('/', '.') : 'the credential';
  if (error.keyword === 'required') return `${where} is missing "${String(error.params.missingProperty)}"`;
  if (error.keyword === 'additionalProperties') {
    return `${where} has a property the standard does not allow ("${String(error.params.additionalProperty)}")`;
  }
  return `${where} ${error.message ?? 'is not valid'}`;
}

/** Validates against the official Open Badges 3.0 AchievementCredential JSON schema. */
export function checkSchema(credential: JsonObject): VerificationCheck {
  const validate = achievementCredentialValidator();
  // The schema wants `proof` as an array, yet VC 2.0 (and 1EdTech's own Implementation Guide
  // vector) write a single proof as an object; in JSON-LD the two mean the same.
  const { proof } = credential;
  const normalized =
    proof !== undefined && !Array.isArray(proof) ? { ...credential, proof: [proof] } : credential;
  if (validate(normalized)) return pass('schema', 'The credential follows the Open Badges 3.0 data format.');
  // oneOf/anyOf branches repeat the real problem in several forms; the leaf errors say it best.
  const errors = (validate.errors ?? []).filter(
    (e) => !['oneOf', 'anyOf', 'allOf', 'if'].includes(e.keyword),
  );
  const problems = [...new Set((errors.length ? errors : (validate.errors ?? [])).map(describe))];
  const shown = problems.slice(0, 3).join('; ');
  const more = problems.length > 3 ? ` (and ${problems.length - 3} more)` : '';
  return fail('schema', `The credential does not follow the Open Badges 3.0 data format: ${shown}${more}.`);
}
