// Signs any credential a client sends (W3C VC-API `POST /credentials/issue`): VC 2.0 or VC 1.1, Open
// Badges or not. Bad input never throws: it comes back as a 400 (malformed) or 422 (well-formed but
// refused) with problems a developer can read.
import { CREDENTIALS_V1_CONTEXT, CREDENTIALS_V2_CONTEXT, DATA_INTEGRITY_V2_CONTEXT } from './contexts.js';
import { describeSafeModeError } from './jsonld-errors.js';
import { assertKeyPairMatches } from './keys.js';
import { signCredential, type SigningKey } from './sign.js';
import type { DataIntegrityProofJson, DocumentLoader, JsonObject } from './types.js';

/** What `signAnyCredential` answers: the signed credential, or why it was refused. */
export type SignAnyResult =
  { ok: true; verifiableCredential: JsonObject } | { ok: false; status: 400 | 422; problems: string[] };

export interface SignAnyOptions {
  /** The moment of signing: VC 1.1 `issuanceDate` when missing, and the proof's `created`. */
  now?: Date;
}

const OB_CREDENTIAL_TYPES = ['OpenBadgeCredential', 'AchievementCredential', 'EndorsementCredential'];
// The VC data model's own date-time form, as @digitalbazaar/vc checks it.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const asArray = (value: unknown): unknown[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

const refuse = (status: 400 | 422, ...problems: string[]): SignAnyResult => ({ ok: false, status, problems });

/** An ISO date-time in UTC, to the second. */
const isoSeconds = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** OB 3.0 credentials keep `proof` as an array: the OB JSON schema requires one. */
function isOpenBadge(credential: JsonObject): boolean {
  const types = asArray(credential.type);
  const contexts = asArray(credential['@context']);
  return (
    types.some((type) => OB_CREDENTIAL_TYPES.includes(type as string)) ||
    contexts.some((context) => typeof context === 'string' && context.includes('/spec/ob/v3p0/'))
  );
}

/** The structural problems of a would-be credential (all of them, so a client can fix them at once). */
function structuralProblems(credential: JsonObject, version: 1 | 2): string[] {
  const problems: string[] = [];
  const types = asArray(credential.type);
  if (types.length === 0 || types.some((type) => typeof type !== 'string'))
    problems.push('"type" must be a string or an array of strings');
  else if (!types.includes('VerifiableCredential'))
    problems.push('"type" must include "VerifiableCredential"');
  const subjects = asArray(credential.credentialSubject);
  if (subjects.length === 0 || !subjects.every(isObject))
    problems.push('"credentialSubject" must be an object (or an array of objects)');
  const issuer = credential.issuer;
  if (issuer !== undefined && typeof issuer !== 'string' && !isObject(issuer))
    problems.push('"issuer" must be a URL or an object with an "id"');
  if (credential.id !== undefined && typeof credential.id !== 'string') problems.push('"id" must be a URL');
  if (credential.proof !== undefined)
    problems.push('the credential already carries a "proof"; send it without one to have it signed');
  const dates = version === 1 ? ['issuanceDate', 'expirationDate'] : ['validFrom', 'validUntil'];
  for (const name of dates) {
    const value = credential[name];
    if (value !== undefined && (typeof value !== 'string' || !DATE_TIME.test(value)))
      problems.push(`"${name}" must be an XML Schema date-time such as 2026-01-02T03:04:05Z`);
  }
  return problems;
}

/**
 * Fills in the issuer when it is missing; refuses (422) a credential naming another issuer, since a
 * token holder may only sign as their own issuer.
 */
function settleIssuer(credential: JsonObject, issuerId: string): SignAnyResult | undefined {
  const { issuer } = credential;
  if (issuer === undefined) {
    credential.issuer = issuerId;
    return undefined;
  }
  const given = typeof issuer === 'string' ? issuer : (issuer as JsonObject).id;
  if (given === undefined) {
    credential.issuer = { ...(issuer as JsonObject), id: issuerId };
    return undefined;
  }
  if (given !== issuerId)
    return refuse(
      422,
      `the credential names the issuer "${String(given)}"; this key may only sign as "${issuerId}"`,
    );
  return undefined;
}

