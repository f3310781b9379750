import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import { MULTIKEY_V1_CONTEXT } from './contexts.js';
import { describeSafeModeError } from './jsonld-errors.js';
import { assertKeyPairMatches, derivedFromKeyPair } from './keys.js';
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

type Canonize = (input: JsonObject, options: { documentLoader: DocumentLoader }) => Promise<string>;
const canonize = (cryptosuite as unknown as { canonize: Canonize }).canonize;
const MAX_PROOF_CONFIGS = 256;
const canonicalProofConfigs = new WeakMap<DocumentLoader, Map<string, Promise<string>>>();

/**
 * eddsa-rdfc-2022 with one saving: a proof configuration (the proof's options with the document's
 * contexts) is the same for every credential an issuer signs in the same second, so its canonical
 * form is made once per loader rather than once per credential. The document itself is always
 * canonicalized afresh; the signature is exactly what the library would make.
 */
const signingCryptosuite = {
  ...cryptosuite,
  canonize: (input: JsonObject, options: { documentLoader: DocumentLoader }) => {
    const isProofConfig = 'proofPurpose' in input && !('credentialSubject' in input);
    if (!isProofConfig) return canonize(input, options);
    let memo = canonicalProofConfigs.get(options.documentLoader);
    if (!memo) {
      memo = new Map();
      canonicalProofConfigs.set(options.documentLoader, memo);
    }
    const name = JSON.stringify(input);
    let canonical = memo.get(name);
    if (!canonical) {
      if (memo.size >= MAX_PROOF_CONFIGS) memo.clear();
      canonical = canonize(input, options);
      memo.set(name, canonical);
      canonical.catch(() => memo.delete(name));
    }
    return canonical;
  },
};

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
