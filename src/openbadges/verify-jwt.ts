import { compactVerify, errors as joseErrors, importJWK } from 'jose';
import { isEd25519PublicJwk, publicKeyMultibaseToJwk, type Ed25519PublicJwk } from './jwk.js';
import { authorizesForIssuing } from './verify-issuer.js';
import type { DocumentLoader, JsonObject } from './types.js';
import { decodeCredentialJwt, type DecodedCredentialJwt } from './vc-jwt.js';
import { fail, pass, reason, type VerificationCheck } from './verification-types.js';

// The `proof` and `issuer` checks of a VC-JWT, mirroring what verify-proof.ts and verify-issuer.ts
// do for an embedded Data Integrity proof: `proof` says whether the signature holds and the JWT
// claims agree with the credential; `issuer` says whether the key belongs to the credential's issuer.

/** Algorithms that mean Ed25519: `EdDSA` (RFC 8037) and its fully-specified name `Ed25519` (RFC 9864). */
const ED25519_ALGORITHMS = ['EdDSA', 'Ed25519'];
const MAX_KID_CHARS = 2048;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function idOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (isObject(value) && typeof value.id === 'string') return value.id;
  return undefined;
}

const baseOf = (url: string): string => (url.includes('#') ? url.slice(0, url.indexOf('#')) : url);

/** A key found through the JWT's `kid`. */
interface ResolvedKey {
  /** Absolute id of the verification method. */
  id: string;
  controller: string;
  jwk: Ed25519PublicJwk;
}

/** The header problem that stops the signature from being checked at all, if any. */
function headerProblem(header: JsonObject): string | undefined {
  const { alg, kid, crit } = header;
  if (alg === undefined) return 'The VC-JWT header does not name its signing algorithm ("alg").';
  if (typeof alg === 'string' && alg.toLowerCase() === 'none') {
    return 'The VC-JWT is not signed (alg "none"): an unsigned JWT is refused.';
  }
  if (typeof alg !== 'string' || !ED25519_ALGORITHMS.includes(alg)) {
    return `The VC-JWT is signed with ${JSON.stringify(alg)}; only EdDSA (Ed25519) signatures are accepted.`;
  }
  if (crit !== undefined) {
    return 'The VC-JWT header marks extensions as critical ("crit") that this verifier does not understand.';
  }
  if (typeof kid !== 'string' || kid === '') {
    return 'The VC-JWT header does not say which key signed it ("kid").';
  }
  if (kid.length > MAX_KID_CHARS) return 'The VC-JWT header names a key ("kid") that is far too long.';
  return undefined;
}

/** The absolute key URL of a `kid`; a bare `#fragment` is relative to the issuer. */
function keyUrlOf(kid: string, issuerId: string | undefined): string {
  return kid.startsWith('#') && issuerId ? `${issuerId}${kid}` : kid;
}

/** Resolves the `kid` to an Ed25519 public key through the document loader, or says why it cannot. */
async function resolveKey(keyUrl: string, documentLoader: DocumentLoader): Promise<ResolvedKey | string> {
  let document: JsonObject;
  try {
    document = (await documentLoader(keyUrl)).document;
  } catch (error) {
    return `The signing key ${keyUrl} could not be found: ${reason(error).replace(/\.+$/, '')}.`;
  }
  let method: JsonObject = document;
  // The loader answers a `url#fragment` with the method, its id set to that URL.
  let id = keyUrl;
  // A kid naming a whole DID (or controller document) is clear only when it publishes one key.
  if (method.publicKeyMultibase === undefined && method.publicKeyJwk === undefined) {
    const methods = Array.isArray(document.verificationMethod)
      ? document.verificationMethod.filter(isObject)
      : [];
    const [only] = methods;
    if (methods.length !== 1 || !only) {
      return `The signing key ${keyUrl} names a document with ${methods.length} keys, not one key.`;
    }
    method = only;
    // The key is known by where it is published: an id pointing elsewhere claims nothing.
    const raw = typeof only.id === 'string' ? only.id : '';
    id = raw.startsWith('#') ? `${baseOf(keyUrl)}${raw}` : raw;
    if (baseOf(id) !== baseOf(keyUrl)) {
      return `The signing key ${keyUrl} publishes a key named ${raw || 'nothing'}, which is not in that document.`;
    }
  }
  let jwk: Ed25519PublicJwk;
  try {
    if (typeof method.publicKeyMultibase === 'string') {
      jwk = publicKeyMultibaseToJwk(method.publicKeyMultibase);
    } else if (isEd25519PublicJwk(method.publicKeyJwk)) {
      jwk = { kty: 'OKP', crv: 'Ed25519', x: method.publicKeyJwk.x };
    } else {
      return `The signing key ${keyUrl} is not an Ed25519 key.`;
    }
  } catch (error) {
    return `The signing key ${keyUrl} is not usable: ${reason(error)}.`;
  }
  return { id, controller: idOf(method.controller) ?? baseOf(keyUrl), jwk };
}

