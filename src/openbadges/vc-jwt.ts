import { CompactSign, importJWK } from 'jose';
import { secretKeyMultibaseToJwk } from './jwk.js';
import { assertKeyPairMatches, derivedFromKeyPair } from './keys.js';
import type { SigningKey } from './sign.js';
import type { JsonObject } from './types.js';

// Open Badges 3.0 §8.2 (VC-JWT) with the W3C VC-JOSE-COSE encoding: the JWS payload IS the
// credential, plus the JWT registered claims iss (issuer id), jti (credential id), sub (subject id),
// nbf (validFrom) and exp (validUntil).

/** VC-JWTs larger than this are refused unread: a badge is a few kilobytes. */
export const VC_JWT_MAX_BYTES = 2 * 1024 * 1024;
/** A JOSE header is a handful of short members; anything this big is not one. */
const MAX_HEADER_CHARS = 16 * 1024;

/** The JWT registered claims (RFC 7519 §4.1): they describe the token, not the credential. */
export const JWT_REGISTERED_CLAIMS = ['iss', 'sub', 'aud', 'exp', 'nbf', 'iat', 'jti'] as const;

/** The media type of a VC-JWT (VC-JOSE-COSE), for serving `/credentials/{id}.jwt`. */
export const VC_JWT_MEDIA_TYPE = 'application/vc+jwt';

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The `id` of a member given either as a string or as an object with an id (issuer, subject). */
function idOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (isObject(value) && typeof value.id === 'string') return value.id;
  return undefined;
}

/** A VC date member as a JWT NumericDate (whole seconds since the epoch), or undefined when absent. */
function numericDate(credential: JsonObject, members: string[]): number | undefined {
  for (const member of members) {
    const value = credential[member];
    if (value === undefined) continue;
    const time = typeof value === 'string' ? Date.parse(value) : Number.NaN;
    if (Number.isNaN(time)) {
      throw new TypeError(
        `cannot sign this credential as a JWT: "${member}" is not a date (${String(value)})`,
      );
    }
    return Math.floor(time / 1000);
  }
  return undefined;
}

/**
 * Signs a credential as a VC-JWT (compact JWS, EdDSA / Ed25519). The protected header is exactly
 * `{ alg: 'EdDSA', kid, typ: 'JWT' }`, where `kid` is the key's DID URL as the issuer's DID document
 * lists it. The payload is the credential without any embedded `proof`, plus `iss`, `jti`, `sub`
 * (when the subject has an id), `nbf` (validFrom, or VC 1.1 issuanceDate) and `exp` (validUntil, or
 * expirationDate, when set). The input is not modified.
 */
export async function signCredentialJwt(credential: object, key: SigningKey): Promise<string> {
  if (!isObject(credential)) throw new TypeError('cannot sign this credential as a JWT: it is not an object');
  const kid = key.verificationMethod;
  const hash = kid.indexOf('#');
  if (hash <= 0) throw new TypeError(`verificationMethod "${kid}" must be a DID URL with a #fragment`);

  const claims = structuredClone(credential);
  delete claims.proof;
  for (const claim of JWT_REGISTERED_CLAIMS) {
    if (claim in claims) {
      throw new TypeError(
        `cannot sign this credential as a JWT: it has a member "${claim}", a name JWT reserves for itself`,
      );
    }
  }
  const iss = idOf(claims.issuer);
  if (!iss) throw new TypeError('cannot sign this credential as a JWT: it does not say who issued it');
  if (kid.slice(0, hash) !== iss) {
    // Verifiers tie the key to `iss`; a JWT signed with someone else's key could never verify.
    throw new TypeError(
      `cannot sign this credential as a JWT: the key ${kid} is not a key of the issuer ${iss}`,
    );
  }
  const jti = typeof claims.id === 'string' ? claims.id : undefined;
  const sub = idOf(claims.credentialSubject);
  const nbf = numericDate(claims, ['validFrom', 'issuanceDate']);
  const exp = numericDate(claims, ['validUntil', 'expirationDate']);

  await assertKeyPairMatches(key);
  const privateKey = await derivedFromKeyPair(key, 'jose', () =>
    importJWK(secretKeyMultibaseToJwk(key.secretKeyMultibase, key.publicKeyMultibase), 'EdDSA'),
  );
  const payload: JsonObject = {
    ...claims,
    iss,
    ...(jti === undefined ? {} : { jti }),
    ...(sub === undefined ? {} : { sub }),
    ...(nbf === undefined ? {} : { nbf }),
    ...(exp === undefined ? {} : { exp }),
  };
  return new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
    .setProtectedHeader({ alg: 'EdDSA', kid, typ: 'JWT' })
    .sign(privateKey);
}