/** The URL of a context the loader could not give, when that is why jsonld failed. */
function unloadableContext(error: unknown, depth = 0): string | undefined {
  if (!error || typeof error !== 'object' || depth > 5) return undefined;
  const { details, cause } = error as {
    details?: { code?: unknown; url?: unknown; cause?: unknown };
    cause?: unknown;
  };
  if (
    typeof details?.url === 'string' &&
    typeof details.code === 'string' &&
    /loading (remote )?(context|document) failed/.test(details.code)
  )
    return details.url;
  return unloadableContext(cause, depth + 1) ?? unloadableContext(details?.cause, depth + 1);
}

/** A failed signing, explained: safe-mode refusals and unknown contexts are 422, the rest 400. */
function explainSigningError(error: unknown): SignAnyResult {
  const safeMode = describeSafeModeError(error);
  if (safeMode) return refuse(422, `cannot sign this credential: ${safeMode}`);
  const context = unloadableContext(error);
  if (context) {
    return refuse(
      422,
      `cannot sign this credential: it uses the JSON-LD @context "${context}", which this service does not know (contexts are never fetched)`,
    );
  }
  const message = error instanceof Error ? error.message : String(error);
  return refuse(400, `cannot sign this credential: ${message}`);
}

/**
 * Signs a client's credential with the issuer's key (Data Integrity, eddsa-rdfc-2022,
 * assertionMethod). VC 2.0 (`https://www.w3.org/ns/credentials/v2` first) and VC 1.1
 * (`https://www.w3.org/2018/credentials/v1` first) are accepted: the issuer is filled in when
 * missing; VC 1.1 gets `issuanceDate` (now) when missing and the Data Integrity context it needs for
 * the proof. JSON-LD safe mode applies: a term the @context does not define is refused (422), never
 * dropped from the signature. OB 3.0 credentials get `proof` as an array, others the library's form.
 * Never throws for bad input; throws only when `key` itself is unusable (a server fault).
 */
export async function signAnyCredential(
  credential: unknown,
  key: SigningKey,
  issuerId: string,
  documentLoader: DocumentLoader,
  options: SignAnyOptions = {},
): Promise<SignAnyResult> {
  await assertKeyPairMatches(key);
  if (!isObject(credential)) return refuse(400, 'the credential must be a JSON object');
  let copy: JsonObject;
  try {
    copy = structuredClone(credential);
  } catch {
    return refuse(400, 'the credential must be plain JSON');
  }

  const contexts = asArray(copy['@context']);
  if (contexts.length === 0) return refuse(400, 'the credential has no "@context"');
  const version = contexts[0] === CREDENTIALS_V2_CONTEXT ? 2 : contexts[0] === CREDENTIALS_V1_CONTEXT ? 1 : 0;
  if (version === 0) {
    return refuse(
      400,
      `the first "@context" must be "${CREDENTIALS_V2_CONTEXT}" (VC 2.0) or "${CREDENTIALS_V1_CONTEXT}" (VC 1.1)`,
    );
  }
  const problems = structuralProblems(copy, version);
  if (problems.length > 0) return refuse(400, ...problems);
  const issuerRefusal = settleIssuer(copy, issuerId);
  if (issuerRefusal) return issuerRefusal;

  const now = options.now ?? new Date();
  if (version === 1) {
    if (copy.issuanceDate === undefined) copy.issuanceDate = isoSeconds(now);
    // VC 1.1's context does not define DataIntegrityProof; the Data Integrity context does.
    if (!contexts.includes(DATA_INTEGRITY_V2_CONTEXT))
      copy['@context'] = [...contexts, DATA_INTEGRITY_V2_CONTEXT];
  }

  let signed: JsonObject & { proof: DataIntegrityProofJson[] };
  try {
    signed = await signCredential(copy, key, documentLoader, now);
  } catch (error) {
    return explainSigningError(error);
  }
  if (!isOpenBadge(signed) && signed.proof.length === 1) {
    return { ok: true, verifiableCredential: { ...signed, proof: signed.proof[0] } };
  }
  return { ok: true, verifiableCredential: signed };
}
