import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { OFFICIAL_OB3_DIR } from '../test-support/official-ob3.js';
import { buildOpenBadgeCredential } from './build-credential.js';
import { buildDidDocument, didWebToUrl } from './did-web.js';
import { createDocumentLoader } from './document-loader.js';
import { generateIssuerKeyPair } from './keys.js';
import { createRemoteResolver } from './remote-resolver.js';
import { createSafeFetcher } from './safe-fetch.js';
import { signCredential } from './sign.js';
import { buildTestCredentialInput } from './test-fixtures.js';
import type { JsonObject } from './types.js';
import { verifyCredential } from './verify.js';

const readVector = (file: string) =>
  JSON.parse(readFileSync(join(OFFICIAL_OB3_DIR, 'vectors', file), 'utf8')) as JsonObject;
const { $comment: _comment, ...keyDocuments } = readVector('1edtech-resolve.json') as Record<string, object>;

/** A `fetchJson` answering from a table of URLs, recording what was asked. */
function tableFetcher(table: Record<string, unknown>) {
  const asked: string[] = [];
  const fetchJson = (url: string): Promise<unknown> => {
    asked.push(url);
    return Object.hasOwn(table, url)
      ? Promise.resolve(structuredClone(table[url]))
      : Promise.reject(new Error(`${url} answered HTTP 404`));
  };
  return { fetchJson, asked };
}

const byId = (checks: { id: string; valid: boolean; message: string }[]) =>
  Object.fromEntries(checks.map((check) => [check.id, check]));

describe('createRemoteResolver', () => {
  const did = 'did:web:badges.example.org:issuers:far';
  let didDocument: JsonObject;
  let signed: JsonObject;

  beforeAll(async () => {
    const keys = await generateIssuerKeyPair();
    didDocument = buildDidDocument(did, [{ id: 'key-1', publicKeyMultibase: keys.publicKeyMultibase }]);
    const offline = createDocumentLoader({ resolveDid: () => Promise.resolve(didDocument) });
    signed = await signCredential(
      buildOpenBadgeCredential(buildTestCredentialInput(did)),
      { verificationMethod: `${did}#key-1`, ...keys },
      offline,
    );
  });

  it('verifies a did:web credential whose DID document is fetched from its did.json', async () => {
    const url = didWebToUrl(did) as string;
    expect(url).toBe('https://badges.example.org/issuers/far/did.json');
    const { fetchJson, asked } = tableFetcher({ [url]: didDocument });
    const documentLoader = createDocumentLoader(createRemoteResolver({ fetchJson }));
    const result = await verifyCredential(signed, { documentLoader });
    expect(byId(result.checks).proof).toMatchObject({ valid: true });
    expect(byId(result.checks).issuer).toMatchObject({ valid: true });
    expect(asked).toEqual([url]);

    // Without the cache, each URL the verification asks for is fetched again.
    const uncached = tableFetcher({ [url]: didDocument });
    const resolver = createRemoteResolver({ fetchJson: uncached.fetchJson, cacheSeconds: 0 });
    await verifyCredential(signed, { documentLoader: createDocumentLoader(resolver) });
    expect(uncached.asked.length).toBeGreaterThan(1);
  });

  it('answers DIDs the app knows without fetching', async () => {
    const { fetchJson, asked } = tableFetcher({});
    const resolver = createRemoteResolver({
      fetchJson,
      local: (id) => Promise.resolve(id === did ? didDocument : undefined),
    });
    const result = await verifyCredential(signed, { documentLoader: createDocumentLoader(resolver) });
    expect(byId(result.checks).proof).toMatchObject({ valid: true });
    expect(asked).toEqual([]);
  });

  it('verifies both 1EdTech vectors through their https key URLs', async () => {
    const { fetchJson, asked } = tableFetcher(keyDocuments);
    const documentLoader = createDocumentLoader(createRemoteResolver({ fetchJson }));
    for (const file of ['1edtech-impl-guide-eddsa-rdfc-2022.json', '1edtech-validator-simple.json']) {
      const result = await verifyCredential(readVector(file), { documentLoader });
      expect(result.checks.filter((check) => !check.valid)).toEqual([]);
    }
    expect(new Set(asked)).toEqual(new Set(Object.keys(keyDocuments)));
  });

  it('resolves a key published as a document of its own', async () => {
    const controller = 'https://keys.example.org/issuer';
    const keyUrl = 'https://keys.example.org/keys/1';
    const key = {
      '@context': 'https://w3id.org/security/multikey/v1',
      id: keyUrl,
      type: 'Multikey',
      controller,
      publicKeyMultibase: 'z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi',
    };
    const { fetchJson } = tableFetcher({ [keyUrl]: key });
    const loader = createDocumentLoader(createRemoteResolver({ fetchJson }));
    await expect(loader(keyUrl)).resolves.toMatchObject({ document: key });
  });

  it('refuses fetched documents that name another id or bring their own JSON-LD terms', async () => {
    const base = 'https://evil.example.org/ctx';
    const cases: [unknown, RegExp][] = [
      [{ id: 'https://elsewhere.example/ctx' }, /names itself "https:\/\/elsewhere\.example\/ctx"/],
      [{ '@context': { name: 'https://evil.example.org/name' }, id: base }, /defines its own JSON-LD terms/],
      [
        { '@context': ['https://www.w3.org/ns/did/v1', 'https://evil.example.org/terms'], id: base },
        /does not know/,
      ],
      [['not', 'an', 'object'], /did not answer with a JSON object/],
      [{ '@context': 'https://www.w3.org/ns/did/v1', id: base }, /publishes no keys/],
    ];
    for (const [document, message] of cases) {
      const resolver = createRemoteResolver({ fetchJson: () => Promise.resolve(document) });
      await expect(resolver.resolveUrl(base)).rejects.toThrow(message);
      // As the loader sees it, e.g. when a credential names this URL as a @context.
      await expect(createDocumentLoader(resolver)(base)).rejects.toThrow(message);
    }
  });

  it('refuses other DID methods and did:web documents for another DID', async () => {
    const { fetchJson } = tableFetcher({
      [didWebToUrl(did) as string]: { ...didDocument, id: 'did:web:other' },
    });
    const resolver = createRemoteResolver({ fetchJson });
    await expect(resolver.resolveDid('did:ion:abc')).rejects.toThrow(/did:ion DIDs cannot be resolved here/);
    await expect(resolver.resolveDid(did)).rejects.toThrow(/names itself "did:web:other"/);
    await expect(resolver.resolveUrl('urn:uuid:1')).resolves.toBeUndefined();
  });

  it('with the safe fetcher, a did:web at a loopback address fails verification with the reason, fast', async () => {
    const loopbackDid = 'did:web:127.0.0.1%3A9:issuers:x';
    const credential = structuredClone(signed);
    (credential.issuer as JsonObject).id = loopbackDid;
    ((credential.proof as JsonObject[])[0] as JsonObject).verificationMethod = `${loopbackDid}#key-1`;
    const resolver = createRemoteResolver({ fetchJson: createSafeFetcher({ timeoutMs: 2000 }) });
    const started = Date.now();
    const result = await verifyCredential(credential, { documentLoader: createDocumentLoader(resolver) });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(result.verified).toBe(false);
    const checks = byId(result.checks);
    expect(checks.proof?.valid).toBe(false);
    expect(checks.proof?.message).toContain(
      'the host 127.0.0.1 is a private or loopback address (loopback); it is never contacted',
    );
    expect(checks.issuer?.message).toContain('127.0.0.1 is a private or loopback address');
  });
});
