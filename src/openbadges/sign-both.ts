import { CONTEXTS } from './contexts.js';
import { signCredential, type SignedCredential, type SigningKey } from './sign.js';
import type { DocumentLoader, JsonObject } from './types.js';
import { signCredentialJwt } from './vc-jwt.js';

/** One credential in both proof formats Open Badges 3.0 allows. */
export interface SignedBoth {
  /** The credential with its embedded Data Integrity proof (`eddsa-rdfc-2022`). */
  credential: SignedCredential;
  /** The same credential as a compact VC-JWT (EdDSA). */
  jwt: string;
  /** `credential` as JSON text: what is stored and served, byte for byte. */
  document: string;
}

/** Freezes a JSON value and everything in it, so that sharing it cannot let one signing alter the next. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const member of Object.values(value)) deepFreeze(member);
  }
  return value;
}

let frozenContexts: ReadonlyMap<string, JsonObject> | undefined;

/**
 * Signing reads only JSON-LD contexts: the proof names its key by URL but never looks it up. So one
 * offline loader of contexts serves every issuer (a did:web issuer need not be known here). The
 * contexts are copied and frozen once and then handed out as they are: `createDocumentLoader`
 * copies every document on every load to protect its callers, which costs about a millisecond per
 * credential with the large OB 3.0 context, and a frozen document needs no protection.
 */
const contextsOnly: DocumentLoader = (url) => {
  frozenContexts ??= new Map(
    [...CONTEXTS].map(([contextUrl, document]) => [
      contextUrl,
      deepFreeze(structuredClone(document) as JsonObject),
    ]),
  );
  const document = frozenContexts.get(url);
  if (!document) {
    return Promise.reject(
      new Error(`signing needs only JSON-LD contexts, and "${url}" is not a known context`),
    );
  }
  return Promise.resolve({ contextUrl: null, documentUrl: url, document });
};

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
  const credential = (await signCredential(unsigned, key, contextsOnly, createdDate)) as SignedCredential;
  const jwt = await signCredentialJwt(unsigned, key);
  return { credential, jwt, document: JSON.stringify(credential) };
}
