import type { DocumentLoader, JsonObject, RemoteDocument } from './types.js';
import { checkDates } from './verify-dates.js';
import { checkFormat } from './verify-format.js';
import { checkIssuer } from './verify-issuer.js';
import { checkProof } from './verify-proof.js';
import { checkJwtIssuer, checkJwtProof } from './verify-jwt.js';
import { checkStatus, checkTrust, guarded } from './verify-live-checks.js';
import { checkSchema } from './verify-schema.js';
import {
  fail,
  reason,
  type CheckId,
  type VerificationResult,
  type VerifyOptions,
} from './verification-types.js';

export type {
  CheckId,
  ProofFormat,
  StatusCheckResult,
  VerificationCheck,
  VerificationResult,
  VerifyOptions,
} from './verification-types.js';

/**
 * One lookup per URL for the whole verification: the proof and issuer checks both need the DID
 * document, and a `resolveDid` behind the loader may go over the network. Each caller gets a copy.
 */
function memoized(loader: DocumentLoader): DocumentLoader {
  const seen = new Map<string, Promise<RemoteDocument>>();
  return async (url) => {
    let pending = seen.get(url);
    if (!pending) {
      pending = loader(url);
      seen.set(url, pending);
    }
    const result = await pending;
    // Frozen documents (contexts) cannot be altered, so they need no copy.
    return Object.isFrozen(result.document)
      ? result
      : { ...result, document: structuredClone(result.document) };
  };
}

const LATER_CHECKS: CheckId[] = ['schema', 'proof', 'issuer', 'dates', 'status'];

/**
 * Verifies an Open Badges 3.0 credential from any issuer: an object or JSON text with an embedded
 * Data Integrity proof, or a VC-JWT (compact JWS text). Never throws: every problem is a failed check
 * with a message a person can read. `verified` is true only when every check is valid. For a VC-JWT
 * the `proof` and `issuer` checks judge the JWS; the other checks judge the credential it carries.
 */
export async function verifyCredential(input: unknown, options: VerifyOptions): Promise<VerificationResult> {
  try {
    const format = checkFormat(input);
    const credential = format.credential;
    if (!credential) {
      const skipped = [...LATER_CHECKS, ...(options.isTrustedIssuer ? (['trust'] as const) : [])].map((id) =>
        fail(id, 'Not checked: the input is not a readable credential.'),
      );
      return { verified: false, checks: [format.check, ...skipped] };
    }
    const now = options.now ?? new Date();
    const documentLoader = memoized(options.documentLoader);
    // The library (proof) and the caller's callbacks (status, trust) get their own copy: they are
    // not promised to leave their input alone. Our own checks (schema, issuer, dates) only read it.
    const copy = (): JsonObject => structuredClone(credential);
    const { jwt } = format;
    const checks = [
      format.check,
      ...(await Promise.all([
        guarded('schema', () => checkSchema(credential)),
        guarded('proof', () =>
          jwt ? checkJwtProof(jwt, documentLoader) : checkProof(copy(), documentLoader),
        ),
        guarded('issuer', () =>
          jwt ? checkJwtIssuer(jwt, documentLoader) : checkIssuer(credential, documentLoader),
        ),
        guarded('dates', () => checkDates(credential, now)),
        guarded('status', () => checkStatus(copy(), options)),
        ...(options.isTrustedIssuer ? [guarded('trust', () => checkTrust(copy(), options))] : []),
      ])),
    ];
    return {
      verified: checks.every((check) => check.valid),
      checks,
      credential,
      format: jwt ? 'vc-jwt' : 'data-integrity',
    };
  } catch (error) {
    // Only reachable through something like a hostile getter or an uncloneable value.
    return {
      verified: false,
      checks: [fail('format', `The credential could not be read: ${reason(error)}.`)],
    };
  }
}
