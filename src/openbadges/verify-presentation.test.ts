import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOpenBadgeCredential } from './build-credential.js';
import { DATA_INTEGRITY_V2_CONTEXT } from './contexts.js';
import { signCredential, type SignedCredential } from './sign.js';
import { signPresentation } from './sign-presentation.js';
import {
  buildTestCredentialInput,
  buildTestIssuer,
  independentLoader,
  type TestIssuer,
} from './test-fixtures.js';
import type { JsonObject } from './types.js';
import { verifyCredential } from './verify.js';
import { verifyPresentation, type VerifyPresentationOptions } from './verify-presentation.js';

const V2 = 'https://www.w3.org/ns/credentials/v2';
const V1 = 'https://www.w3.org/2018/credentials/v1';
const CHALLENGE = 'c0ffee-4b1d-challenge';
const DOMAIN = 'verifier.example.org';

describe('verifyPresentation', () => {
  let issuer: TestIssuer;
  let holder: TestIssuer;
  let stranger: TestIssuer;
  let good: SignedCredential;
  let tampered: JsonObject;
  let options: VerifyPresentationOptions;

  const presentationOf = (...credentials: object[]): JsonObject => ({
    '@context': [V2],
    type: ['VerifiablePresentation'],
    holder: holder.did,
    verifiableCredential: credentials,
  });
  const signAsHolder = (presentation: object, by: TestIssuer = holder) =>
    signPresentation(presentation, by.signingKey, holder.documentLoader, {
      challenge: CHALLENGE,
      domain: DOMAIN,
    });

  beforeAll(async () => {
    issuer = await buildTestIssuer('acme');
    stranger = await buildTestIssuer('stranger');
    holder = await buildTestIssuer('holder', [issuer.didDocument, stranger.didDocument]);
    const unsigned = buildOpenBadgeCredential(buildTestCredentialInput(issuer.did));
    good = await signCredential(unsigned, issuer.signingKey, issuer.documentLoader);
    tampered = {
      ...structuredClone(good),
      id: 'urn:uuid:7d4c2b1a-0f9e-4d8c-b7a6-5e4d3c2b1a09',
      name: 'A badge nobody issued',
    };
    options = {
      documentLoader: holder.documentLoader,
      verifyCredential: (credential) =>
        verifyCredential(credential, { documentLoader: holder.documentLoader }),
    };
  });

  it('verifies an unsigned presentation of a good credential, saying it is unsigned', async () => {
    const result = await verifyPresentation(presentationOf(good), options);
    expect(result.problems).toEqual([]);
    expect(result.verified).toBe(true);
    expect(result.presentationResult.signed).toBe(false);
    expect(result.presentationResult.checks.find((check) => check.id === 'proof')?.message).toMatch(
      /presentation itself is not signed/,
    );
    expect(result.credentialResults).toHaveLength(1);
    expect(result.credentialResults[0]).toMatchObject({ index: 0, id: good.id, result: { verified: true } });
  });

  it('does not verify an unsigned presentation holding a tampered credential, and says which', async () => {
    const result = await verifyPresentation(presentationOf(good, tampered), options);
    expect(result.verified).toBe(false);
    expect(result.presentationResult.verified).toBe(true);
    expect(result.credentialResults.map((entry) => entry.result.verified)).toEqual([true, false]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(
      /^Credential 2 \(urn:uuid:7d4c2b1a-0f9e-4d8c-b7a6-5e4d3c2b1a09\) is not verified/,
    );
  });

  it('accepts one credential given as an object rather than an array', async () => {
    const result = await verifyPresentation({ ...presentationOf(), verifiableCredential: good }, options);
    expect(result.verified).toBe(true);
    expect(result.credentialResults).toHaveLength(1);
  });

  it('verifies a presentation signed by its holder for the challenge and domain', async () => {
    const signed = await signAsHolder(presentationOf(good));
    expect(signed.proof).toMatchObject({
      type: 'DataIntegrityProof',
      cryptosuite: 'eddsa-rdfc-2022',
      proofPurpose: 'authentication',
      challenge: CHALLENGE,
      domain: DOMAIN,
    });
    const result = await verifyPresentation(JSON.stringify(signed), {
      ...options,
      challenge: CHALLENGE,
      domain: DOMAIN,
    });
    expect(result.problems).toEqual([]);
    expect(result.verified).toBe(true);
    expect(result.presentationResult.signed).toBe(true);

    // @digitalbazaar/vc agrees, with a loader built only from the packages and the DID documents.
    const library = await vc.verify({
      presentation: signed,
      suite: new DataIntegrityProof({ cryptosuite }),
      documentLoader: async (url) => {
        for (const loader of [independentLoader(holder.didDocument), independentLoader(issuer.didDocument)]) {
          try {
            return await loader(url);
          } catch {
            // next
          }
        }
        throw new Error(`unknown ${url}`);
      },
      challenge: CHALLENGE,
      domain: DOMAIN,
    });
    expect(library.presentationResult?.verified).toBe(true);
  });

  it('verifies a signed VC 1.1 presentation (the Data Integrity context is added when signing)', async () => {
    const signed = await signAsHolder({
      '@context': [V1],
      type: ['VerifiablePresentation'],
      holder: holder.did,
    });
    expect(signed['@context']).toEqual([V1, DATA_INTEGRITY_V2_CONTEXT]);
    const result = await verifyPresentation(signed, { ...options, challenge: CHALLENGE });
    expect(result.problems).toEqual([]);
    expect(result.verified).toBe(true);
  });

  it('fails a signed presentation checked against another challenge or domain', async () => {
    const signed = await signAsHolder(presentationOf(good));
    const wrongChallenge = await verifyPresentation(signed, { ...options, challenge: 'another-challenge' });
    expect(wrongChallenge.verified).toBe(false);
    expect(wrongChallenge.problems.join(' ')).toMatch(/challenge is not as expected/);
    expect(wrongChallenge.credentialResults[0]?.result.verified).toBe(true);

    const wrongDomain = await verifyPresentation(signed, {
      ...options,
      challenge: CHALLENGE,
      domain: 'elsewhere.example',
    });
    expect(wrongDomain.verified).toBe(false);
    expect(wrongDomain.problems.join(' ')).toMatch(/domain is not as expected/);
  });

  it('fails a signed presentation when the verifier gives no challenge', async () => {
    const result = await verifyPresentation(await signAsHolder(presentationOf(good)), options);
    expect(result.verified).toBe(false);
    expect(result.problems.join(' ')).toMatch(/no challenge was given/);
  });

  it('fails a signed presentation whose credentials were swapped after signing', async () => {
    const signed = await signAsHolder(presentationOf(good));
    const swapped = { ...signed, verifiableCredential: [tampered] };
    const result = await verifyPresentation(swapped, { ...options, challenge: CHALLENGE });
    expect(result.verified).toBe(false);
    expect(result.presentationResult.verified).toBe(false);
    expect(result.problems[0]).toMatch(/proof does not verify/);
  });

  it('fails a presentation signed by someone other than its holder', async () => {
    const signed = await signAsHolder(presentationOf(good), stranger);
    const result = await verifyPresentation(signed, { ...options, challenge: CHALLENGE });
    expect(result.verified).toBe(false);
    expect(result.problems[0]).toMatch(
      new RegExp(`signed by ${stranger.did}, not by its holder ${holder.did}`),
    );
  });

  it('requires a proof when a challenge is given, or when asked to', async () => {
    for (const extra of [{ challenge: CHALLENGE }, { requireProof: true }]) {
      const result = await verifyPresentation(presentationOf(good), { ...options, ...extra });
      expect(result.verified).toBe(false);
      expect(result.problems).toEqual([
        'The presentation is not signed, but this verifier requires the holder to sign it.',
      ]);
    }
  });

  it('does not verify an unsigned, empty presentation', async () => {
    const result = await verifyPresentation(presentationOf(), options);
    expect(result.verified).toBe(false);
    expect(result.problems).toEqual([
      'The presentation is not signed and holds no credentials: there is nothing to verify.',
    ]);
  });

  it('reports a credential verifier that throws as a failed credential', async () => {
    const result = await verifyPresentation(presentationOf(good), {
      ...options,
      verifyCredential: () => Promise.reject(new Error('resolver exploded')),
    });
    expect(result.verified).toBe(false);
    expect(result.problems[0]).toMatch(/Credential 1 .*resolver exploded/);
  });

  it.each([
    ['null', null, /JSON object/],
    ['truncated JSON', '{"@context": [', /not valid JSON/],
    ['an array', [presentationOf], /JSON object/],
    ['no context', { type: 'VerifiablePresentation' }, /first @context/],
    [
      'a credential',
      { '@context': [V2], type: ['VerifiableCredential'] },
      /must include "VerifiablePresentation"/,
    ],
    [
      'a number as a credential',
      { '@context': [V2], type: 'VerifiablePresentation', verifiableCredential: [5] },
      /must be a credential object/,
    ],
  ])('reports %s as a problem', async (_name, input, message) => {
    const result = await verifyPresentation(input, options);
    expect(result.verified).toBe(false);
    expect(result.problems[0]).toMatch(message);
  });

  it('never throws, whatever it is given', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.anything(),
          fc.record({
            '@context': fc.constantFrom([V2], [V1], V2),
            type: fc.constantFrom('VerifiablePresentation', ['VerifiablePresentation']),
            verifiableCredential: fc.anything(),
            proof: fc.oneof(fc.constant(undefined), fc.anything()),
            holder: fc.anything(),
          }),
        ),
        async (input) => {
          const result = await verifyPresentation(input, { ...options, challenge: CHALLENGE });
          expect(typeof result.verified).toBe('boolean');
          expect(result.verified).toBe(false);
        },
      ),
      { numRuns: 150 },
    );
  });
});
