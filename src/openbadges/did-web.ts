import { DID_V1_CONTEXT, MULTIKEY_V1_CONTEXT } from './contexts.js';
import type { DidDocument } from './types.js';

const SLUG = /^[a-z0-9](?:[a-z0-9._-]*[a-z0-9])?$/i;

function parsePublicUrl(publicUrl: string): URL {
  let url: URL;
  try {
    url = new URL(publicUrl);
  } catch {
    throw new TypeError(`the public URL "${publicUrl}" is not a URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new TypeError(`the public URL "${publicUrl}" must start with https:// (or http:// for local use)`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new TypeError(`the public URL "${publicUrl}" must not carry a query, fragment or credentials`);
  }
  return url;
}

function assertSlug(slug: string): void {
  if (!SLUG.test(slug))
    throw new TypeError(`the issuer slug "${slug}" may only use letters, digits, ".", "_" and "-"`);
}

/** Path segments of the public URL (an app served under a sub-path), without empty ones. */
function pathSegments(url: URL): string[] {
  return url.pathname.split('/').filter((segment) => segment !== '');
}

/**
 * The did:web DID of an issuer hosted by this app: `did:web:{host}:issuers:{slug}`; a port's colon is
 * written `%3A` and a sub-path becomes extra `:` segments, as the did:web method requires.
 */
export function didWebFor(publicUrl: string, slug: string): string {
  const url = parsePublicUrl(publicUrl);
  assertSlug(slug);
  const host = url.port ? `${url.hostname}%3A${url.port}` : url.hostname;
  return ['did:web', host, ...pathSegments(url).map(encodeURIComponent), 'issuers', slug].join(':');
}

/** Where the DID document of `didWebFor(publicUrl, slug)` must be served. */
export function didDocumentUrl(publicUrl: string, slug: string): string {
  const url = parsePublicUrl(publicUrl);
  assertSlug(slug);
  const base = url.origin + (pathSegments(url).length ? `/${pathSegments(url).join('/')}` : '');
  return `${base}/issuers/${slug}/did.json`;
}

/**
 * The https URL a did:web DID resolves to (did:web method spec), or undefined when `did` is not a
 * did:web DID. Useful to a `resolveDid` that fetches other issuers' documents.
 */
export function didWebToUrl(did: string): string | undefined {
  if (!did.startsWith('did:web:') || did.includes('#') || did.includes('?')) return undefined;
  const segments = did.slice('did:web:'.length).split(':');
  if (segments.some((segment) => segment === '')) return undefined;
  const [host, ...path] = segments.map((segment) => decodeURIComponent(segment));
  if (!host || host.includes('/')) return undefined;
  return path.length ? `https://${host}/${path.join('/')}/did.json` : `https://${host}/.well-known/did.json`;
}

/** One published key of a DID document. */
export interface DidKeyInput {
  /** Fragment naming the key inside the document, e.g. `key-1` (no `#`). */
  id: string;
  publicKeyMultibase: string;
}

/**
 * A DID document publishing `keys` as Multikey verification methods, each usable for issuing
 * (`assertionMethod`) and for authentication.
 */
export function buildDidDocument(did: string, keys: DidKeyInput[]): DidDocument {
  if (!did.startsWith('did:')) throw new TypeError(`"${did}" is not a DID`);
  const verificationMethod = keys.map((key) => {
    const fragment = key.id.startsWith('#') ? key.id.slice(1) : key.id;
    if (!fragment || /[#\s]/.test(fragment)) throw new TypeError(`"${key.id}" is not a usable key fragment`);
    return {
      id: `${did}#${fragment}`,
      type: 'Multikey',
      controller: did,
      publicKeyMultibase: key.publicKeyMultibase,
    };
  });
  const ids = verificationMethod.map((method) => method.id);
  return {
    '@context': [DID_V1_CONTEXT, MULTIKEY_V1_CONTEXT],
    id: did,
    verificationMethod,
    assertionMethod: ids,
    authentication: ids,
  };
}
