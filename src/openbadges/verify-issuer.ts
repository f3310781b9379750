import { supportedProofsOf, verificationMethodOf } from './proof-support.js';
import type { DocumentLoader, JsonObject } from './types.js';
import { issuerIdOf } from './verify-format.js';
import { fail, pass, reason, type VerificationCheck } from './verification-types.js';

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function issuerLabel(credential: JsonObject, issuerId: string): string {
  const { issuer } = credential;
  const name = isObject(issuer) && typeof issuer.name === 'string' ? issuer.name : undefined;
  return name ? `${name} (${issuerId})` : issuerId;
}

/**
 * Whether a controller document lists `methodId` under assertionMethod (by id or embedded). A
 * relative entry (`#key-1`) means that key of this very document, so it is resolved against the
 * document's own id before comparing: `https://elsewhere.example/k#key-1` is not `did:web:x#key-1`.
 */
export function authorizesForIssuing(controllerDocument: JsonObject, methodId: string): boolean {
  const { assertionMethod } = controllerDocument;
  const listed = Array.isArray(assertionMethod) ? assertionMethod : [assertionMethod];
  const base = typeof controllerDocument.id === 'string' ? controllerDocument.id : undefined;
  return listed.some((entry) => {
    const id = typeof entry === 'string' ? entry : isObject(entry) ? entry.id : undefined;
    if (typeof id !== 'string') return false;
    const absolute = id.startsWith('#') ? (base === undefined ? undefined : `${base}${id}`) : id;
    return absolute === methodId;
  });
}

async function checkOneKey(
  issuerId: string,
  methodId: string,
  documentLoader: DocumentLoader,
): Promise<string | undefined> {
  if (methodId.startsWith('did:')) {
    const did = methodId.split('#')[0] ?? methodId;
    if (did !== issuerId)
      return `It was signed with a key of ${did}, not with a key of the issuer ${issuerId}.`;
  }
  let method: JsonObject;
  try {
    method = (await documentLoader(methodId)).document;
  } catch (error) {
    return `The issuer's signing key ${methodId} could not be found: ${reason(error)}.`;
  }
  const controller = isObject(method.controller) ? method.controller.id : method.controller;
  if (controller !== issuerId) {
    return `The signing key belongs to ${String(controller)}, not to the issuer ${issuerId}.`;
  }
  let controllerDocument: JsonObject;
  try {
    controllerDocument = (await documentLoader(issuerId)).document;
  } catch (error) {
    return `The issuer ${issuerId} could not be looked up: ${reason(error)}.`;
  }
  if (!authorizesForIssuing(controllerDocument, methodId)) {
    return `The issuer ${issuerId} does not list the key ${methodId} as one it issues credentials with.`;
  }
  return undefined;
}

/** Checks that the key that signed the credential is a key of the credential's issuer. */
export async function checkIssuer(
  credential: JsonObject,
  documentLoader: DocumentLoader,
): Promise<VerificationCheck> {
  const issuerId = issuerIdOf(credential);
  if (!issuerId) return fail('issuer', 'The credential does not say who issued it.');
  const proofs = supportedProofsOf(credential);
  if (proofs.length === 0) {
    return fail('issuer', 'The credential has no signature this verifier can tie to its issuer.');
  }
  for (const proof of proofs) {
    const methodId = verificationMethodOf(proof);
    if (!methodId) return fail('issuer', 'The signature does not say which key made it.');
    const problem = await checkOneKey(issuerId, methodId, documentLoader);
    if (problem) return fail('issuer', problem);
  }
  return pass('issuer', `Signed with a key of the issuer, ${issuerLabel(credential, issuerId)}.`);
}
