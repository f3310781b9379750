import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import { MULTIKEY_V1_CONTEXT } from './contexts.js';
import { describeSafeModeError } from './jsonld-errors.js';
import { assertKeyPairMatches, derivedFromKeyPair } from './keys.js';
import { shapeCanonize, type Canonize } from './shape-canonize.js';
import type { DataIntegrityProofJson, DocumentLoader, JsonObject } from './types.js';

/** The issuer key that signs, and where verifiers find its public half. */
export interface SigningKey {
  /** DID URL of the key as published in the issuer's DID document, e.g. `did:web:…:issuers:acme#key-1`. */
  verificationMethod: string;
  publicKeyMultibase: string;
  secretKeyMultibase: string;
}

/** A credential with its embedded proofs, always as an array (the OB 3.0 schema requires one). */
// An intersection, not Omit<T, 'proof'>: Omit keeps only the index signature of types that have
// one (OpenBadgeCredential does), losing every named member.
export type SignedCredential<T extends object = JsonObject> = T & { proof: DataIntegrityProofJson[] };

const libraryCanonize = (cryptosuite as unknown as { canonize: Canonize }).canonize;

/**
 * eddsa-rdfc-2022 with one saving: documents (credentials, proof configurations) are turned into
 * RDF once per shape rather than once per document (shape-canonize.ts). The canonical form, and so
 * the signature, is exactly what the library would make.
 */
const signingCryptosuite = { ...cryptosuite, canonize: shapeCanonize(libraryCanonize) };

/**
 * The Data Integrity suite (`eddsa-rdfc-2022`) that signs as `key`, dated `created` (now by
 * default). Refuses a verification method without a #fragment and a secret key that does not
 * belong to the public key.
 */
export async function signingSuite(key: SigningKey, created?: Date): Promise<DataIntegrityProof> {
  const hash = key.verificationMethod.indexOf('#');
  if (hash <= 0)
    throw new TypeError(`verificationMethod "${key.verificationMethod}" must be a DID URL with a #fragment`);
  await assertKeyPairMatches(key);
  const signer = await derivedFromKeyPair(key, `signer:${key.verificationMethod}`, async () =>
    (
      await Ed25519Multikey.from({
        '@context': MULTIKEY_V1_CONTEXT,
        type: 'Multikey',
        id: key.verificationMethod,
        controller: key.verificationMethod.slice(0, hash),
        publicKeyMultibase: key.publicKeyMultibase,
        secretKeyMultibase: key.secretKeyMultibase,
      })
    ).signer(),
  );
  return new DataIntegrityProof({
    signer,
    cryptosuite: signingCryptosuite,
    ...(created ? { date: created } : {}),
  });
}

/**
 * Signs a credential with an embedded Data Integrity proof (`DataIntegrityProof`,
 * `eddsa-rdfc-2022`, `assertionMethod`). The input is not modified.
 */
export async function signCredential<T extends object>(
  unsigned: T,
  key: SigningKey,
  documentLoader: DocumentLoader,
  /** When the proof says it was made; now by default. */
  created?: Date,
): Promise<SignedCredential<T>> {
  const suite = await signingSuite(key, created);

  const credential = structuredClone(unsigned) as JsonObject;
  let signed: JsonObject;
  try {
    signed = await vc.issue({ credential, suite, documentLoader });
  } catch (error) {
    const safeMode = describeSafeModeError(error);
    if (!safeMode) throw error;
    throw new Error(`cannot sign this credential: ${safeMode}`, { cause: error });
  }
  const proof = signed.proof;
  signed.proof = Array.isArray(proof) ? proof : [proof];
  return signed as SignedCredential<T>;
}
