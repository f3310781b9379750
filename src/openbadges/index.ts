// Open Badges 3.0 as a library: build, sign and verify credentials, offline. No DB, no HTTP.
export {
  buildOpenBadgeCredential,
  hashEmailIdentifier,
  toIsoSeconds,
  type AchievementInput,
  type AlignmentInput,
  type EvidenceInput,
  type ImageInput,
  type IssuerInput,
  type OpenBadgeCredentialInput,
  type ProfileInput,
  type RecipientInput,
} from './build-credential.js';
export * from './contexts.js';
export type * from './credential-types.js';
export { ACHIEVEMENT_TYPES } from './credential-types.js';
export { buildDidDocument, didDocumentUrl, didWebFor, didWebToUrl, type DidKeyInput } from './did-web.js';
export { createDocumentLoader, type DocumentLoaderOptions } from './document-loader.js';
export {
  assertKeyPairMatches,
  decryptSecret,
  encryptSecret,
  generateIssuerKeyPair,
  isEd25519PublicKeyMultibase,
  SecretDecryptionError,
  type IssuerKeyPair,
} from './keys.js';
export { signCredential, type SignedCredential, type SigningKey } from './sign.js';
export type * from './types.js';
export { verifyCredential } from './verify.js';
export type {
  CheckId,
  StatusCheckResult,
  VerificationCheck,
  VerificationResult,
  VerifyOptions,
} from './verification-types.js';
