import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildDidDocument } from './did-web.js';
import { createDocumentLoader } from './document-loader.js';

const KEY = 'z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi';
const DID = 'did:web:micro.example.org:issuers:acme';

describe('createDocumentLoader', () => {
  afterEach(() => vi.restoreAllMocks());

  it('serves contexts from memory, as the jsonld RemoteDocument shape', async () => {
    const load = createDocumentLoader();
    const result = await load('https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json');
    expect(result.contextUrl).toBeNull();
    expect(result.documentUrl).toBe('https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json');
    expect(result.document).toHaveProperty('@context');
  });

  it('hands out frozen contexts, so one caller cannot corrupt the next', async () => {
    const load = createDocumentLoader();
    const first = await load('https://www.w3.org/ns/credentials/v2');
    expect(() => {
      first.document['@context'] = 'broken';
    }).toThrow(TypeError);
    const second = await load('https://www.w3.org/ns/credentials/v2');
    expect(second.document['@context']).not.toBe('broken');
  });

  it('hands out copies of controller documents', async () => {
    const didDocument = buildDidDocument(DID, [{ id: 'key-1', publicKeyMultibase: KEY }]);
    const load = createDocumentLoader({ resolveDid: () => Promise.resolve(didDocument) });
    const first = await load(DID);
    first.document.id = 'broken';
    expect((await load(DID)).document.id).toBe(DID);
  });

  it('resolves a bare DID to its document and a DID URL to the key, with its @context', async () => {
    const didDocument = buildDidDocument(DID, [{ id: 'key-1', publicKeyMultibase: KEY }]);
    const resolveDid = vi.fn((did: string) => Promise.resolve(did === DID ? didDocument : undefined));
    const load = createDocumentLoader({ resolveDid });
    expect((await load(DID)).document).toEqual(didDocument);
    expect((await load(`${DID}#key-1`)).document).toEqual({
      '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
      id: `${DID}#key-1`,
      type: 'Multikey',
      controller: DID,
      publicKeyMultibase: KEY,
    });
    expect(resolveDid).toHaveBeenCalledWith(DID);
    await expect(load(`${DID}#key-9`)).rejects.toThrow(/publishes no key "#key-9"/);
    await expect(load('did:web:other.example.org')).rejects.toThrow(/could not be resolved/);
  });

  it('accepts keys listed with relative ids', async () => {
    const load = createDocumentLoader({
      resolveDid: () =>
        Promise.resolve({
          '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
          id: DID,
          verificationMethod: [{ id: '#key-1', type: 'Multikey', controller: DID, publicKeyMultibase: KEY }],
          assertionMethod: ['#key-1'],
        }),
    });
    expect((await load(`${DID}#key-1`)).document).toMatchObject({
      id: `${DID}#key-1`,
      publicKeyMultibase: KEY,
    });
  });

  it('refuses a DID document that names another DID', async () => {
    const load = createDocumentLoader({
      resolveDid: () =>
        Promise.resolve(buildDidDocument('did:web:evil.example', [{ id: 'k', publicKeyMultibase: KEY }])),
    });
    await expect(load(`${DID}#k`)).rejects.toThrow(/names itself/);
  });

  it('resolves did:key locally, without the resolver', async () => {
    const resolveDid = vi.fn(() => Promise.resolve(undefined));
    const load = createDocumentLoader({ resolveDid });
    const did = `did:key:${KEY}`;
    const method = (await load(`${did}#${KEY}`)).document;
    expect(method).toMatchObject({
      id: `${did}#${KEY}`,
      type: 'Multikey',
      controller: did,
      publicKeyMultibase: KEY,
    });
    expect((await load(did)).document).toMatchObject({ id: did, assertionMethod: [`${did}#${KEY}`] });
    expect(resolveDid).not.toHaveBeenCalled();
    await expect(load('did:key:zQ3shokFTS3brHcDQrn82RUDfCZESWL1ZdCEJwekUDPQiYBme')).rejects.toThrow(
      /only Ed25519/,
    );
  });

  it('answers extra documents, fragments included', async () => {
    const controller = 'https://example.edu/issuers/565049';
    const load = createDocumentLoader({
      extraDocuments: { [controller]: { ...buildDidDocument('did:x:y', []), id: controller } },
    });
    expect((await load(controller)).document).toMatchObject({ id: controller });
  });

  it('refuses unknown URLs clearly and never touches the network', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const load = createDocumentLoader();
    await expect(load('https://example.org/some-context.jsonld')).rejects.toThrow(
      /not a known context or document, and this loader never fetches/,
    );
    await expect(load(`${DID}#key-1`)).rejects.toThrow(/no DID resolver/);
    await expect(load('')).rejects.toThrow(/empty URL/);
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});