/** Undefined when `claim` is absent or equals `expected`; otherwise what disagrees. */
function claimMismatch(payload: JsonObject, claim: string, expected: string | undefined, member: string) {
  const value = payload[claim];
  if (value === undefined || value === expected) return undefined;
  return expected === undefined
    ? `"${claim}" is ${JSON.stringify(value)} but the credential has no ${member}`
    : `"${claim}" is ${JSON.stringify(value)} but the credential's ${member} is ${JSON.stringify(expected)}`;
}

function dateMismatch(payload: JsonObject, claim: string, credential: JsonObject, members: string[]) {
  const value = payload[claim];
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) return `"${claim}" is not a number of seconds`;
  const member = members.find((name) => credential[name] !== undefined);
  const date = member ? credential[member] : undefined;
  if (!member) return `"${claim}" is set but the credential has no ${members[0]}`;
  const time = typeof date === 'string' ? Date.parse(date) : Number.NaN;
  // NumericDate is whole seconds; a date with milliseconds may be rounded either way.
  if (Number.isNaN(time) || Math.abs(value - time / 1000) >= 1) {
    const when = new Date(value * 1000);
    const shown = Number.isNaN(when.getTime()) ? String(value) : when.toISOString();
    return `"${claim}" (${shown}) does not match the credential's ${member} (${String(date)})`;
  }
  return undefined;
}

/** The registered claims that disagree with the credential they carry. */
function claimProblems(decoded: DecodedCredentialJwt): string[] {
  const { payload, credential } = decoded;
  // In the VC-JWT 1.1 form the claims filled in the members the wrapped credential left out, so only
  // members it states itself can disagree.
  return [
    claimMismatch(payload, 'iss', idOf(credential.issuer), 'issuer id'),
    claimMismatch(payload, 'jti', typeof credential.id === 'string' ? credential.id : undefined, 'id'),
    claimMismatch(payload, 'sub', idOf(credential.credentialSubject), 'subject id'),
    dateMismatch(payload, 'nbf', credential, ['validFrom', 'issuanceDate']),
    dateMismatch(payload, 'exp', credential, ['validUntil', 'expirationDate']),
  ].filter((problem): problem is string => problem !== undefined);
}

/** Header and key of a decoded VC-JWT, or the failed check that stops there. */
async function headerAndKey(
  decoded: DecodedCredentialJwt,
  documentLoader: DocumentLoader,
  id: 'proof' | 'issuer',
): Promise<ResolvedKey | VerificationCheck> {
  const problem = headerProblem(decoded.header);
  if (problem) return fail(id, problem);
  const kid = decoded.header.kid as string;
  const key = await resolveKey(keyUrlOf(kid, idOf(decoded.credential.issuer)), documentLoader);
  return typeof key === 'string' ? fail(id, key) : key;
}

const isCheck = (value: ResolvedKey | VerificationCheck): value is VerificationCheck => 'valid' in value;

/**
 * The `proof` check of a VC-JWT: a supported header, a key found through `kid` that its owner lists
 * for issuing, a valid EdDSA signature (checked by jose), and registered claims that agree with the
 * credential. Dates are not judged here: an expired credential still shows whether its signature holds.
 */
