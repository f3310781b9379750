import { CONTEXTS } from './contexts.js';
import { buildDidDocument } from './did-web.js';
import { isEd25519PublicKeyMultibase } from './keys.js';
import type { DocumentLoader, JsonObject, RemoteDocument } from './types.js';

/** Options of `createDocumentLoader`. Nothing here fetches: every document is in memory or given. */
export interface DocumentLoaderOptions {
  /**
   * Returns the DID document of a DID (no fragment), or undefined when it is unknown. The app
   * answers its own did:web issuers from the database and may fetch others' did:web documents.
   * did:key DIDs never reach it: they are resolved from the key itself.
   */
  resolveDid?: (did: string) => Promise<object | undefined>;
  /**
   * Further documents by URL (no fragment), e.g. controller documents of issuers whose ids are
   * https URLs. A `url#fragment` is answered with the matching verification method, as for DIDs.
   */
  extraDocuments?: Record<string, object>;
  /**
   * Returns the document at an http(s) URL (no fragment) that is neither a context in memory nor
   * in `extraDocuments`: controller documents, or keys published as documents of their own, of
   * issuers whose ids are URLs. Undefined when it is unknown. Without it such URLs are refused.
   * A `resolveUrl` that fetches must never yield a document that could act as a JSON-LD context
   * (see createRemoteResolver), since this loader cannot tell what a URL is asked for.
   */
  resolveUrl?: (url: string) => Promise<object | undefined>;
}

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function remote(url: string, document: JsonObject): RemoteDocument {
  // A copy, so a library that annotates what it loads cannot alter the next caller's document.
  return { contextUrl: null, documentUrl: url, document: structuredClone(document) };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const member of Object.values(value)) deepFreeze(member);
  }
  return value;
}

const frozenContexts = new Map<string, JsonObject>();

/**
 * A context as loaded: one frozen copy per URL, shared by every load. Contexts are read dozens of
 * times per signature; copying a 40 kB context each time cost more than the cryptography, and a
 * frozen copy cannot be altered by anyone.
 */
function contextDocument(url: string, context: JsonObject): RemoteDocument {
  let frozen = frozenContexts.get(url);
  if (!frozen) {
    frozen = deepFreeze(structuredClone(context));
    frozenContexts.set(url, frozen);
  }
  return { contextUrl: null, documentUrl: url, document: frozen };
}

/** The DID document of an Ed25519 did:key, derived from the key itself (did:key method spec). */
function resolveDidKey(did: string): JsonObject {
  const key = did.slice('did:key:'.length);
  if (!isEd25519PublicKeyMultibase(key)) {
    throw new Error(`"${did}" is not an Ed25519 did:key; only Ed25519 did:key DIDs are supported`);
  }
  return buildDidDocument(did, [{ id: key, publicKeyMultibase: key }]);
}

/** Finds the verification method `url` in a controller document, as an object with an absolute id. */
function findVerificationMethod(controllerDocument: JsonObject, url: string): JsonObject | undefined {
  const base = url.slice(0, url.indexOf('#'));
  const fragment = url.slice(url.indexOf('#'));
  const candidates: unknown[] = [];
  for (const member of [
    'verificationMethod',
    'assertionMethod',
    'authentication',
    'capabilityInvocation',
    'capabilityDelegation',
    'keyAgreement',
  ]) {
    const value = controllerDocument[member];
    candidates.push(...(Array.isArray(value) ? value : [value]));
  }
  for (const candidate of candidates) {
    if (!isObject(candidate) || typeof candidate.id !== 'string') continue;
    if (candidate.id !== url && candidate.id !== fragment) continue;
    const method: JsonObject = { ...candidate, id: url };
    if (method.controller === undefined) method.controller = base;
    // The key libraries read the method on its own, so it needs the context that defines it.
    if (method['@context'] === undefined) method['@context'] = controllerDocument['@context'];
    return method;
  }
  return undefined;
}

/**
 * An offline JSON-LD document loader: contexts from memory, DID URLs through `resolveDid`
 * (did:key locally), `extraDocuments` as given. Any other URL is refused with an Error; it never
 * touches the network.
 */
export function createDocumentLoader(options: DocumentLoaderOptions = {}): DocumentLoader {
  const { resolveDid, resolveUrl, extraDocuments = {} } = options;

  async function loadController(base: string): Promise<JsonObject | undefined> {
    if (Object.hasOwn(extraDocuments, base)) {
      const document = extraDocuments[base];
      return isObject(document) ? document : undefined;
    }
    if (base.startsWith('did:key:')) return resolveDidKey(base);
    if (base.startsWith('did:')) {
      if (!resolveDid) throw new Error(`cannot resolve "${base}": no DID resolver was configured`);
      const document = await resolveDid(base);
      return isObject(document) ? document : undefined;
    }
    if (resolveUrl && /^https?:\/\//i.test(base)) {
      const document = await resolveUrl(base);
      return isObject(document) ? document : undefined;
    }
    return undefined;
  }

  return async function documentLoader(url: string): Promise<RemoteDocument> {
    if (typeof url !== 'string' || url === '')
      throw new Error('the document loader was asked for an empty URL');
    const context = CONTEXTS.get(url);
    if (context) return contextDocument(url, context as JsonObject);

    const hash = url.indexOf('#');
    const base = hash === -1 ? url : url.slice(0, hash);
    const controllerDocument = await loadController(base);
    if (!controllerDocument) {
      throw new Error(
        base.startsWith('did:')
          ? `the DID "${base}" could not be resolved`
          : `"${url}" is not a known context or document, and this loader never fetches from the network`,
      );
    }
    if (controllerDocument.id !== base) {
      throw new Error(`the document found for "${base}" names itself "${String(controllerDocument.id)}"`);
    }
    if (hash === -1) return remote(url, controllerDocument);

    const method = findVerificationMethod(controllerDocument, url);
    if (!method) throw new Error(`"${base}" publishes no key "${url.slice(hash)}"`);
    return remote(url, method);
  };
}
