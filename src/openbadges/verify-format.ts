import { CREDENTIALS_V1_CONTEXT, CREDENTIALS_V2_CONTEXT } from './contexts.js';
import type { JsonObject } from './types.js';
import { decodeCredentialJwt, looksLikeJwt, type DecodedCredentialJwt } from './vc-jwt.js';
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

/** What `checkFormat` read: the credential and, for a VC-JWT, the token taken apart. */
export interface FormatResult {
  check: VerificationCheck;
  credential?: JsonObject;
  /** Set when the input was a VC-JWT: its proof is the JWS, not an embedded proof. */
  jwt?: DecodedCredentialJwt;
}

// VC 2.0 §4.13: a credential secured by an envelope, given as `{ type: EnvelopedVerifiableCredential,
// id: "data:application/vc+jwt,eyJ…" }`, as the VC-API passes JWTs around.
const ENVELOPE_DATA_URL = /^data:application\/(?:vc\+jwt|vc\+ld\+jwt|jwt),/;

/** The compact JWT inside an EnvelopedVerifiableCredential, if the value is one. */
function envelopedJwt(value: unknown): string | undefined {
  if (!isObject(value) || !asArray(value.type).includes('EnvelopedVerifiableCredential')) return undefined;
  const { id } = value;
  return typeof id === 'string' && ENVELOPE_DATA_URL.test(id) ? id.slice(id.indexOf(',') + 1) : undefined;
}

/**
 * Reads the input as a credential — an object, JSON text, or a VC-JWT (compact JWS, possibly in an
 * EnvelopedVerifiableCredential) — and checks it has the shape of an Open Badges 3.0 credential.
 */
export function checkFormat(input: unknown): FormatResult {
  let value = input;
  let jwt: DecodedCredentialJwt | undefined;
  if (typeof input === 'string' && !looksLikeJwt(input)) {
    try {
      value = JSON.parse(input);
    } catch {
      return { check: fail('format', 'This is not a credential: the text is not valid JSON.') };
    }
  }
  const jwtText = typeof value === 'string' && looksLikeJwt(value) ? value : envelopedJwt(value);
  if (jwtText !== undefined) {
    const result = decodeCredentialJwt(jwtText);
    if ('error' in result) return { check: fail('format', result.error) };
    jwt = result.decoded;
    value = jwt.credential;
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
  const envelope = jwt ? ', signed as a VC-JWT' : '';
  return {
    check: pass('format', `This is an Open Badges 3.0 credential${version}${envelope}.`),
    credential: value,
    ...(jwt ? { jwt } : {}),
  };
}
