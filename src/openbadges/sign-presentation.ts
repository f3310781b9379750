import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import { MULTIKEY_V1_CONTEXT } from './contexts.js';
import { describeSafeModeError } from './jsonld-errors.js';
import { assertKeyPairMatches } from './keys.js';
import type { SigningKey } from './sign.js';
import type { DocumentLoader, JsonObject } from './types.js';

/** What the verifier asked the holder to sign over (VC-API: `options.challenge` / `domain`). */
export interface PresentationProofOptions {
  /** The verifier's one-time value; it stops a signed presentation being replayed elsewhere. */
  challenge: string;
  /** The verifier's domain, when it asked for one. */
  domain?: string;
  /** When the proof says it was made; now by default. */
  created?: Date;
}

/**
 * Signs a presentation as its holder: a Data Integrity proof (`eddsa-rdfc-2022`) with proof purpose
 * `authentication`, bound to the verifier's challenge (and domain). For holders' tools and tests;
 * the key's DID document must list it under `authentication`. The input is not modified. Throws
 * when the key is unusable or the presentation cannot be signed (e.g. a term its @context lacks).
 */
export async function signPresentation(
  presentation: object,
  key: SigningKey,
  documentLoader: DocumentLoader,
  options: PresentationProofOptions,
): Promise<JsonObject> {
  const hash = key.verificationMethod.indexOf('#');
  if (hash <= 0)
    throw new TypeError(`verificationMethod "${key.verificationMethod}" must be a DID URL with a #fragment`);
  if (typeof options.challenge !== 'string' || options.challenge === '')
    throw new TypeError('a signed presentation needs the challenge the verifier gave');
  await assertKeyPairMatches(key);
  const keyPair = await Ed25519Multikey.from({
    '@context': MULTIKEY_V1_CONTEXT,
    type: 'Multikey',
    id: key.verificationMethod,
    controller: key.verificationMethod.slice(0, hash),
    publicKeyMultibase: key.publicKeyMultibase,
    secretKeyMultibase: key.secretKeyMultibase,
  });
  const suite = new DataIntegrityProof({
    signer: keyPair.signer(),
    cryptosuite,
    ...(options.created ? { date: options.created } : {}),
  });
  try {
    return await vc.signPresentation({
      presentation: structuredClone(presentation),
      suite,
      documentLoader,
      challenge: options.challenge,
      ...(options.domain === undefined ? {} : { domain: options.domain }),
    });
  } catch (error) {
    const safeMode = describeSafeModeError(error);
    if (!safeMode) throw error;
    throw new Error(`cannot sign this presentation: ${safeMode}`, { cause: error });
  }
}
