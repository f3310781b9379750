import { CREDENTIALS_V1_CONTEXT, CREDENTIALS_V2_CONTEXT } from './contexts.js';
import type { JsonObject } from './types.js';
import { fail, pass, type VerificationCheck } from './verification-types.js';

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const asArray = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value === undefined ? [] : [value];

/** The issuer's id, whether `issuer` is a string or a Profile object. */
export function issuerIdOf(credential: JsonObject): string | undefined {
  const { issuer } = credential;
  if (typeof issuer === 'string') return issuer;
  if (isObject(issuer) && typeof issuer.id === 'string') return issuer.id;
  return undefined;
}

/** Reads the input as a credential and checks it has the shape of an Open Badges 3.0 credential. */
export function checkFormat(input: unknown): { check: VerificationCheck; credential?: JsonObject } {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch {
      return { check: fail('format', 'This is not a credential: the text is not valid JSON.') };
    }
  }
  if (!isObject(value)) {
    return { check: fail('format', 'This is not a credential: expected a JSON object.') };
  }
  const contexts = asArray(value['@context']);
  if (contexts.length === 0) {
    return { check: fail('format', 'This is not a Verifiable Credential: it has no "@context".') };
  }
  if (contexts[0] !== CREDENTIALS_V2_CONTEXT && contexts[0] !== CREDENTIALS_V1_CONTEXT) {
    return {
      check: fail(
        'format',
        'This is not a Verifiable Credential: its first "@context" must be the W3C credentials context.',
      ),
    };
  }
  const types = asArray(value.type);
  if (!types.includes('VerifiableCredential')) {
    return {
      check: fail('format', 'This is not a Verifiable Credential: its type lacks "VerifiableCredential".'),
    };
  }
  if (!types.includes('OpenBadgeCredential') && !types.includes('AchievementCredential')) {
    return {
      check: fail(
        'format',
        'This is a Verifiable Credential but not an Open Badge: its type lacks "OpenBadgeCredential".',
      ),
    };
  }
  if (!issuerIdOf(value)) {
    return { check: fail('format', 'The credential does not say who issued it (no issuer id).') };
  }
  if (!isObject(value.credentialSubject)) {
    return { check: fail('format', 'The credential does not say who earned it (no credentialSubject).') };
  }
  const version = contexts[0] === CREDENTIALS_V2_CONTEXT ? '' : ' (Verifiable Credentials 1.1 form)';
  return { check: pass('format', `This is an Open Badges 3.0 credential${version}.`), credential: value };
}
