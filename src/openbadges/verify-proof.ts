import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import { CONTEXTS } from './contexts.js';
import { describeSafeModeError } from './jsonld-errors.js';
import { describeProof, proofsOf, supportedProofsOf } from './proof-support.js';
import type { DocumentLoader, JsonObject } from './types.js';
import { fail, pass, reason, type VerificationCheck } from './verification-types.js';

type PurposeValidate = vc.CredentialIssuancePurpose['validate'];

// The library's CredentialIssuancePurpose also demands that the key's controller be the issuer.
// That is the separate `issuer` check here, so the `proof` check runs only the parent class's
// rule (AssertionProofPurpose: the key's controller lists it under assertionMethod). The parent
// is reached through the prototype chain because @digitalbazaar/vc does not export it.
const assertionPurposeValidate = (
  Object.getPrototypeOf(vc.CredentialIssuancePurpose.prototype) as object as {
    validate?: PurposeValidate;
  }
).validate;

class AssertionMethodPurpose extends vc.CredentialIssuancePurpose {
  override validate(...args: Parameters<PurposeValidate>): ReturnType<PurposeValidate> {
    if (typeof assertionPurposeValidate !== 'function') {
      throw new Error('the installed @digitalbazaar/vc has no AssertionProofPurpose to build on');
    }
    return assertionPurposeValidate.apply(this, args);
  }
}

type ErrorLike = Error & { errors?: unknown[]; details?: { cause?: unknown } };

/** The innermost useful messages of a (possibly aggregate, possibly wrapped) error. */
function messagesOf(error: unknown): string[] {
  if (!(error instanceof Error)) return error === undefined ? [] : [reason(error)];
  const { errors, details } = error as ErrorLike;
  if (Array.isArray(errors) && errors.length) return errors.flatMap(messagesOf);
  const cause = details?.cause ?? error.cause;
  return cause ? [error.message, ...messagesOf(cause)] : [error.message];
}

function explain(errors: unknown[]): string {
  for (const error of errors) {
    const safeMode = describeSafeModeError(error);
    if (safeMode) return `The signature cannot be checked: ${safeMode}.`;
  }
  const messages = errors.flatMap(messagesOf);
  const text = messages.join(' ');
  if (/Invalid signature/i.test(text)) {
    return 'The signature does not match the credential: it was changed after it was signed, or signed with another key.';
  }
  if (/No matching proofs found|insufficient proofs matched/i.test(text)) {
    return 'The credential has no proof made for issuing credentials (proofPurpose "assertionMethod").';
  }
  if (/not authorized by controller/i.test(text)) {
    return 'The signing key is not one its owner lists for issuing credentials (assertionMethod).';
  }
  if (
    /could not be resolved|no DID resolver|not a known context or document|publishes no key|names itself/i.test(
      text,
    )
  ) {
    return `The signing key could not be found: ${(messages[messages.length - 1] ?? text).replace(/\.+$/, '')}.`;
  }
  const unique = [...new Set(messages.map((message) => message.replace(/\.+$/, '')))];
  return `The signature could not be verified: ${unique.join('; ')}.`;
}

/**
 * The first `@context` URL not held in memory. Contexts are never fetched, so this asks the
 * in-memory set, not the document loader (which may fetch key documents by URL).
 */
function firstUnknownContext(credential: JsonObject): string | undefined {
  const contexts = Array.isArray(credential['@context']) ? credential['@context'] : [credential['@context']];
  return contexts.find((context): context is string => typeof context === 'string' && !CONTEXTS.has(context));
}

function momentWithinValidity(credential: JsonObject): Date | undefined {
  for (const member of ['validFrom', 'validUntil', 'issuanceDate']) {
    const value = credential[member];
    const date = typeof value === 'string' ? new Date(value) : undefined;
    if (date && !Number.isNaN(date.getTime())) return date;
  }
  return undefined;
}

/** Checks the cryptographic Data Integrity proof (eddsa-rdfc-2022) with @digitalbazaar/vc. */
export async function checkProof(
  credential: JsonObject,
  documentLoader: DocumentLoader,
): Promise<VerificationCheck> {
  const proofs = proofsOf(credential);
  if (proofs.length === 0) return fail('proof', 'The credential is not signed: it has no proof.');
  if (supportedProofsOf(credential).length === 0) {
    const kinds = [...new Set(proofs.map(describeProof))].join(', ');
    return fail('proof', `The credential is signed with ${kinds}, which this verifier cannot check yet.`);
  }
  const unknownContext = firstUnknownContext(credential);
  if (unknownContext) {
    return fail(
      'proof',
      `The signature cannot be checked: the credential uses a JSON-LD context this verifier does not know (${unknownContext}).`,
    );
  }
  const suite = new DataIntegrityProof({ cryptosuite });
  // Dates and status are reported by their own checks; judge the signature at a moment the
  // credential is valid so an expired credential still shows whether its signature holds.
  const result = await vc.verifyCredential({
    credential,
    suite,
    documentLoader,
    purpose: new AssertionMethodPurpose(),
    now: momentWithinValidity(credential),
    checkStatus: () => Promise.resolve({ verified: true }),
  });
  if (result.verified)
    return pass('proof', 'The signature is valid: the credential has not been changed since it was signed.');
  const errors = (result.results ?? []).flatMap((r) => [r.error, r.purposeResult?.error]).filter(Boolean);
  return fail('proof', explain(errors.length ? errors : [result.error]));
}
