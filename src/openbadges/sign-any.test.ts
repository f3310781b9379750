import dataIntegrityContext from '@digitalbazaar/data-integrity-context';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOpenBadgeCredential } from './build-credential.js';
import { signAnyCredential, type SignAnyResult } from './sign-any.js';
import {
  buildTestCredentialInput,
  buildTestIssuer,
  independentLoader,
  type TestIssuer,
} from './test-fixtures.js';
import type { JsonObject } from './types.js';
import { verifyCredential } from './verify.js';

const V2 = 'https://www.w3.org/ns/credentials/v2';
const V1 = 'https://www.w3.org/2018/credentials/v1';
const DI = 'https://w3id.org/security/data-integrity/v2';
const NOW = new Date('2026-03-04T05:06:07.890Z');

/** @digitalbazaar/vc with only the context packages (Data Integrity included) and the DID document. */
function thirdPartyLoader(issuer: TestIssuer): vc.DocumentLoader {
  const base = independentLoader(issuer.didDocument);
  return (url) => {
    const context = dataIntegrityContext.contexts.get(url);
    return context ? Promise.resolve({ contextUrl: null, documentUrl: url, document: context }) : base(url);
  };
}

async function verifyWithLibrary(credential: object, issuer: TestIssuer) {
  return vc.verifyCredential({
    credential: structuredClone(credential),
    suite: new DataIntegrityProof({ cryptosuite }),
    documentLoader: thirdPartyLoader(issuer),
  });
}

function signedOf(result: SignAnyResult): JsonObject {
  if (!result.ok)
    throw new Error(`expected a signed credential, got ${result.status}: ${result.problems.join('; ')}`);
  return result.verifiableCredential;
}

