// Verifies a Verifiable Presentation (W3C VC-API `POST /presentations/verify`): the holder's proof
// when there is one, and every credential in it through the caller's full credential verifier.
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import { CREDENTIALS_V1_CONTEXT, CREDENTIALS_V2_CONTEXT } from './contexts.js';
import { describeSafeModeError } from './jsonld-errors.js';
import { describeProof, proofsOf, verificationMethodOf } from './proof-support.js';
import type { DocumentLoader, JsonObject } from './types.js';
import { reason, type VerificationResult } from './verification-types.js';

/** Stable ids of the checks made on the presentation itself. */
export type PresentationCheckId = 'format' | 'proof';

/** One check of the presentation itself, with a message a person can read. */
export interface PresentationCheck {
  id: PresentationCheckId;
  valid: boolean;
  message: string;
}

/** The verdict on one embedded credential, from the caller's verifier. */
export interface PresentationCredentialResult {
  /** Position in `verifiableCredential`, from 0. */
  index: number;
  /** The credential's `id`, when it has one. */
  id?: string;
  result: VerificationResult;
}

export interface PresentationVerificationResult {
  /** True when the presentation is well formed, its proof (if any, or if required) holds, and every credential verifies. */
  verified: boolean;
  /** Every reason it is not verified, in words; empty when verified. */
  problems: string[];
  presentationResult: {
    verified: boolean;
    /** Whether the presentation carries a proof of its own. */
    signed: boolean;
    checks: PresentationCheck[];
  };
  credentialResults: PresentationCredentialResult[];
  /** The parsed presentation, when the input could be read as one. */
  presentation?: JsonObject;
}

export interface VerifyPresentationOptions {
  /** Offline loader from `createDocumentLoader`: contexts and the holder's DID document. */
  documentLoader: DocumentLoader;
  /** Verifies one embedded credential (object, JSON text or VC-JWT string); normally `verifyCredential`. */
  verifyCredential: (credential: unknown) => Promise<VerificationResult>;
  /** The challenge this verifier gave the holder; required to accept a signed presentation. */
  challenge?: string;
  /** The domain this verifier gave the holder, when it gave one. */
  domain?: string;
  /**
   * Refuse an unsigned presentation. Defaults to true when a `challenge` is given (the verifier
   * asked the holder to prove possession), false otherwise.
   */
  requireProof?: boolean;
  /** The moment to judge the presentation proof's dates against; defaults to now. */
  now?: Date;
}

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const asArray = (value: unknown): unknown[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

const pass = (id: PresentationCheckId, message: string): PresentationCheck => ({ id, valid: true, message });
const fail = (id: PresentationCheckId, message: string): PresentationCheck => ({ id, valid: false, message });

/** Reads the input as a presentation object, or says why it is not one. */
function readPresentation(input: unknown): { presentation?: JsonObject; check: PresentationCheck } {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch {
      return { check: fail('format', 'The presentation is not valid JSON.') };
    }
  }
  if (!isObject(value)) return { check: fail('format', 'The presentation must be a JSON object.') };
  const first = asArray(value['@context'])[0];
  if (first !== CREDENTIALS_V2_CONTEXT && first !== CREDENTIALS_V1_CONTEXT) {
    return {
      check: fail(
        'format',
        `The presentation's first @context must be "${CREDENTIALS_V2_CONTEXT}" or "${CREDENTIALS_V1_CONTEXT}".`,
      ),
    };
  }
  if (!asArray(value.type).includes('VerifiablePresentation'))
    return { check: fail('format', 'The presentation\'s "type" must include "VerifiablePresentation".') };
  const credentials = asArray(value.verifiableCredential);
  if (credentials.some((credential) => !isObject(credential) && typeof credential !== 'string')) {
    return {
      check: fail(
        'format',
        'Each entry of "verifiableCredential" must be a credential object (or a VC-JWT).',
      ),
    };
  }
  const count = credentials.length;
  return {
    presentation: value,
    check: pass(
      'format',
      `The presentation is well formed and holds ${count} credential${count === 1 ? '' : 's'}.`,
    ),
  };
}

/** The holder's id (`holder` may be a URL or an object with an `id`). */
function holderOf(presentation: JsonObject): string | undefined {
  const { holder } = presentation;
  if (typeof holder === 'string') return holder;
  return isObject(holder) && typeof holder.id === 'string' ? holder.id : undefined;
}

/** Every error message in a jsonld-signatures result, without repeats. */
function errorMessages(result: vc.PresentationProofResult | undefined): string[] {
  const errors: unknown[] = [];
  for (const proofResult of result?.results ?? []) {
    if (proofResult.verified) continue;
    errors.push(proofResult.purposeResult?.error ?? proofResult.error);
  }
  if (errors.length === 0) errors.push(...(result?.error?.errors ?? []), result?.error);
  const messages = errors
    .filter((error) => error !== undefined)
    .map((error) => describeSafeModeError(error) ?? reason(error));
  return [...new Set(messages)];
}

