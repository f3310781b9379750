import * as vc from '@digitalbazaar/vc';
import { describeSafeModeError } from './jsonld-errors.js';
import { signingSuite, type SigningKey } from './sign.js';
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
  if (typeof options.challenge !== 'string' || options.challenge === '')
    throw new TypeError('a signed presentation needs the challenge the verifier gave');
  const suite = await signingSuite(key, options.created);
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
