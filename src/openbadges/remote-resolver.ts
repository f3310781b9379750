// Resolving other issuers' keys for `createDocumentLoader`: did:web documents and https controller
// or key documents, fetched through the SSRF-safe fetcher. JSON-LD contexts are never taken from
// what is fetched: a fetched document may only name contexts the verifier already holds in memory.
import { CONTEXTS } from './contexts.js';
import { didWebToUrl } from './did-web.js';
import type { FetchJson } from './safe-fetch.js';
import type { JsonObject } from './types.js';

/** Options of `createRemoteResolver`. */
export interface RemoteResolverOptions {
  /** From `createSafeFetcher`. */
  fetchJson: FetchJson;
  /**
   * Answers DIDs this app knows itself (its own issuers, from the database) before anything is
   * fetched; undefined when it does not know the DID.
   */
  local?: (did: string) => Promise<object | undefined>;
  /**
   * How long a fetched document is reused (one verification asks for the same DID document under
   * several URLs, and a badge is often checked many times); 0 = fetch every time. 60 by default,
   * short enough that a key an issuer withdraws stops counting within a minute.
   */
  cacheSeconds?: number;
}

/** Documents kept at most; the oldest is dropped first. */
const MAX_CACHED_DOCUMENTS = 500;

/** What `createDocumentLoader({ resolveDid, resolveUrl })` takes. */
export interface RemoteResolver {
  resolveDid: (did: string) => Promise<object | undefined>;
  resolveUrl: (url: string) => Promise<object | undefined>;
}

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Refuses a fetched document whose `@context` is not made only of contexts held in memory. Such a
 * document could otherwise be handed to JSON-LD as a context (the loader cannot tell what a URL is
 * asked for) and redefine terms of a signed credential.
 */
function assertKnownContexts(document: JsonObject, source: string): void {
  const context = document['@context'];
  if (context === undefined) return;
  const entries = Array.isArray(context) ? (context as unknown[]) : [context];
  for (const entry of entries) {
    if (typeof entry !== 'string') {
      throw new Error(`the document at ${source} defines its own JSON-LD terms, which this verifier refuses`);
    }
    if (!CONTEXTS.has(entry)) {
      throw new Error(
        `the document at ${source} uses a JSON-LD context this verifier does not know (${entry})`,
      );
    }
  }
}

const KEY_MEMBERS = [
  'verificationMethod',
  'assertionMethod',
  'authentication',
  'publicKeyMultibase',
  'publicKeyJwk',
];

/**
 * The fetched document, checked to be a DID, controller or key document that names itself `id`
 * and uses only contexts held in memory.
 */
function checked(document: unknown, id: string, source: string): JsonObject {
  if (!isObject(document)) throw new Error(`${source} did not answer with a JSON object`);
  if (document.id !== id) {
    throw new Error(`the document at ${source} names itself "${String(document.id)}", not "${id}"`);
  }
  assertKnownContexts(document, source);
  if (!KEY_MEMBERS.some((member) => document[member] !== undefined)) {
    throw new Error(`the document at ${source} publishes no keys (it is not a DID or controller document)`);
  }
  return document;
}

/** Readable text of anything thrown. */
const why = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * `resolveDid` and `resolveUrl` for `createDocumentLoader`. did:key never reaches them (the loader
 * derives it from the key); did:web DIDs are answered by `local` or fetched from their did.json;
 * https URLs (controller documents, or a key published as a document of its own) are fetched.
 * Other DID methods are refused with a message saying so.
 */
export function createRemoteResolver(options: RemoteResolverOptions): RemoteResolver {
  const { local } = options;
  const cacheMs = Math.max(0, options.cacheSeconds ?? 60) * 1000;
  const cache = new Map<string, { document: unknown; expiresAt: number }>();
  const pending = new Map<string, Promise<unknown>>();

  /** `options.fetchJson`, sharing one request per URL and reusing answers for `cacheSeconds`. */
  async function fetchJson(url: string): Promise<unknown> {
    const cached = cache.get(url);
    if (cached && cached.expiresAt > Date.now()) return structuredClone(cached.document);
    cache.delete(url);
    let inFlight = pending.get(url);
    if (!inFlight) {
      inFlight = options.fetchJson(url).finally(() => pending.delete(url));
      pending.set(url, inFlight);
    }
    const document = await inFlight;
    if (cacheMs > 0) {
      if (cache.size >= MAX_CACHED_DOCUMENTS) cache.delete(cache.keys().next().value as string);
      cache.set(url, { document, expiresAt: Date.now() + cacheMs });
    }
    return structuredClone(document);
  }

  async function resolveDid(did: string): Promise<object | undefined> {
    const known = local ? await local(did) : undefined;
    if (known) return known;
    if (!did.startsWith('did:web:')) {
      const method = did.split(':').slice(0, 2).join(':');
      throw new Error(`${method} DIDs cannot be resolved here; only did:key and did:web are supported`);
    }
    const url = didWebToUrl(did);
    if (!url) throw new Error(`"${did}" is not a valid did:web DID`);
    let document: unknown;
    try {
      document = await fetchJson(url);
    } catch (error) {
      throw new Error(`the DID ${did} could not be resolved: ${why(error)}`, { cause: error });
    }
    return checked(document, did, url);
  }

  async function resolveUrl(url: string): Promise<object | undefined> {
    if (!url.startsWith('https://') && !url.startsWith('http://')) return undefined;
    let document: unknown;
    try {
      document = await fetchJson(url);
    } catch (error) {
      throw new Error(`the key document ${url} could not be fetched: ${why(error)}`, { cause: error });
    }
    return checked(document, url, url);
  }

  return { resolveDid, resolveUrl };
}
