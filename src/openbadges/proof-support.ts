import type { JsonObject } from './types.js';

export const SUPPORTED_PROOF_TYPE = 'DataIntegrityProof';
export const SUPPORTED_CRYPTOSUITE = 'eddsa-rdfc-2022';

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every embedded proof object, whether `proof` is one object or an array. */
export function proofsOf(credential: JsonObject): JsonObject[] {
  const { proof } = credential;
  return (Array.isArray(proof) ? proof : [proof]).filter(isObject);
}

/** The embedded proofs this library can check (DataIntegrityProof with eddsa-rdfc-2022). */
export function supportedProofsOf(credential: JsonObject): JsonObject[] {
  return proofsOf(credential).filter(
    (proof) => proof.type === SUPPORTED_PROOF_TYPE && proof.cryptosuite === SUPPORTED_CRYPTOSUITE,
  );
}

/** The verification method URL of a proof (`verificationMethod` may be a string or an object). */
export function verificationMethodOf(proof: JsonObject): string | undefined {
  const { verificationMethod } = proof;
  if (typeof verificationMethod === 'string') return verificationMethod;
  if (isObject(verificationMethod) && typeof verificationMethod.id === 'string') return verificationMethod.id;
  return undefined;
}

/** A short name for an unsupported proof, for messages. */
export function describeProof(proof: JsonObject): string {
  const type = typeof proof.type === 'string' ? proof.type : 'an unknown proof type';
  return typeof proof.cryptosuite === 'string' ? `${type} (${proof.cryptosuite})` : type;
}
