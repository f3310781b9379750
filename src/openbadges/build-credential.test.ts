import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Ajv2019 } from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { buildOpenBadgeCredential, hashEmailIdentifier } from './build-credential.js';
import { signCredential } from './sign.js';
import { buildTestCredentialInput, buildTestIssuer } from './test-fixtures.js';
import { OFFICIAL_OB3_DIR } from '../test-support/official-ob3.js';

const OFFICIAL_DIR = OFFICIAL_OB3_DIR;

// Validates against the official file directly, independently of the copy verify.ts uses.
function officialSchemaValidator() {
  const schema: unknown = JSON.parse(
    readFileSync(`${OFFICIAL_DIR}/ob_v3p0_achievementcredential_schema.json`, 'utf8'),
  );
  const ajv = new Ajv2019({ allErrors: true, strict: false });
  addFormats.default(ajv);
  return ajv.compile(schema as object);
}

const DID = 'did:web:localhost%3A3000:issuers:acme';

describe('buildOpenBadgeCredential', () => {
  it('builds an OB 3.0 OpenBadgeCredential in VC 2.0 form', () => {
    const credential = buildOpenBadgeCredential(buildTestCredentialInput(DID));
    expect(credential['@context']).toEqual([
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
      'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json',
    ]);
    expect(credential.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(credential.name).toBe('Formative Assessment in Practice');
    expect(credential.issuer).toMatchObject({ id: DID, type: ['Profile'], url: 'https://acme.example.org' });
    expect(credential.issuer.image).toEqual({
      id: 'https://acme.example.org/logo.png',
      type: 'Image',
      caption: 'Acme Teacher Academy logo',
    });
    expect(credential.validFrom).toBe('2025-09-01T08:30:00Z');
    expect(credential.credentialSubject.achievement.achievementType).toBe('Competency');
    expect(credential.credentialSubject.achievement.alignment?.[0]?.type).toEqual(['Alignment']);
    expect(credential.credentialSubject.identifier).toEqual([
      {
        type: 'IdentityObject',
        identityHash: hashEmailIdentifier('jo.teacher@school.example', 'pepper-1'),
        identityType: 'emailAddress',
        hashed: true,
        salt: 'pepper-1',
      },
    ]);
    expect(credential.evidence?.[0]?.type).toEqual(['Evidence']);
    expect(JSON.stringify(credential)).not.toMatch(/null|undefined/);
  });

  it('makes a urn:uuid id and a random salt when none is given', () => {
    const input = buildTestCredentialInput(DID, { id: undefined, recipient: { email: 'a@b.example' } });
    const first = buildOpenBadgeCredential(input);
    const second = buildOpenBadgeCredential(input);
    expect(first.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(first.id).not.toBe(second.id);
    expect(first.credentialSubject.identifier?.[0]?.salt).not.toBe(
      second.credentialSubject.identifier?.[0]?.salt,
    );
    expect(first.credentialSubject.id).toBeUndefined();
  });

  it('keeps a minimal credential minimal', () => {
    const credential = buildOpenBadgeCredential({
      issuer: { id: DID, name: 'Acme', url: 'https://acme.example.org' },
      validFrom: new Date('2026-01-02T03:04:05.678Z'),
      recipient: { id: 'did:example:1' },
      achievement: {
        id: 'https://acme.example.org/a/1',
        name: 'A',
        description: 'B',
        criteria: { narrative: 'C' },
      },
      credentialSchema: false,
    });
    expect(credential.validFrom).toBe('2026-01-02T03:04:05Z');
    expect(Object.keys(credential).sort()).toEqual(
      ['@context', 'credentialSubject', 'id', 'issuer', 'name', 'type', 'validFrom'].sort(),
    );
    expect(officialSchemaValidator()(credential)).toBe(true);
  });

  it('names the official schema and carries a status entry when given one', () => {
    const credential = buildOpenBadgeCredential({
      ...buildTestCredentialInput(DID),
      credentialStatus: {
        id: 'https://acme.example.org/status/1#42',
        type: 'BitstringStatusListEntry',
        statusPurpose: 'revocation',
        statusListIndex: '42',
        statusListCredential: 'https://acme.example.org/status/1',
      },
    });
    expect(credential.credentialSchema).toEqual([
      {
        id: 'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json',
        type: '1EdTechJsonSchemaValidator2019',
      },
    ]);
    expect(credential.credentialStatus?.statusListIndex).toBe('42');
    expect(officialSchemaValidator()(credential)).toBe(true);
  });

  it('refuses input that would make an invalid credential', () => {
    const input = buildTestCredentialInput(DID);
    expect(() => buildOpenBadgeCredential({ ...input, recipient: {} })).toThrow(
      /recipient needs an id or an email/,
    );
    expect(() => buildOpenBadgeCredential({ ...input, validFrom: 'soon' })).toThrow(
      /validFrom is not a valid date/,
    );
    expect(() => buildOpenBadgeCredential({ ...input, validUntil: '2020-01-01T00:00:00Z' })).toThrow(
      /after validFrom/,
    );
    expect(() => buildOpenBadgeCredential({ ...input, id: 'credential-1' })).toThrow(/credential id/);
    expect(() =>
      buildOpenBadgeCredential({
        ...input,
        achievement: { ...input.achievement, achievementType: 'Sticker' as 'Badge' },
      }),
    ).toThrow(/achievementType/);
    expect(() =>
      buildOpenBadgeCredential({
        ...input,
        achievement: { ...input.achievement, criteria: { narrative: ' ' } },
      }),
    ).toThrow(/criteria narrative is required/);
    expect(() => buildOpenBadgeCredential({ ...input, issuer: { ...input.issuer, url: 'acme' } })).toThrow(
      /issuer url/,
    );
  });

  it('signs into a credential the official OB 3.0 schema accepts', async () => {
    const issuer = await buildTestIssuer();
    const signed = await signCredential(
      buildOpenBadgeCredential(buildTestCredentialInput(issuer.did)),
      issuer.signingKey,
      issuer.documentLoader,
    );
    const validate = officialSchemaValidator();
    const valid = validate(signed);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(Array.isArray(signed.proof)).toBe(true);
    expect(signed.proof[0]).toMatchObject({
      type: 'DataIntegrityProof',
      cryptosuite: 'eddsa-rdfc-2022',
      proofPurpose: 'assertionMethod',
      verificationMethod: `${issuer.did}#key-1`,
    });
    expect(signed.proof[0]?.created).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  });
});

describe('hashEmailIdentifier', () => {
  it('hashes the trimmed, lower-cased email followed by the salt', () => {
    const expected = createHash('sha256')
      .update('jo@school.example' + 'salt')
      .digest('hex');
    expect(hashEmailIdentifier('  Jo@School.Example ', 'salt')).toBe(`sha256$${expected}`);
    expect(hashEmailIdentifier('jo@school.example', 'other')).not.toBe(`sha256$${expected}`);
  });
});
