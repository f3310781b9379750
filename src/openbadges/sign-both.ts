import { createDocumentLoader } from './document-loader.js';
import { signCredential, type SignedCredential, type SigningKey } from './sign.js';
import type { DocumentLoader } from './types.js';
import { signCredentialJwt } from './vc-jwt.js';

/** One credential in both proof formats Open Badges 3.0 allows. */
export interface SignedBoth {
  /** The credential with its embedded Data Integrity proof (`eddsa-rdfc-2022`). */
  credential: SignedCredential;
  /** The same credential as a compact VC-JWT (EdDSA). */
  jwt: string;
}

// Signing reads only JSON-LD contexts: the proof names its key by URL but never looks it up. So one
// offline loader with no DID resolver serves every issuer, and a did:web issuer need not be known here.
let contextsOnly: DocumentLoader | undefined;

/**
 * Signs one credential both ways: an embedded Data Integrity proof and a VC-JWT of the same claims
 * (without the proof). Single issuance calls this directly; the signing pool's workers call it for
 * bulk issuance, so both paths produce the same documents. `created` is when the proof says it was
 * made (ISO date-time), now by default.
 */
export async function signBoth(
  unsigned: object,
  key: SigningKey,
  created?: string | Date,
): Promise<SignedBoth> {
  let createdDate: Date | undefined;
  if (created !== undefined) {
    createdDate = created instanceof Date ? created : new Date(created);
    if (Number.isNaN(createdDate.getTime())) {
      throw new TypeError(`the proof date "${String(created)}" is not a valid date`);
    }
  }
  contextsOnly ??= createDocumentLoader();
  const credential = (await signCredential(unsigned, key, contextsOnly, createdDate)) as SignedCredential;
  const jwt = await signCredentialJwt(unsigned, key);
  return { credential, jwt };
}