export async function checkJwtProof(
  decoded: DecodedCredentialJwt,
  documentLoader: DocumentLoader,
): Promise<VerificationCheck> {
  const key = await headerAndKey(decoded, documentLoader, 'proof');
  if (isCheck(key)) return key;
  const { jwk } = decoded.header;
  if (jwk !== undefined && (!isEd25519PublicJwk(jwk) || jwk.x !== key.jwk.x)) {
    return fail('proof', `The key in the VC-JWT header ("jwk") is not the key ${key.id} that "kid" names.`);
  }
  try {
    const publicKey = await importJWK(key.jwk, decoded.header.alg as string);
    await compactVerify(decoded.jwt, publicKey, { algorithms: ED25519_ALGORITHMS });
  } catch (error) {
    if (error instanceof joseErrors.JWSSignatureVerificationFailed) {
      return fail(
        'proof',
        'The signature does not match the credential: it was changed after it was signed, or signed with another key.',
      );
    }
    return fail('proof', `The signature could not be verified: ${reason(error).replace(/\.+$/, '')}.`);
  }
  const problems = claimProblems(decoded);
  if (problems.length) {
    return fail(
      'proof',
      `The VC-JWT's claims disagree with the credential it carries: ${problems.join('; ')}.`,
    );
  }
  let controllerDocument: JsonObject;
  try {
    controllerDocument = (await documentLoader(key.controller)).document;
  } catch (error) {
    return fail(
      'proof',
      `The owner of the signing key, ${key.controller}, could not be looked up: ${reason(error)}.`,
    );
  }
  if (!authorizesForIssuing(controllerDocument, key.id)) {
    return fail(
      'proof',
      'The signing key is not one its owner lists for issuing credentials (assertionMethod).',
    );
  }
  return pass(
    'proof',
    'The signature is valid (VC-JWT, EdDSA): the credential has not been changed since it was signed.',
  );
}

/** The `issuer` check of a VC-JWT: the key that signed it is a key the credential's issuer lists for issuing. */
export async function checkJwtIssuer(
  decoded: DecodedCredentialJwt,
  documentLoader: DocumentLoader,
): Promise<VerificationCheck> {
  const issuerId = idOf(decoded.credential.issuer);
  if (!issuerId) return fail('issuer', 'The credential does not say who issued it.');
  const key = await headerAndKey(decoded, documentLoader, 'issuer');
  if (isCheck(key)) return key;
  if (key.id.startsWith('did:') && baseOf(key.id) !== issuerId) {
    return fail(
      'issuer',
      `It was signed with a key of ${baseOf(key.id)}, not with a key of the issuer ${issuerId}.`,
    );
  }
  if (key.controller !== issuerId) {
    return fail('issuer', `The signing key belongs to ${key.controller}, not to the issuer ${issuerId}.`);
  }
  let issuerDocument: JsonObject;
  try {
    issuerDocument = (await documentLoader(issuerId)).document;
  } catch (error) {
    return fail('issuer', `The issuer ${issuerId} could not be looked up: ${reason(error)}.`);
  }
  if (!authorizesForIssuing(issuerDocument, key.id)) {
    return fail(
      'issuer',
      `The issuer ${issuerId} does not list the key ${key.id} as one it issues credentials with.`,
    );
  }
  const { issuer } = decoded.credential;
  const name =
    isObject(issuer) && typeof issuer.name === 'string' ? `${issuer.name} (${issuerId})` : issuerId;
  return pass('issuer', `Signed with a key of the issuer, ${name}.`);
}

/** What `verifyCredentialJwt` found. */
export interface JwtVerification {
  /** True when the signature holds, the claims agree and the key is the issuer's. */
  valid: boolean;
  /** Why not, or what was verified, in words. */
  message: string;
  /** The credential the JWT carries (payload without the registered claims), when it could be read. */
  credential?: JsonObject;
  /** The JOSE protected header, when it could be read. */
  header?: JsonObject;
}

/**
 * Checks a VC-JWT's signature and that its key belongs to its issuer. Dates, schema and status are
 * not judged here (use `verifyCredential` for the whole verification). Never throws.
 */
export async function verifyCredentialJwt(
  jwt: string,
  documentLoader: DocumentLoader,
): Promise<JwtVerification> {
  try {
    const result = decodeCredentialJwt(jwt);
    if ('error' in result) return { valid: false, message: result.error };
    const { decoded } = result;
    const base = { credential: decoded.credential, header: decoded.header };
    const proof = await checkJwtProof(decoded, documentLoader);
    if (!proof.valid) return { ...base, valid: false, message: proof.message };
    const issuer = await checkJwtIssuer(decoded, documentLoader);
    if (!issuer.valid) return { ...base, valid: false, message: issuer.message };
    return { ...base, valid: true, message: `${proof.message} ${issuer.message}` };
  } catch (error) {
    return { valid: false, message: `The VC-JWT could not be checked: ${reason(error)}.` };
  }
}
