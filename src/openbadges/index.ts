// Open Badges 3.0 as a library: build, sign and verify credentials, offline. No DB, no HTTP.
export {
  buildOpenBadgeCredential,
  hashEmailIdentifier,
  OB3_SCHEMA_URL,
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
export {
  decodeCredentialJwt,
  JWT_REGISTERED_CLAIMS,
  looksLikeJwt,
  signCredentialJwt,
  VC_JWT_MAX_BYTES,
  VC_JWT_MEDIA_TYPE,
  type DecodedCredentialJwt,
} from './vc-jwt.js';
export { checkJwtIssuer, checkJwtProof, verifyCredentialJwt, type JwtVerification } from './verify-jwt.js';
export {
  isEd25519PublicJwk,
  publicKeyMultibaseToJwk,
  secretKeyMultibaseToJwk,
  type Ed25519PrivateJwk,
  type Ed25519PublicJwk,
} from './jwk.js';
export {
  BakedImageError,
  bakePng,
  bakeSvg,
  DEFAULT_BAKED_IMAGE_MAX_BYTES,
  extractBakedCredential,
  extractFromPng,
  extractFromSvg,
  PNG_CREDENTIAL_KEYWORD,
  SVG_CREDENTIAL_NAMESPACE,
  type BakedCredential,
} from './baking.js';
export type { ProofFormat } from './verification-types.js';
export {
  buildStatusEntry,
  buildStatusListCredential,
  decodeStatusList,
  encodeStatusList,
  getStatusBit,
  MAX_DECODED_LIST_BYTES,
  newStatusBits,
  randomFreeIndex,
  setStatusBit,
  STATUS_LIST_SIZE,
  STATUS_PURPOSES,
  type RandomInt,
  type StatusEntry,
  type StatusListCredential,
  type StatusListCredentialInput,
  type StatusPurpose,
} from './status-list.js';
export { createStatusChecker, type StatusChecker, type StatusCheckerOptions } from './status-check.js';
export {
  createSafeFetcher,
  formatBytes,
  type FetchJson,
  type ResolvedAddress,
  type SafeFetcherOptions,
} from './safe-fetch.js';
export { forbiddenAddressKind, isPublicAddress, type ForbiddenAddressKind } from './address-policy.js';
export { createRemoteResolver, type RemoteResolver, type RemoteResolverOptions } from './remote-resolver.js';
export { signAnyCredential, type SignAnyOptions, type SignAnyResult } from './sign-any.js';
export { signPresentation, type PresentationProofOptions } from './sign-presentation.js';
export {
  verifyPresentation,
  type PresentationCheck,
  type PresentationCheckId,
  type PresentationCredentialResult,
  type PresentationVerificationResult,
  type VerifyPresentationOptions,
} from './verify-presentation.js';
export {
  buildClrCredential,
  CLR_V2_SCHEMA_URL,
  type ClrCredential,
  type ClrCredentialInput,
  type ClrIssuerInput,
  type ClrLearnerInput,
} from './clr.js';
export {
  OB2_CONTEXT,
  ob2Assertion,
  ob2BadgeClass,
  ob2Issuer,
  type Ob2Alignment,
  type Ob2Assertion,
  type Ob2AssertionInput,
  type Ob2BadgeClass,
  type Ob2BadgeClassInput,
  type Ob2Issuer,
  type Ob2IssuerInput,
} from './ob2.js';
export { signBoth, type SignedBoth } from './sign-both.js';
export {
  createSigningPool,
  SigningJobError,
  type SigningJob,
  type SigningPool,
  type SigningPoolOptions,
  type SigningWorkerStats,
} from './signing-pool.js';
export {
  createCachedVerifier,
  type CachedVerifier,
  type CachedVerifierOptions,
  type VerifyFunction,
} from './verify-cache.js';
