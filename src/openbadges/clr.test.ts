import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOpenBadgeCredential, hashEmailIdentifier } from './build-credential.js';
import { buildClrCredential, CLR_V2_SCHEMA_URL, type ClrCredential, type ClrCredentialInput } from './clr.js';
import { CLR_V2_CONTEXT } from './contexts.js';
import clrContext from './contexts/clr-v2p0-context-2.0.1.json' with { type: 'json' };
import { createDocumentLoader } from './document-loader.js';
import { signCredential, type SignedCredential } from './sign.js';
import {
  buildTestCredentialInput,
  buildTestIssuer,
  independentLoader,
  type TestIssuer,
} from './test-fixtures.js';
import type { JsonObject } from './types.js';

/**
 * The unsigned ClrCredential of 1EdTech's "Linked Data Proof Test Vector" for CLR 2.0
 * (1EdTech/openbadges-specification : ob_v3p0/impl/linked-data-proof-clr.md). Signing it with the
 * vector's key must give the vector's proofValue: that only happens when our copy of the CLR 2.0
 * context expands every term to the same IRIs as the official one.
 */
const CLR_VECTOR: JsonObject = {
  '@context': [
    'https://www.w3.org/ns/credentials/v2',
    'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json',
    'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json',
  ],
  id: 'http://example.edu/credentials/3732',
  type: ['VerifiableCredential', 'ClrCredential'],
  issuer: {
    id: 'https://example.edu/issuers/565049',
    type: 'Profile',
    name: 'Example University',
  },
  validFrom: '2010-01-01T00:00:00Z',
  name: 'Sample Transcript',
  credentialSubject: {
    id: 'did:example:ebfeb1f712ebc6f1c276e12ec21',
    type: 'ClrSubject',
    verifiableCredential: [
      {
        '@context': [
          'https://www.w3.org/ns/credentials/v2',
          'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
          'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json',
        ],
        id: 'urn:uuid:91537dba-56cb-11ec-bf63-0242ac130002',
        type: ['VerifiableCredential', 'AchievementCredential'],
        issuer: {
          id: 'https://example.edu/issuers/565049',
          type: 'Profile',
          name: 'Example University',
        },
        validFrom: '2010-01-01T00:00:00Z',
        name: 'Example University Degree',
        credentialSubject: {
          id: 'did:example:ebfeb1f712ebc6f1c276e12ec21',
          type: 'AchievementSubject',
          achievement: {
            id: 'urn:uuid:a7467ef6-56cb-11ec-bf63-0242ac130002',
            type: 'Achievement',
            creator: {
              id: 'https://example.edu/issuers/565049',
              type: 'Profile',
            },
            name: 'Achievement 1',
            criteria: {
              id: 'https://example.edu/achievements/a7467ef6-56cb-11ec-bf63-0242ac130002/criteria',
            },
            description: 'Achievement 1',
            image: {
              id: 'https://example.edu/achievements/sample.png',
              type: 'Image',
            },
          },
        },
        credentialSchema: [
          {
            id: 'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json',
            type: '1EdTechJsonSchemaValidator2019',
          },
        ],
        proof: [
          {
            type: 'DataIntegrityProof',
            created: '2010-01-01T19:23:24Z',
            verificationMethod:
              'https://example.edu/issuers/565049#z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi',
            cryptosuite: 'eddsa-rdfc-2022',
            proofPurpose: 'assertionMethod',
            proofValue:
              'z45QnLySMt2mWuW787G6cf3SLkP97ZkMZxLeXH5yaaTQPCtTup4GCV95tU8HEnQJSyGCokSj3AvUhmJtvveTmN4Vu',
          },
        ],
      },
    ],
    achievement: [
      {
        id: 'urn:uuid:a7467ef6-56cb-11ec-bf63-0242ac130002',
        type: 'Achievement',
        creator: {
          id: 'https://example.edu/issuers/565049',
          type: 'Profile',
        },
        name: 'Achievement 1',
        criteria: {
          id: 'https://example.edu/achievements/a7467ef6-56cb-11ec-bf63-0242ac130002/criteria',
        },
        description: 'Achievement 1',
        image: {
          id: 'https://example.edu/achievements/sample.png',
          type: 'Image',
        },
      },
      {
        id: 'urn:uuid:dd887f0a-56cb-11ec-bf63-0242ac130002',
        type: 'Achievement',
        creator: {
          id: 'https://example.edu/issuers/565049',
          type: 'Profile',
        },
        name: 'Achievement 2',
        criteria: {
          id: 'https://example.edu/achievements/dd887f0a-56cb-11ec-bf63-0242ac130002/criteria',
        },
        description: 'Achievement 2',
        image: {
          id: 'https://example.edu/achievements/sample.png',
          type: 'Image',
        },
      },
    ],
    association: [
      {
        type: 'Association',
        associationType: 'isParentOf',
        sourceId: 'urn:uuid:a7467ef6-56cb-11ec-bf63-0242ac130002',
        targetId: 'urn:uuid:dd887f0a-56cb-11ec-bf63-0242ac130002',
      },
    ],
  },
  credentialSchema: [
    {
      id: 'https://purl.imsglobal.org/spec/clr/v2p0/schema/json/clr_v2p0_clrcredential_schema.json',
      type: '1EdTechJsonSchemaValidator2019',
    },
  ],
};
const VECTOR_KEY = {
  verificationMethod: 'https://example.edu/issuers/565049#z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi',
  publicKeyMultibase: 'z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi',
  secretKeyMultibase:
    'zrv2bqTbNwCTsRrHFcJCPjVAduh4Ezcnoq1A3ZxH1GWTNkxipLVuaAoMFmze2gFN9oNXfJjufxSHWVZzsJiUsMHFMcx',
};
const VECTOR_PROOF_VALUE =
  'zF52sU1nfPAjcwCqtgxPNSor6SJnAzRBwZW5VNQXPt8xXCHkd39sgqj32DnMjhFCzbyHsLkhQ8HpBqQTkMgXy329';