/** Checks the holder's proof on a signed presentation. */
async function checkPresentationProof(
  presentation: JsonObject,
  options: VerifyPresentationOptions,
): Promise<PresentationCheck> {
  if (options.challenge === undefined) {
    return fail(
      'proof',
      'The presentation is signed, but no challenge was given to check it against; a verifier must pass the challenge it issued.',
    );
  }
  const proofs = proofsOf(presentation);
  const usable = proofs.filter(
    (proof) => proof.type === 'DataIntegrityProof' && proof.cryptosuite === 'eddsa-rdfc-2022',
  );
  if (usable.length === 0) {
    const kinds = proofs.map(describeProof).join(', ') || 'an unreadable proof';
    return fail(
      'proof',
      `The presentation's proof is ${kinds}; only DataIntegrityProof (eddsa-rdfc-2022) is supported.`,
    );
  }
  const result = await vc.verify({
    presentation: structuredClone(presentation),
    suite: new DataIntegrityProof({ cryptosuite }),
    documentLoader: options.documentLoader,
    challenge: options.challenge,
    ...(options.domain === undefined ? {} : { domain: options.domain }),
    ...(options.now ? { now: options.now } : {}),
    // The library also checks the embedded credentials; their verdict comes from the caller's verifier instead.
    checkStatus: () => Promise.resolve({ verified: true }),
  });
  const proofResult = result.presentationResult;
  if (!proofResult?.verified) {
    const messages = proofResult ? errorMessages(proofResult) : [reason(result.error)];
    return fail(
      'proof',
      `The presentation's proof does not verify: ${messages.join('; ') || 'no reason given'}.`,
    );
  }
  const holder = holderOf(presentation);
  const signers = usable
    .map(verificationMethodOf)
    .filter((method): method is string => method !== undefined)
    .map((method) => method.split('#')[0]);
  if (holder !== undefined && !signers.includes(holder)) {
    return fail(
      'proof',
      `The presentation was signed by ${signers.join(', ')}, not by its holder ${holder}.`,
    );
  }
  return pass('proof', `The presentation is signed by ${signers.join(', ')} for this challenge.`);
}

async function verifyEmbedded(
  credential: unknown,
  index: number,
  options: VerifyPresentationOptions,
): Promise<PresentationCredentialResult> {
  const id = isObject(credential) && typeof credential.id === 'string' ? credential.id : undefined;
  let result: VerificationResult;
  try {
    result = await options.verifyCredential(structuredClone(credential));
  } catch (error) {
    result = {
      verified: false,
      checks: [
        { id: 'format', valid: false, message: `The credential could not be checked: ${reason(error)}.` },
      ],
    };
  }
  return { index, ...(id === undefined ? {} : { id }), result };
}

function credentialProblem({ index, id, result }: PresentationCredentialResult): string {
  const failed = result.checks.filter((check) => !check.valid).map((check) => check.message);
  const name = `Credential ${index + 1}${id ? ` (${id})` : ''}`;
  return `${name} is not verified: ${failed.join(' ') || 'its verifier gave no reason.'}`;
}

/**
 * Verifies a presentation (object or JSON text), signed or not. A signed one must carry a
 * DataIntegrityProof (eddsa-rdfc-2022, proof purpose `authentication`) over the verifier's
 * `challenge` (and `domain`, when given), made by its holder when `holder` is named. Every embedded
 * credential goes through `options.verifyCredential`. An unsigned presentation is reported as such
 * and may still verify, unless a proof is required. Never throws.
 */
export async function verifyPresentation(
  input: unknown,
  options: VerifyPresentationOptions,
): Promise<PresentationVerificationResult> {
  try {
    const { presentation, check: format } = readPresentation(input);
    if (!presentation) {
      return {
        verified: false,
        problems: [format.message],
        presentationResult: {
          verified: false,
          signed: false,
          checks: [format, fail('proof', 'Not checked: the input is not a readable presentation.')],
        },
        credentialResults: [],
      };
    }
    const signed = presentation.proof !== undefined;
    const requireProof = options.requireProof ?? options.challenge !== undefined;
    const credentials = asArray(presentation.verifiableCredential);

    const [proof, credentialResults] = await Promise.all([
      signed
        ? checkPresentationProof(presentation, options).catch((error: unknown) =>
            fail('proof', `The presentation's proof could not be checked: ${reason(error)}.`),
          )
        : Promise.resolve(
            requireProof
              ? fail(
                  'proof',
                  'The presentation is not signed, but this verifier requires the holder to sign it.',
                )
              : pass(
                  'proof',
                  'The presentation itself is not signed; only the credentials in it were verified.',
                ),
          ),
      Promise.all(credentials.map((credential, index) => verifyEmbedded(credential, index, options))),
    ]);

    const checks = [format, proof];
    const problems = checks.filter((check) => !check.valid).map((check) => check.message);
    if (!signed && credentials.length === 0)
      problems.push('The presentation is not signed and holds no credentials: there is nothing to verify.');
    problems.push(...credentialResults.filter((entry) => !entry.result.verified).map(credentialProblem));

    return {
      verified: problems.length === 0,
      problems,
      presentationResult: { verified: checks.every((check) => check.valid), signed, checks },
      credentialResults,
      presentation,
    };
  } catch (error) {
    // Only reachable through something like a hostile getter or an uncloneable value.
    const message = `The presentation could not be read: ${reason(error)}.`;
    return {
      verified: false,
      problems: [message],
      presentationResult: { verified: false, signed: false, checks: [fail('format', message)] },
      credentialResults: [],
    };
  }
}
