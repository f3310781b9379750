import type { DocumentLoader, JsonObject } from './types.js';

/** Stable ids of the checks `verifyCredential` reports, in the order reported. */
export type CheckId = 'format' | 'schema' | 'proof' | 'issuer' | 'dates' | 'status' | 'trust';

/** One verification check, with a message a teacher can read. */
export interface VerificationCheck {
  id: CheckId;
  valid: boolean;
  message: string;
}

/** `verified` is true only when every check is valid. */
export interface VerificationResult {
  verified: boolean;
  checks: VerificationCheck[];
  /** The parsed credential, when the input could be read as one (for a VC-JWT: its payload without the JWT claims). */
  credential?: JsonObject;
  /** How the credential is signed: an embedded Data Integrity proof, or a VC-JWT envelope. */
  format?: ProofFormat;
}

/** The two proof formats Open Badges 3.0 allows. */
export type ProofFormat = 'data-integrity' | 'vc-jwt';

/** Outcome of an app-provided status check (revocation / suspension). */
export interface StatusCheckResult {
  valid: boolean;
  message: string;
}

/** Options of `verifyCredential`. */
export interface VerifyOptions {
  /** Offline loader from `createDocumentLoader`: contexts and the issuer's DID document. */
  documentLoader: DocumentLoader;
  /** The moment to judge validity dates against; defaults to the current time. */
  now?: Date;
  /**
   * Checks `credentialStatus` (e.g. a status list). Return undefined when the credential has no
   * status this callback understands. Without it, a credential that carries a status fails `status`.
   */
  checkStatus?: (credential: JsonObject) => Promise<StatusCheckResult | undefined>;
  /**
   * Decides whether the issuer is one the caller trusts (e.g. a registry of known organizations).
   * When given, a `trust` check is added; without it, any issuer whose signature verifies is accepted.
   */
  isTrustedIssuer?: (issuerId: string, credential: JsonObject) => Promise<boolean>;
}

export const pass = (id: CheckId, message: string): VerificationCheck => ({ id, valid: true, message });
export const fail = (id: CheckId, message: string): VerificationCheck => ({ id, valid: false, message });

/** A person-readable reason from anything thrown. */
export function reason(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return typeof error === 'string' && error ? error : 'an unexpected error occurred';
}
