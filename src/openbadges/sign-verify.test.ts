import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { buildOpenBadgeCredential } from './build-credential.js';
import type { OpenBadgeCredential } from './credential-types.js';
import { createDocumentLoader } from './document-loader.js';
import { signCredential, type SignedCredential } from './sign.js';
import {
  buildTestCredentialInput,
  buildTestIssuer,
  independentLoader,
  type TestIssuer,
} from './test-fixtures.js';
import type { JsonObject } from './types.js';
import type { VerificationResult } from './verification-types.js';
import { verifyCredential } from './verify.js';

const checkOf = (result: VerificationResult, id: string) => result.checks.find((check) => check.id === id);
const failedIds = (result: VerificationResult) => result.checks.filter((c) => !c.valid).map((c) => c.id);

/**
 * A loader written independently of document-loader.ts: straight from the context packages and the
 * issuer's DID document, for the third-party cross-check.
 */
describe('sign and verify', () => {
  let issuer: TestIssuer;
  let unsigned: OpenBadgeCredential;
  let signed: SignedCredential<OpenBadgeCredential>;

  beforeAll(async () => {
    issuer = await buildTestIssuer();
    unsigned = buildOpenBadgeCredential(buildTestCredentialInput(issuer.did));
    signed = await signCredential(unsigned, issuer.signingKey, issuer.documentLoader);
  });

  it('leaves the unsigned credential untouched', () => {
    expect(unsigned).not.toHaveProperty('proof');
  });

  it('verifies with every check valid, ids stable and in order', async () => {
    const result = await verifyCredential(signed, { documentLoader: issuer.documentLoader });
    expect(result.checks.map((c) => c.id)).toEqual([
      'format',
      'schema',
      'proof',
      'issuer',
      'dates',
      'status',
    ]);
    expect(failedIds(result)).toEqual([]);
    expect(result.verified).toBe(true);
    expect(checkOf(result, 'status')?.message).toMatch(/no status to check/i);
    expect(result.credential).toEqual(signed);
  });

  it('resolves the issuer DID once per verification', async () => {
    const resolveDid = vi.fn((did: string) =>
      Promise.resolve(did === issuer.did ? issuer.didDocument : undefined),
    );
    const result = await verifyCredential(signed, { documentLoader: createDocumentLoader({ resolveDid }) });
    expect(result.verified).toBe(true);
    expect(resolveDid).toHaveBeenCalledTimes(2); // the DID document, and the key by its DID URL
  });

  it('reports a proof made for another purpose', async () => {
    const result = await verifyCredential(
      { ...signed, proof: [{ ...signed.proof[0], proofPurpose: 'authentication' }] },
      { documentLoader: issuer.documentLoader },
    );
    expect(failedIds(result)).toEqual(['proof']);
    expect(checkOf(result, 'proof')?.message).toMatch(/no proof made for issuing credentials/);
  });

  it('verifies the JSON text of a credential and a proof given as one object', async () => {
    const text = JSON.stringify(signed);
    expect((await verifyCredential(text, { documentLoader: issuer.documentLoader })).verified).toBe(true);
    const single = { ...signed, proof: signed.proof[0] };
    const result = await verifyCredential(single, { documentLoader: issuer.documentLoader });
    // The OB schema wants an array; a single proof object means the same in JSON-LD and is accepted.
    expect(failedIds(result)).toEqual([]);
  });

  it('is verified by @digitalbazaar/vc on its own, issuer rule included', async () => {
    const result = await vc.verifyCredential({
      credential: structuredClone(signed),
      suite: new DataIntegrityProof({ cryptosuite }),
      documentLoader: independentLoader(issuer.didDocument),
    });
    expect(result.error).toBeUndefined();
    expect(result.verified).toBe(true);
  });

  it('fails `proof` when the achievement name is changed after signing', async () => {
    const tampered = structuredClone(signed);
    tampered.credentialSubject.achievement.name = 'Advanced Formative Assessment';
    const result = await verifyCredential(tampered, { documentLoader: issuer.documentLoader });
    expect(result.verified).toBe(false);
    expect(failedIds(result)).toEqual(['proof']);
    expect(checkOf(result, 'proof')?.message).toMatch(/changed after it was signed/);
    const independent = await vc.verifyCredential({
      credential: tampered,
      suite: new DataIntegrityProof({ cryptosuite }),
      documentLoader: independentLoader(issuer.didDocument),
    });
    expect(independent.verified).toBe(false);
  });

  it('fails `issuer` when the key belongs to a different DID', async () => {
    const impostor = await buildTestIssuer('impostor');
    const loader = createDocumentLoader({
      resolveDid: (did) =>
        Promise.resolve([issuer.didDocument, impostor.didDocument].find((document) => document.id === did)),
    });
    // Claims to be Acme, signed with the impostor's (valid, self-authorized) key.
    const forged = await signCredential(unsigned, impostor.signingKey, loader);
    const result = await verifyCredential(forged, { documentLoader: loader });
    expect(result.verified).toBe(false);
    expect(failedIds(result)).toEqual(['issuer']);
    expect(checkOf(result, 'issuer')?.message).toContain('not with a key of the issuer');
  });

  it('fails `proof` and `issuer` when the issuer does not list the key for issuing', async () => {
    const unlisted = { ...issuer.didDocument, assertionMethod: [] };
    const loader = createDocumentLoader({ resolveDid: () => Promise.resolve(unlisted) });
    const result = await verifyCredential(signed, { documentLoader: loader });
    expect(failedIds(result)).toEqual(['proof', 'issuer']);
    expect(checkOf(result, 'issuer')?.message).toMatch(/does not list the key/);
  });

  it('fails `proof` and `issuer` with a clear message when the DID cannot be resolved', async () => {
    const loader = createDocumentLoader({
      resolveDid: () => Promise.reject(new Error('network unreachable')),
    });
    const result = await verifyCredential(signed, { documentLoader: loader });
    expect(failedIds(result)).toEqual(['proof', 'issuer']);
    expect(checkOf(result, 'issuer')?.message).toMatch(/could not be found: network unreachable/);
  });

  it('fails `dates` for an expired credential and says when it expired', async () => {
    const expired = await signCredential(
      buildOpenBadgeCredential(
        buildTestCredentialInput(issuer.did, {
          validFrom: '2020-01-01T00:00:00Z',
          validUntil: '2021-06-30T12:00:00Z',
        }),
      ),
      issuer.signingKey,
      issuer.documentLoader,
    );
    const result = await verifyCredential(expired, { documentLoader: issuer.documentLoader });
    expect(result.verified).toBe(false);
    expect(failedIds(result)).toEqual(['dates']);
    expect(checkOf(result, 'dates')?.message).toBe('The credential expired on 2021-06-30 12:00 UTC.');
    const then = await verifyCredential(expired, {
      documentLoader: issuer.documentLoader,
      now: new Date('2021-01-01T00:00:00Z'),
    });
    expect(then.verified).toBe(true);
  });

  it('fails `dates` for a credential that is not valid yet', async () => {
    const result = await verifyCredential(signed, {
      documentLoader: issuer.documentLoader,
      now: new Date('2025-08-01T00:00:00Z'),
    });
    expect(failedIds(result)).toEqual(['dates']);
    expect(checkOf(result, 'dates')?.message).toMatch(
      /not valid yet: it becomes valid on 2025-09-01 08:30 UTC/,
    );
  });

  describe('status', () => {
    let withStatus: SignedCredential;

    beforeAll(async () => {
      withStatus = await signCredential(
        {
          ...unsigned,
          credentialStatus: {
            id: 'https://acme.example.org/status/1#94567',
            type: 'BitstringStatusListEntry',
            statusPurpose: 'revocation',
            statusListIndex: '94567',
            statusListCredential: 'https://acme.example.org/status/1',
          },
        },
        issuer.signingKey,
        issuer.documentLoader,
      );
    });

    it('reports what checkStatus says', async () => {
      const checkStatus = vi.fn((credential: JsonObject) =>
        Promise.resolve(
          credential.credentialStatus
            ? { valid: false, message: 'This credential was revoked on 2026-02-01.' }
            : undefined,
        ),
      );
      const revoked = await verifyCredential(withStatus, {
        documentLoader: issuer.documentLoader,
        checkStatus,
      });
      expect(failedIds(revoked)).toEqual(['status']);
      expect(checkOf(revoked, 'status')?.message).toBe('This credential was revoked on 2026-02-01.');
      const plain = await verifyCredential(signed, { documentLoader: issuer.documentLoader, checkStatus });
      expect(plain.verified).toBe(true);
      expect(checkStatus).toHaveBeenCalledTimes(2);
    });

    it('fails when a status is present but nobody can check it', async () => {
      const result = await verifyCredential(withStatus, { documentLoader: issuer.documentLoader });
      expect(failedIds(result)).toEqual(['status']);
      expect(checkOf(result, 'status')?.message).toMatch(/could not be checked/);
    });

    it('turns a throwing checkStatus into a failed check', async () => {
      const result = await verifyCredential(withStatus, {
        documentLoader: issuer.documentLoader,
        checkStatus: () => Promise.reject(new Error('status list unavailable')),
      });
      expect(failedIds(result)).toEqual(['status']);
      expect(checkOf(result, 'status')?.message).toMatch(/status list unavailable/);
    });
  });

  it('adds a `trust` check when the caller decides which issuers it trusts', async () => {
    const trusted = await verifyCredential(signed, {
      documentLoader: issuer.documentLoader,
      isTrustedIssuer: (id) => Promise.resolve(id === issuer.did),
    });
    expect(trusted.verified).toBe(true);
    expect(trusted.checks.map((c) => c.id)).toContain('trust');
    const untrusted = await verifyCredential(signed, {
      documentLoader: issuer.documentLoader,
      isTrustedIssuer: () => Promise.resolve(false),
    });
    expect(failedIds(untrusted)).toEqual(['trust']);
  });

  it('names the JSON-LD term its @context does not define, when signing and when verifying', async () => {
    await expect(
      signCredential({ ...unsigned, favouriteColour: 'teal' }, issuer.signingKey, issuer.documentLoader),
    ).rejects.toThrow('cannot sign this credential: the term "favouriteColour" is not defined');
    const result = await verifyCredential(
      { ...signed, favouriteColour: 'teal' },
      { documentLoader: issuer.documentLoader },
    );
    expect(failedIds(result)).toEqual(['proof']);
    expect(checkOf(result, 'proof')?.message).toMatch(/the term "favouriteColour" is not defined/);
  });

  it('names a JSON-LD context it does not know instead of fetching it', async () => {
    const extra = { ...signed, '@context': [...signed['@context'], 'https://example.org/context.json'] };
    const result = await verifyCredential(extra, { documentLoader: issuer.documentLoader });
    expect(failedIds(result)).toEqual(['proof']);
    expect(checkOf(result, 'proof')?.message).toMatch(
      /context this verifier does not know \(https:\/\/example.org/,
    );
  });

  it('reports schema problems in words', async () => {
    const broken = structuredClone(signed);
    const achievement: Partial<typeof broken.credentialSubject.achievement> =
      broken.credentialSubject.achievement;
    delete achievement.criteria;
    const result = await verifyCredential(broken, { documentLoader: issuer.documentLoader });
    expect(failedIds(result)).toEqual(['schema', 'proof']);
    expect(checkOf(result, 'schema')?.message).toMatch(
      /credentialSubject\.achievement is missing "criteria"/,
    );
  });
});

describe('verifyCredential on garbage', () => {
  const documentLoader = createDocumentLoader();

  it.each([
    ['"not json"', 'not json'],
    ['{}', {}],
    ['42', 42],
    ['null', null],
    ['undefined', undefined],
    ['an array', [1, 2]],
    ['a JSON number string', '42'],
    [
      'a plain VC without the Open Badge type',
      { '@context': ['https://www.w3.org/ns/credentials/v2'], type: ['VerifiableCredential'] },
    ],
    [
      'a credential without issuer',
      {
        '@context': ['https://www.w3.org/ns/credentials/v2'],
        type: ['VerifiableCredential', 'OpenBadgeCredential'],
        credentialSubject: {},
      },
    ],
  ])('returns verified false with `format` failed for %s', async (_label, input) => {
    const result = await verifyCredential(input, { documentLoader });
    expect(result.verified).toBe(false);
    expect(result.checks[0]).toMatchObject({ id: 'format', valid: false });
    expect(result.checks[0]?.message).toMatch(/^This|^The credential/);
  });

  it('never throws and answers quickly on any text, JSON or JWT-shaped input (fuzz)', async () => {
    const base64urlJson = fc
      .jsonValue()
      .map((value) => Buffer.from(JSON.stringify(value)).toString('base64url'));
    const input = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.json(),
      fc.jsonValue(),
      fc
        .tuple(
          base64urlJson,
          base64urlJson,
          fc.string({ unit: fc.constantFrom(...'abcXYZ019-_.'.split('')) }),
        )
        .map(([header, payload, signature]) => `${header}.${payload}.${signature}`),
      fc.string().map((text) => `eyJ${text}`),
      fc.jsonValue().map((value) => ({
        '@context': ['https://www.w3.org/ns/credentials/v2'],
        type: ['VerifiableCredential', 'OpenBadgeCredential'],
        issuer: 'did:key:z6Mkfoo',
        credentialSubject: { value },
        proof: value,
      })),
    );
    await fc.assert(
      fc.asyncProperty(input, async (value) => {
        const started = Date.now();
        const result = await verifyCredential(value, { documentLoader });
        expect(Date.now() - started).toBeLessThan(2000);
        expect(result.verified).toBe(false);
        expect(result.checks.length).toBeGreaterThan(0);
        expect(
          result.checks.every((check) => typeof check.message === 'string' && check.message !== ''),
        ).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws, even on a hostile object', async () => {
    const hostile = Object.defineProperty({}, '@context', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const result = await verifyCredential(hostile, { documentLoader });
    expect(result.verified).toBe(false);
    expect(result.checks[0]).toMatchObject({ id: 'format', valid: false });
  });

  it('fails every check but format for a well-shaped, unsigned, undated credential', async () => {
    const result = await verifyCredential(
      {
        '@context': [
          'https://www.w3.org/ns/credentials/v2',
          'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
        ],
        type: ['VerifiableCredential', 'OpenBadgeCredential'],
        issuer: 'did:example:nobody',
        credentialSubject: { type: ['AchievementSubject'] },
      },
      { documentLoader },
    );
    expect(failedIds(result)).toEqual(['schema', 'proof', 'issuer', 'dates']);
    expect(checkOf(result, 'proof')?.message).toMatch(/not signed/);
  });
});
