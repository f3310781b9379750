import type { JsonObject } from './types.js';
import { issuerIdOf } from './verify-format.js';
import {
  fail,
  pass,
  reason,
  type CheckId,
  type VerificationCheck,
  type VerifyOptions,
} from './verification-types.js';

// The checks of `verifyCredential` that depend on the moment or on the caller's state, shared with
// the cache, which runs them again on every call.

/** Runs one check; anything it throws becomes a failed check instead of escaping. */
export async function guarded(
  id: CheckId,
  run: () => VerificationCheck | Promise<VerificationCheck>,
): Promise<VerificationCheck> {
  try {
    return await run();
  } catch (error) {
    return fail(id, `This could not be checked: ${reason(error)}.`);
  }
}

export async function checkStatus(
  credential: JsonObject,
  options: VerifyOptions,
): Promise<VerificationCheck> {
  const hasStatus = credential.credentialStatus !== undefined;
  const result = options.checkStatus ? await options.checkStatus(credential) : undefined;
  if (result) return result.valid ? pass('status', result.message) : fail('status', result.message);
  if (!hasStatus) return pass('status', 'There is no status to check (the credential cannot be revoked).');
  return fail('status', 'The credential has a revocation status that could not be checked.');
}

export async function checkTrust(credential: JsonObject, options: VerifyOptions): Promise<VerificationCheck> {
  const issuerId = issuerIdOf(credential) ?? '';
  const trusted = options.isTrustedIssuer ? await options.isTrustedIssuer(issuerId, credential) : true;
  return trusted
    ? pass('trust', `The issuer ${issuerId} is a trusted issuer.`)
    : fail('trust', `The issuer ${issuerId} is not on the list of trusted issuers.`);
}