/** A VC-JWT taken apart, before any signature check. */
export interface DecodedCredentialJwt {
  /** The compact JWS itself, trimmed. */
  jwt: string;
  header: JsonObject;
  payload: JsonObject;
  /** The credential the JWT carries: the payload without the JWT registered claims. */
  credential: JsonObject;
}

/**
 * Whether text is meant as a compact JWT: its header is base64url JSON, which always starts `eyJ`
 * (`{"`). A truncated or garbled one still counts, so that it is told what is wrong with it.
 */
export function looksLikeJwt(text: string): boolean {
  return text.trimStart().startsWith('eyJ');
}

const BASE64URL = /^[A-Za-z0-9_-]*$/;

function decodePart(part: string, what: string): JsonObject | string {
  if (!BASE64URL.test(part)) return `its ${what} is not base64url text`;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
  } catch {
    return `its ${what} is not readable JSON (was the JWT cut short when it was copied?)`;
  }
  return isObject(value) ? value : `its ${what} is not a JSON object`;
}

/**
 * The credential inside a payload. VC-JOSE-COSE (and OB 3.0 in VC 2.0 form) make the payload the
 * credential itself; older VC-JWT 1.1 tokens wrap it in a `vc` claim and move id, issuer, dates and
 * subject id into the registered claims, which are put back here as VC 1.1 members.
 */
function credentialOf(payload: JsonObject): JsonObject {
  const wrapped = payload.vc;
  if (payload['@context'] === undefined && isObject(wrapped)) {
    const credential = structuredClone(wrapped);
    const seconds = (value: unknown) =>
      typeof value === 'number' && Number.isFinite(value) && Math.abs(value) < 1e13
        ? new Date(value * 1000).toISOString().replace('.000Z', 'Z')
        : undefined;
    if (credential.issuer === undefined && typeof payload.iss === 'string') credential.issuer = payload.iss;
    if (credential.id === undefined && typeof payload.jti === 'string') credential.id = payload.jti;
    if (credential.issuanceDate === undefined && credential.validFrom === undefined) {
      const date = seconds(payload.nbf);
      if (date) credential.issuanceDate = date;
    }
    if (credential.expirationDate === undefined && credential.validUntil === undefined) {
      const date = seconds(payload.exp);
      if (date) credential.expirationDate = date;
    }
    const subject = credential.credentialSubject;
    if (isObject(subject) && subject.id === undefined && typeof payload.sub === 'string') {
      subject.id = payload.sub;
    }
    return credential;
  }
  const credential = { ...payload };
  for (const claim of JWT_REGISTERED_CLAIMS) delete credential[claim];
  return credential;
}

/**
 * Takes a compact VC-JWT apart without checking its signature. Returns a readable reason instead
 * when the text is not one (wrong number of parts, not base64url, not JSON, too large).
 */
export function decodeCredentialJwt(text: unknown): { decoded: DecodedCredentialJwt } | { error: string } {
  if (typeof text !== 'string') return { error: 'This is not a VC-JWT: expected text.' };
  if (text.length > VC_JWT_MAX_BYTES) {
    return {
      error: `This VC-JWT is too large to be a badge (the limit is ${VC_JWT_MAX_BYTES / 1024 / 1024} MB).`,
    };
  }
  const jwt = text.trim();
  const parts = jwt.split('.');
  if (parts.length === 5) {
    return {
      error: 'This is an encrypted JWT (JWE), not a signed credential; it cannot be read without its key.',
    };
  }
  if (parts.length !== 3) {
    return {
      error: `This is not a VC-JWT: a compact JWT has three parts separated by dots, this has ${parts.length} (was it cut short when it was copied?).`,
    };
  }
  const [headerPart = '', payloadPart = '', signaturePart = ''] = parts;
  if (headerPart.length > MAX_HEADER_CHARS)
    return { error: 'This is not a VC-JWT: its header is far too large.' };
  const header = decodePart(headerPart, 'header');
  if (typeof header === 'string') return { error: `This is not a VC-JWT: ${header}.` };
  const payload = decodePart(payloadPart, 'payload');
  if (typeof payload === 'string') return { error: `This is not a VC-JWT: ${payload}.` };
  if (!BASE64URL.test(signaturePart))
    return { error: 'This is not a VC-JWT: its signature is not base64url text.' };
  return { decoded: { jwt, header, payload, credential: credentialOf(payload) } };
}
