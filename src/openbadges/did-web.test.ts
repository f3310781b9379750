import { describe, expect, it } from 'vitest';
import { buildDidDocument, didDocumentUrl, didWebFor, didWebToUrl } from './did-web.js';

describe('did:web', () => {
  it('writes a port as %3A', () => {
    expect(didWebFor('http://localhost:3000', 'acme')).toBe('did:web:localhost%3A3000:issuers:acme');
    expect(didDocumentUrl('http://localhost:3000', 'acme')).toBe(
      'http://localhost:3000/issuers/acme/did.json',
    );
  });

  it('uses the bare host without a port', () => {
    expect(didWebFor('https://micro.example.org', 'acme')).toBe('did:web:micro.example.org:issuers:acme');
    expect(didWebFor('https://micro.example.org/', 'acme')).toBe('did:web:micro.example.org:issuers:acme');
    expect(didDocumentUrl('https://micro.example.org/', 'acme')).toBe(
      'https://micro.example.org/issuers/acme/did.json',
    );
  });

  it('keeps a sub-path, so the DID still resolves to the document URL', () => {
    const did = didWebFor('https://example.org/micro', 'acme');
    expect(did).toBe('did:web:example.org:micro:issuers:acme');
    expect(didDocumentUrl('https://example.org/micro/', 'acme')).toBe(
      'https://example.org/micro/issuers/acme/did.json',
    );
    expect(didWebToUrl(did)).toBe('https://example.org/micro/issuers/acme/did.json');
  });

  it('maps a did:web back to its https URL', () => {
    expect(didWebToUrl('did:web:micro.example.org:issuers:acme')).toBe(
      'https://micro.example.org/issuers/acme/did.json',
    );
    expect(didWebToUrl('did:web:localhost%3A3000:issuers:acme')).toBe(
      'https://localhost:3000/issuers/acme/did.json',
    );
    expect(didWebToUrl('did:web:example.org')).toBe('https://example.org/.well-known/did.json');
    expect(didWebToUrl('did:key:z6Mk')).toBeUndefined();
    expect(didWebToUrl('did:web:example.org#key-1')).toBeUndefined();
  });

  it('refuses slugs and URLs that would make a broken DID', () => {
    expect(() => didWebFor('https://micro.example.org', 'a:b')).toThrow(/slug/);
    expect(() => didWebFor('https://micro.example.org', '')).toThrow(/slug/);
    expect(() => didWebFor('not a url', 'acme')).toThrow(/not a URL/);
    expect(() => didWebFor('ftp://example.org', 'acme')).toThrow(/https/);
  });

  it('builds a DID document publishing Multikey keys for issuing and authentication', () => {
    const did = 'did:web:micro.example.org:issuers:acme';
    const document = buildDidDocument(did, [
      { id: 'key-1', publicKeyMultibase: 'z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi' },
      { id: '#key-2', publicKeyMultibase: 'z6MkpHr92YXro9XkQAD2ZEiGjWykLbYi4cvmAXHFYRC2uXJm' },
    ]);
    expect(document).toEqual({
      '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
      id: did,
      verificationMethod: [
        {
          id: `${did}#key-1`,
          type: 'Multikey',
          controller: did,
          publicKeyMultibase: 'z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi',
        },
        {
          id: `${did}#key-2`,
          type: 'Multikey',
          controller: did,
          publicKeyMultibase: 'z6MkpHr92YXro9XkQAD2ZEiGjWykLbYi4cvmAXHFYRC2uXJm',
        },
      ],
      assertionMethod: [`${did}#key-1`, `${did}#key-2`],
      authentication: [`${did}#key-1`, `${did}#key-2`],
    });
  });
});