describe('signAnyCredential', () => {
  let issuer: TestIssuer;
  const sign = (credential: unknown) =>
    signAnyCredential(credential, issuer.signingKey, issuer.did, issuer.documentLoader, { now: NOW });

  beforeAll(async () => {
    issuer = await buildTestIssuer();
  });

  it('signs a plain VC 2.0 credential, filling in the issuer, with the proof as one object', async () => {
    const credential = {
      '@context': [V2],
      id: 'urn:uuid:8a3f8c0e-6c1a-4d39-9a51-5d7e1f3b2c10',
      type: ['VerifiableCredential'],
      credentialSubject: { id: 'did:example:teacher-1', name: 'Jo Teacher' },
    };
    const signed = signedOf(await sign(credential));
    expect(signed.issuer).toBe(issuer.did);
    expect(signed).not.toHaveProperty('validFrom');
    expect(signed.proof).toMatchObject({
      type: 'DataIntegrityProof',
      cryptosuite: 'eddsa-rdfc-2022',
      proofPurpose: 'assertionMethod',
      verificationMethod: issuer.signingKey.verificationMethod,
      created: '2026-03-04T05:06:07Z',
    });
    expect(credential).not.toHaveProperty('issuer'); // the input is left alone
    expect((await verifyWithLibrary(signed, issuer)).verified).toBe(true);
  });

  it('signs a VC 1.1 credential: issuanceDate and the Data Integrity context are added', async () => {
    const credential = {
      '@context': [V1],
      type: ['VerifiableCredential'],
      issuer: { id: issuer.did },
      credentialSubject: { id: 'did:example:teacher-1' },
    };
    const signed = signedOf(await sign(credential));
    expect(signed['@context']).toEqual([...credential['@context'], DI]);
    expect(signed.issuanceDate).toBe('2026-03-04T05:06:07Z');
    expect(signed.issuer).toEqual({ id: issuer.did });
    const result = await verifyWithLibrary(signed, issuer);
    expect(result.error).toBeUndefined();
    expect(result.verified).toBe(true);
  });

  it('keeps a given issuanceDate and does not add the Data Integrity context twice', async () => {
    const signed = signedOf(
      await sign({
        '@context': [V1, DI],
        type: 'VerifiableCredential',
        issuanceDate: '2020-01-01T00:00:00Z',
        credentialSubject: { id: 'did:example:teacher-1' },
      }),
    );
    expect(signed['@context']).toEqual([V1, DI]);
    expect(signed.issuanceDate).toBe('2020-01-01T00:00:00Z');
    expect((await verifyWithLibrary(signed, issuer)).verified).toBe(true);
  });

  it('signs an Open Badges 3.0 credential with the proof as an array, and our verifier accepts it', async () => {
    const { issuer: _issuer, ...withoutIssuer } = buildOpenBadgeCredential(
      buildTestCredentialInput(issuer.did),
    );
    const filled = signedOf(await sign(withoutIssuer));
    expect(filled.issuer).toBe(issuer.did);
    expect(Array.isArray(filled.proof)).toBe(true);

    const signed = signedOf(await sign(buildOpenBadgeCredential(buildTestCredentialInput(issuer.did))));
    expect(signed.proof).toHaveLength(1);
    const ours = await verifyCredential(signed, { documentLoader: issuer.documentLoader, now: NOW });
    expect(ours.checks.filter((check) => !check.valid)).toEqual([]);
    expect((await verifyWithLibrary(signed, issuer)).verified).toBe(true);
  });

  it('fills in the id of an issuer object that has none', async () => {
    const signed = signedOf(
      await sign({
        '@context': [V2],
        type: ['VerifiableCredential'],
        issuer: { name: 'Acme Teacher Academy' },
        credentialSubject: { id: 'did:example:teacher-1' },
      }),
    );
    expect(signed.issuer).toEqual({ name: 'Acme Teacher Academy', id: issuer.did });
  });

  it("refuses (422) another issuer's id, as a string or an object", async () => {
    for (const other of ['did:web:evil.example', { id: 'https://evil.example/issuer', name: 'Evil' }]) {
      const result = await sign({
        '@context': [V2],
        type: ['VerifiableCredential'],
        issuer: other,
        credentialSubject: { id: 'did:example:teacher-1' },
      });
      expect(result).toMatchObject({ ok: false, status: 422 });
      expect(!result.ok && result.problems[0]).toMatch(/evil\.example.*may only sign as/);
    }
  });

  it.each([
    ['VC 1.1', V1],
    ['VC 2.0', V2],
  ])(
    'refuses (422) a %s term the @context does not define, naming it (JSON-LD safe mode)',
    async (_name, context) => {
      const result = await sign({
        '@context': [context],
        type: ['VerifiableCredential'],
        credentialSubject: { id: 'did:example:teacher-1', favouriteColour: 'green' },
      });
      expect(result).toMatchObject({ ok: false, status: 422 });
      expect(!result.ok && result.problems.join(' ')).toMatch(/"favouriteColour" is not defined/);
    },
  );

  it('refuses (422) a @context it does not know', async () => {
    const result = await sign({
      '@context': [V2, 'https://contexts.example/unknown.json'],
      type: ['VerifiableCredential'],
      credentialSubject: { id: 'did:example:teacher-1' },
    });
    expect(result).toMatchObject({ ok: false, status: 422 });
    expect(!result.ok && result.problems.join(' ')).toMatch(
      /@context "https:\/\/contexts\.example\/unknown\.json", which this service does not know/,
    );
  });

  it('refuses (400) malformed credentials with every problem listed', async () => {
    const result = await sign({
      '@context': [V2],
      type: ['Diploma'],
      credentialSubject: 'Jo',
      validFrom: 'yesterday',
      proof: { type: 'DataIntegrityProof' },
    });
    expect(result).toMatchObject({ ok: false, status: 400 });
    expect(!result.ok && result.problems).toEqual([
      '"type" must include "VerifiableCredential"',
      '"credentialSubject" must be an object (or an array of objects)',
      'the credential already carries a "proof"; send it without one to have it signed',
      '"validFrom" must be an XML Schema date-time such as 2026-01-02T03:04:05Z',
    ]);
  });

  it.each([
    ['null', null],
    ['a string', 'credential'],
    ['an array', [{}]],
    ['an empty object', {}],
    ['an unknown first context', { '@context': ['https://example.org/ctx'], type: ['VerifiableCredential'] }],
    ['a number context', { '@context': 42, type: 'VerifiableCredential', credentialSubject: {} }],
  ])('refuses (400) %s', async (_name, input) => {
    const result = await sign(input);
    expect(result).toMatchObject({ ok: false, status: 400 });
    expect(!result.ok && result.problems.length).toBeGreaterThan(0);
  });

  it('never throws, whatever it is given', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.anything(),
          fc.record({
            '@context': fc.constantFrom([V2], [V1], V2, [V2, 'x']),
            type: fc.oneof(fc.constant(['VerifiableCredential']), fc.anything()),
            credentialSubject: fc.oneof(fc.dictionary(fc.string(), fc.string()), fc.anything()),
            issuer: fc.oneof(fc.constant(undefined), fc.string(), fc.anything()),
          }),
        ),
        async (input) => {
          const result = await sign(input);
          expect(typeof result.ok).toBe('boolean');
        },
      ),
      { numRuns: 150 },
    );
  });
});