const LEARNER_DID = 'did:example:teacher-42';
const LEARNER_EMAIL = 'jo.teacher@school.example';

/** @digitalbazaar/vc on its own: context packages, our CLR context file, the issuers' DID documents. */
function thirdPartyLoader(...issuers: TestIssuer[]): vc.DocumentLoader {
  const loaders = issuers.map((issuer) => independentLoader(issuer.didDocument));
  return async (url) => {
    if (url === CLR_V2_CONTEXT) return { contextUrl: null, documentUrl: url, document: clrContext };
    for (const load of loaders) {
      try {
        return await load(url);
      } catch {
        // try the next issuer
      }
    }
    throw new Error(`third-party loader: unknown ${url}`);
  };
}

async function verifyWithLibrary(credential: object, loader: vc.DocumentLoader) {
  return vc.verifyCredential({
    credential: structuredClone(credential),
    suite: new DataIntegrityProof({ cryptosuite }),
    documentLoader: loader,
  });
}

describe('buildClrCredential', () => {
  let badgeIssuer: TestIssuer;
  let platform: TestIssuer;
  let badges: SignedCredential[];
  let input: ClrCredentialInput;

  beforeAll(async () => {
    badgeIssuer = await buildTestIssuer('acme');
    platform = await buildTestIssuer('microcred', [badgeIssuer.didDocument]);
    const first = buildOpenBadgeCredential(
      buildTestCredentialInput(badgeIssuer.did, {
        recipient: { id: LEARNER_DID, email: LEARNER_EMAIL, emailSalt: 'salt-1' },
      }),
    );
    // Issued to the learner's email only: it belongs to them through the salted hash.
    const second = buildOpenBadgeCredential(
      buildTestCredentialInput(badgeIssuer.did, {
        id: 'urn:uuid:0b6a1f4e-2d0c-4c4e-8f57-5f9a3e1c2b7d',
        recipient: { email: 'Jo.Teacher@School.example', emailSalt: 'salt-2' },
        achievement: {
          ...buildTestCredentialInput(badgeIssuer.did).achievement,
          id: 'https://acme.example.org/micro-credentials/questioning',
          name: 'Questioning for Deeper Thinking',
        },
      }),
    );
    badges = [
      await signCredential(first, badgeIssuer.signingKey, badgeIssuer.documentLoader),
      await signCredential(second, badgeIssuer.signingKey, badgeIssuer.documentLoader),
    ];
    input = {
      id: 'urn:uuid:3c1d2e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
      issuer: { id: platform.did, name: 'Microcred', url: 'https://microcred.example.org' },
      learner: { id: LEARNER_DID, email: LEARNER_EMAIL, emailSalt: 'clr-salt', name: 'Jo Teacher' },
      credentials: badges,
      validFrom: '2026-02-01T10:00:00.500Z',
    };
  });

  it("gives the proof of 1EdTech's CLR 2.0 test vector with our copy of the CLR context", async () => {
    const signed = await signCredential(
      CLR_VECTOR,
      VECTOR_KEY,
      createDocumentLoader(),
      new Date('2010-01-01T19:23:24Z'),
    );
    expect(signed.proof[0]?.proofValue).toBe(VECTOR_PROOF_VALUE);
  });

  it('builds a ClrCredential holding the signed credentials unchanged', () => {
    const clr = buildClrCredential(input);
    expect(clr['@context'][0]).toBe('https://www.w3.org/ns/credentials/v2');
    expect(clr['@context']).toContain(CLR_V2_CONTEXT);
    expect(clr.type).toEqual(['VerifiableCredential', 'ClrCredential']);
    expect(clr.issuer).toEqual({
      id: platform.did,
      type: ['Profile'],
      name: 'Microcred',
      url: 'https://microcred.example.org',
    });
    expect(clr.name).toBe('Learner record of Jo Teacher');
    expect(clr.validFrom).toBe('2026-02-01T10:00:00Z');
    expect(clr.credentialSchema).toEqual([{ id: CLR_V2_SCHEMA_URL, type: '1EdTechJsonSchemaValidator2019' }]);
    const subject = clr.credentialSubject;
    expect(subject.type).toEqual(['ClrSubject']);
    expect(subject.id).toBe(LEARNER_DID);
    expect(subject.verifiableCredential).toEqual(badges);
    expect(subject.verifiableCredential[0]).not.toBe(badges[0]);
    expect(subject.achievement.map((a) => a.name)).toEqual([
      'Formative Assessment in Practice',
      'Questioning for Deeper Thinking',
    ]);
    expect(subject.identifier).toEqual([
      {
        type: 'IdentityObject',
        identityHash: hashEmailIdentifier(LEARNER_EMAIL, 'clr-salt'),
        identityType: 'emailAddress',
        hashed: true,
        salt: 'clr-salt',
      },
    ]);
  });

  it('lists an achievement earned twice once', () => {
    const clr = buildClrCredential({ ...input, credentials: [badges[0]!, badges[0]!] });
    expect(clr.credentialSubject.verifiableCredential).toHaveLength(2);
    expect(clr.credentialSubject.achievement).toHaveLength(1);
  });

  describe('signed', () => {
    let signed: SignedCredential<ClrCredential>;

    beforeAll(async () => {
      signed = await signCredential(buildClrCredential(input), platform.signingKey, platform.documentLoader);
    });

    it('verifies with @digitalbazaar/vc', async () => {
      const result = await verifyWithLibrary(signed, thirdPartyLoader(platform, badgeIssuer));
      expect(result.error).toBeUndefined();
      expect(result.verified).toBe(true);
    });

    it('keeps each embedded credential verifiable on its own', async () => {
      for (const embedded of signed.credentialSubject.verifiableCredential) {
        const result = await verifyWithLibrary(embedded, thirdPartyLoader(badgeIssuer));
        expect(result.verified).toBe(true);
      }
    });

    it('fails when an embedded credential is altered', async () => {
      const tampered = structuredClone(signed);
      (tampered.credentialSubject.verifiableCredential[1] as JsonObject).name = 'Something else';
      const result = await verifyWithLibrary(tampered, thirdPartyLoader(platform, badgeIssuer));
      expect(result.verified).toBe(false);
    });

    it('carries the CLR partial flag through signing', async () => {
      const partial = await signCredential(
        buildClrCredential({ ...input, partial: true }),
        platform.signingKey,
        platform.documentLoader,
      );
      expect(partial.partial).toBe(true);
      const result = await verifyWithLibrary(partial, thirdPartyLoader(platform, badgeIssuer));
      expect(result.verified).toBe(true);
    });
  });

  it('refuses an unsigned credential', () => {
    const { proof: _proof, ...unsigned } = badges[0]!;
    expect(() => buildClrCredential({ ...input, credentials: [unsigned] })).toThrow(
      /credential 1 .*is not signed/,
    );
  });

  it("refuses another learner's credential", () => {
    expect(() =>
      buildClrCredential({
        ...input,
        learner: { id: 'did:example:someone-else' },
        credentials: [badges[1]!],
      }),
    ).toThrow(/was not issued to this learner/);
  });

  it('refuses what is not an Open Badges credential, and an empty record', () => {
    expect(() =>
      buildClrCredential({ ...input, credentials: [{ type: ['VerifiableCredential'], proof: [{}] }] }),
    ).toThrow(/not an Open Badges 3.0 credential/);
    expect(() => buildClrCredential({ ...input, credentials: [] })).toThrow(/at least one credential/);
    expect(() => buildClrCredential({ ...input, learner: { id: 'not a uri' } })).toThrow(/learner id/);
  });
});
