import { createPrivateKey, createPublicKey, type JsonWebKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { Ajv2019 } from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { CompactSign, decodeJwt, decodeProtectedHeader, importJWK, jwtVerify } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { OFFICIAL_OB3_DIR } from '../test-support/official-ob3.js';
import { buildOpenBadgeCredential } from './build-credential.js';
import { MULTIKEY_V1_CONTEXT } from './contexts.js';
import type { OpenBadgeCredential } from './credential-types.js';
import { buildDidDocument } from './did-web.js';
import { createDocumentLoader } from './document-loader.js';
import { publicKeyMultibaseToJwk, secretKeyMultibaseToJwk } from './jwk.js';
import { generateIssuerKeyPair, type IssuerKeyPair } from './keys.js';
import { signCredential, type SigningKey } from './sign.js';
import { buildTestCredentialInput, buildTestIssuer, type TestIssuer } from './test-fixtures.js';
import type { JsonObject } from './types.js';
import { decodeCredentialJwt, JWT_REGISTERED_CLAIMS, signCredentialJwt } from './vc-jwt.js';
import type { VerificationResult } from './verification-types.js';
import { verifyCredential } from './verify.js';
import { verifyCredentialJwt } from './verify-jwt.js';

const checkOf = (result: VerificationResult, id: string) => result.checks.find((check) => check.id === id);
const failedIds = (result: VerificationResult) => result.checks.filter((c) => !c.valid).map((c) => c.id);
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

// PKCS#8 DER prefix of a raw Ed25519 seed: lets Node's own crypto produce the JWKs the tests compare with.
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/** JWKs of a Multikey pair made by Node's crypto (OpenSSL), independently of jwk.ts. */
async function nodeJwks(keys: IssuerKeyPair): Promise<{ privateJwk: JsonWebKey; publicJwk: JsonWebKey }> {
  const pair = await Ed25519Multikey.from({ '@context': MULTIKEY_V1_CONTEXT, type: 'Multikey', ...keys });
  const seed = pair.secretKey?.subarray(0, 32);
  if (!seed) throw new Error('no secret key');
  const privateKey = createPrivateKey({
    key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]),
    format: 'der',
    type: 'pkcs8',
  });
  return {
    privateJwk: privateKey.export({ format: 'jwk' }),
    publicJwk: createPublicKey(privateKey).export({ format: 'jwk' }),
  };
}

/** Signs any header and payload with jose directly, for tokens our signer would refuse to make. */
async function signRaw(header: JsonObject, payload: JsonObject, keys: IssuerKeyPair): Promise<string> {
  const { privateJwk } = await nodeJwks(keys);
  const key = await importJWK(privateJwk as Parameters<typeof importJWK>[0], 'EdDSA');
  return new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
    .setProtectedHeader(header as { alg: string })
    .sign(key);
}

function officialSchemaValidator() {
  const schema: unknown = JSON.parse(
    readFileSync(`${OFFICIAL_OB3_DIR}/ob_v3p0_achievementcredential_schema.json`, 'utf8'),
  );
  const ajv = new Ajv2019({ allErrors: true, strict: false });
  addFormats.default(ajv);
  return ajv.compile(schema as object);
}

describe('jwk', () => {
  it('converts Multikey keys to the JWKs Node derives itself', async () => {
    const keys = await generateIssuerKeyPair();
    const { privateJwk, publicJwk } = await nodeJwks(keys);
    expect(publicKeyMultibaseToJwk(keys.publicKeyMultibase)).toEqual(publicJwk);
    expect(secretKeyMultibaseToJwk(keys.secretKeyMultibase, keys.publicKeyMultibase)).toEqual(privateJwk);
  });

  it('refuses keys that are not Ed25519 Multikeys, and a secret of another pair', async () => {
    const [a, b] = await Promise.all([generateIssuerKeyPair(), generateIssuerKeyPair()]);
    expect(() => publicKeyMultibaseToJwk('z0OIl')).toThrow(/base58btc/);
    expect(() => publicKeyMultibaseToJwk('uAAAA')).toThrow(/must start with "z"/);
    expect(() => publicKeyMultibaseToJwk(a.secretKeyMultibase)).toThrow(/not an Ed25519 key/);
    expect(() => secretKeyMultibaseToJwk(a.secretKeyMultibase, b.publicKeyMultibase)).toThrow(
      /does not match/,
    );
  });
});

describe('VC-JWT', () => {
  let issuer: TestIssuer;
  let unsigned: OpenBadgeCredential;
  let jwt: string;

  beforeAll(async () => {
    issuer = await buildTestIssuer();
    unsigned = buildOpenBadgeCredential(buildTestCredentialInput(issuer.did));
    jwt = await signCredentialJwt(unsigned, issuer.signingKey);
  });

  it('round-trips: every check valid, the proof format named, the credential given back', async () => {
    const result = await verifyCredential(jwt, { documentLoader: issuer.documentLoader });
    expect(failedIds(result)).toEqual([]);
    expect(result.verified).toBe(true);
    expect(result.format).toBe('vc-jwt');
    expect(result.checks.map((c) => c.id)).toEqual([
      'format',
      'schema',
      'proof',
      'issuer',
      'dates',
      'status',
    ]);
    expect(checkOf(result, 'format')?.message).toMatch(/signed as a VC-JWT/);
    expect(checkOf(result, 'proof')?.message).toMatch(/VC-JWT, EdDSA/);
    expect(result.credential).toEqual(unsigned);
    const standalone = await verifyCredentialJwt(jwt, issuer.documentLoader);
    expect(standalone).toMatchObject({ valid: true, credential: unsigned });
  });

  it('accepts the JWT with surrounding whitespace, as JSON text and in an EnvelopedVerifiableCredential', async () => {
    for (const input of [
      `\n  ${jwt}\n`,
      JSON.stringify(jwt),
      {
        '@context': ['https://www.w3.org/ns/credentials/v2'],
        type: ['EnvelopedVerifiableCredential'],
        id: `data:application/vc+jwt,${jwt}`,
      },
    ]) {
      const result = await verifyCredential(input, { documentLoader: issuer.documentLoader });
      expect(failedIds(result)).toEqual([]);
      expect(result.format).toBe('vc-jwt');
    }
  });

  it('reports data-integrity as the format of a JSON credential', async () => {
    const signed = await signCredential(unsigned, issuer.signingKey, issuer.documentLoader);
    const result = await verifyCredential(signed, { documentLoader: issuer.documentLoader });
    expect(result.verified).toBe(true);
    expect(result.format).toBe('data-integrity');
  });

  it('is verified by jose on its own with the public JWK Node derives', async () => {
    const { publicJwk } = await nodeJwks(issuer.signingKey);
    const key = await importJWK(publicJwk as Parameters<typeof importJWK>[0], 'EdDSA');
    const { payload, protectedHeader } = await jwtVerify(jwt, key, {
      algorithms: ['EdDSA'],
      issuer: issuer.did,
      subject: 'did:example:teacher-42',
      currentDate: new Date('2026-01-01T00:00:00Z'),
      typ: 'JWT',
    });
    expect(protectedHeader.kid).toBe(issuer.signingKey.verificationMethod);
    expect(payload.jti).toBe(unsigned.id);
    // jose applies nbf and exp itself: before validFrom or after validUntil it refuses.
    await expect(jwtVerify(jwt, key, { currentDate: new Date('2031-01-01T00:00:00Z') })).rejects.toThrow(
      /exp/,
    );
    await expect(jwtVerify(jwt, key, { currentDate: new Date('2025-01-01T00:00:00Z') })).rejects.toThrow(
      /nbf/,
    );
  });

  it('has exactly the header alg, kid, typ and the registered claims OB 3.0 asks for', () => {
    expect(decodeProtectedHeader(jwt)).toEqual({
      alg: 'EdDSA',
      kid: `${issuer.did}#key-1`,
      typ: 'JWT',
    });
    const payload = decodeJwt(jwt);
    expect(payload).toMatchObject({
      iss: issuer.did,
      jti: unsigned.id,
      sub: 'did:example:teacher-42',
      nbf: Math.floor(Date.parse('2025-09-01T08:30:00.123Z') / 1000),
      exp: Date.parse('2030-09-01T08:30:00Z') / 1000,
    });
    expect(payload).not.toHaveProperty('iat');
    expect(payload).not.toHaveProperty('proof');
  });

  it('carries a payload that, without the registered claims, follows the official OB 3.0 schema', () => {
    const payload = decodeJwt(jwt) as JsonObject;
    for (const claim of JWT_REGISTERED_CLAIMS) delete payload[claim];
    const validate = officialSchemaValidator();
    expect(validate(payload), JSON.stringify(validate.errors)).toBe(true);
    expect(payload).toEqual(unsigned);
  });

  it('drops an embedded Data Integrity proof and omits sub and exp when there is nothing to put there', async () => {
    const signed = await signCredential(unsigned, issuer.signingKey, issuer.documentLoader);
    const { validUntil: _validUntil, ...open } = signed;
    const subject = { ...open.credentialSubject } as JsonObject;
    delete subject.id;
    const token = await signCredentialJwt({ ...open, credentialSubject: subject }, issuer.signingKey);
    const payload = decodeJwt(token);
    expect(payload).not.toHaveProperty('proof');
    expect(payload).not.toHaveProperty('sub');
    expect(payload).not.toHaveProperty('exp');
    const result = await verifyCredential(token, { documentLoader: issuer.documentLoader });
    expect(failedIds(result)).toEqual([]);
  });

  it('signs VC 1.1 credentials with nbf and exp from issuanceDate and expirationDate', async () => {
    const token = await signCredentialJwt(
      {
        '@context': ['https://www.w3.org/2018/credentials/v1'],
        id: 'urn:uuid:1',
        type: ['VerifiableCredential'],
        issuer: issuer.did,
        issuanceDate: '2024-01-01T00:00:00Z',
        expirationDate: '2024-12-31T00:00:00Z',
        credentialSubject: { id: 'did:example:x' },
      },
      issuer.signingKey,
    );
    expect(decodeJwt(token)).toMatchObject({
      nbf: Date.parse('2024-01-01T00:00:00Z') / 1000,
      exp: Date.parse('2024-12-31T00:00:00Z') / 1000,
    });
  });

  it('refuses to sign with a key of another issuer, or a credential using a JWT claim name', async () => {
    const other = await buildTestIssuer('other');
    await expect(signCredentialJwt(unsigned, other.signingKey)).rejects.toThrow(/not a key of the issuer/);
    await expect(signCredentialJwt({ ...unsigned, iat: 1 }, issuer.signingKey)).rejects.toThrow(/"iat"/);
    await expect(
      signCredentialJwt(unsigned, {
        ...issuer.signingKey,
        secretKeyMultibase: other.signingKey.secretKeyMultibase,
      }),
    ).rejects.toThrow(/does not match/);
  });

  it('verifies a did:key issuer offline, with a loader that knows no DID', async () => {
    const keys = await generateIssuerKeyPair();
    const did = `did:key:${keys.publicKeyMultibase}`;
    const key: SigningKey = { verificationMethod: `${did}#${keys.publicKeyMultibase}`, ...keys };
    const token = await signCredentialJwt(buildOpenBadgeCredential(buildTestCredentialInput(did)), key);
    const result = await verifyCredential(token, { documentLoader: createDocumentLoader() });
    expect(failedIds(result)).toEqual([]);
    expect(checkOf(result, 'issuer')?.message).toContain(did);
  });

  it('verifies an issuer whose id and key are https URLs, and a kid relative to the issuer', async () => {
    const keys = await generateIssuerKeyPair();
    const issuerId = 'https://example.edu/issuers/565049';
    const controller = {
      '@context': ['https://www.w3.org/ns/did/v1', MULTIKEY_V1_CONTEXT],
      id: issuerId,
      verificationMethod: [
        {
          id: `${issuerId}#key-1`,
          type: 'Multikey',
          controller: issuerId,
          publicKeyMultibase: keys.publicKeyMultibase,
        },
      ],
      assertionMethod: [`${issuerId}#key-1`],
    };
    const documentLoader = createDocumentLoader({ extraDocuments: { [issuerId]: controller } });
    const credential = buildOpenBadgeCredential(buildTestCredentialInput(issuerId));
    const token = await signCredentialJwt(credential, { verificationMethod: `${issuerId}#key-1`, ...keys });
    expect(failedIds(await verifyCredential(token, { documentLoader }))).toEqual([]);
    const relative = await signRaw(
      { alg: 'EdDSA', kid: '#key-1', typ: 'JWT' },
      decodeJwt(token) as JsonObject,
      keys,
    );
    expect(failedIds(await verifyCredential(relative, { documentLoader }))).toEqual([]);
  });

  it('fails only `dates` when expired: the signature still holds', async () => {
    const token = await signCredentialJwt(
      buildOpenBadgeCredential(
        buildTestCredentialInput(issuer.did, {
          validFrom: '2020-01-01T00:00:00Z',
          validUntil: '2021-06-30T12:00:00Z',
        }),
      ),
      issuer.signingKey,
    );
    const result = await verifyCredential(token, { documentLoader: issuer.documentLoader });
    expect(failedIds(result)).toEqual(['dates']);
    expect(checkOf(result, 'dates')?.message).toBe('The credential expired on 2021-06-30 12:00 UTC.');
  });

  describe('refuses', () => {
    const verify = (input: string) => verifyCredential(input, { documentLoader: issuer.documentLoader });

    it('a payload changed after signing', async () => {
      const [header, , signature] = jwt.split('.');
      const changed = structuredClone(decodeJwt(jwt)) as JsonObject & { credentialSubject: JsonObject };
      (changed.credentialSubject.achievement as JsonObject).name = 'Advanced Formative Assessment';
      const result = await verify(`${header}.${b64(changed)}.${signature}`);
      expect(failedIds(result)).toEqual(['proof']);
      expect(checkOf(result, 'proof')?.message).toMatch(/changed after it was signed/);
    });

    it('a kid pointing at another key of the issuer', async () => {
      const second = await generateIssuerKeyPair();
      const didDocument = buildDidDocument(issuer.did, [
        { id: 'key-1', publicKeyMultibase: issuer.signingKey.publicKeyMultibase },
        { id: 'key-2', publicKeyMultibase: second.publicKeyMultibase },
      ]);
      const loader = createDocumentLoader({ resolveDid: () => Promise.resolve(didDocument) });
      // Signed with key 1, but the header says key 2.
      const token = await signRaw(
        { alg: 'EdDSA', kid: `${issuer.did}#key-2`, typ: 'JWT' },
        decodeJwt(jwt) as JsonObject,
        issuer.signingKey,
      );
      expect((await verifyCredential(jwt, { documentLoader: loader })).verified).toBe(true);
      const result = await verifyCredential(token, { documentLoader: loader });
      expect(failedIds(result)).toEqual(['proof']);
      expect(checkOf(result, 'proof')?.message).toMatch(/signed with another key/);
    });

    it('a key of another DID', async () => {
      const impostor = await buildTestIssuer('impostor');
      const known = [issuer.didDocument, impostor.didDocument];
      const loader = createDocumentLoader({
        resolveDid: (did) => Promise.resolve(known.find((d) => d.id === did)),
      });
      const token = await signRaw(
        { alg: 'EdDSA', kid: impostor.signingKey.verificationMethod, typ: 'JWT' },
        decodeJwt(jwt) as JsonObject,
        impostor.signingKey,
      );
      const result = await verifyCredential(token, { documentLoader: loader });
      expect(failedIds(result)).toEqual(['issuer']);
      expect(checkOf(result, 'issuer')?.message).toContain('not with a key of the issuer');
      expect((await verifyCredentialJwt(token, loader)).valid).toBe(false);
    });

    it('a key its issuer does not list for issuing', async () => {
      const loader = createDocumentLoader({
        resolveDid: () => Promise.resolve({ ...issuer.didDocument, assertionMethod: [] }),
      });
      const result = await verifyCredential(jwt, { documentLoader: loader });
      expect(failedIds(result)).toEqual(['proof', 'issuer']);
      expect(checkOf(result, 'issuer')?.message).toMatch(/does not list the key/);
    });

    it('alg none', async () => {
      const [, payload] = jwt.split('.');
      const result = await verify(`${b64({ alg: 'none', kid: `${issuer.did}#key-1` })}.${payload}.`);
      expect(result.verified).toBe(false);
      expect(checkOf(result, 'proof')?.message).toMatch(/unsigned JWT is refused/);
      expect(
        (await verifyCredentialJwt(`${b64({ alg: 'none' })}.${payload}.`, issuer.documentLoader)).message,
      ).toMatch(/unsigned JWT is refused/);
    });

    it('HS256 made with the public key as the shared secret', async () => {
      const [, payload] = jwt.split('.');
      const header = b64({ alg: 'HS256', kid: `${issuer.did}#key-1`, typ: 'JWT' });
      const secrets = [
        Buffer.from(issuer.signingKey.publicKeyMultibase),
        Buffer.from(publicKeyMultibaseToJwk(issuer.signingKey.publicKeyMultibase).x, 'base64url'),
      ];
      for (const secret of secrets) {
        const { createHmac } = await import('node:crypto');
        const mac = createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url');
        const result = await verify(`${header}.${payload}.${mac}`);
        expect(result.verified).toBe(false);
        expect(checkOf(result, 'proof')?.message).toMatch(/"HS256"; only EdDSA/);
      }
    });

    it('claims that disagree with the credential, naming them', async () => {
      const payload = { ...(decodeJwt(jwt) as JsonObject), jti: 'urn:uuid:other', exp: 1 };
      const token = await signRaw(
        { alg: 'EdDSA', kid: `${issuer.did}#key-1`, typ: 'JWT' },
        payload,
        issuer.signingKey,
      );
      const result = await verify(token);
      expect(failedIds(result)).toEqual(['proof']);
      expect(checkOf(result, 'proof')?.message).toMatch(
        /"jti" is "urn:uuid:other" but the credential's id is/,
      );
      expect(checkOf(result, 'proof')?.message).toMatch(/"exp" \(1970-01-01T00:00:01.000Z\) does not match/);
    });

    it('a header jwk that is not the kid key, and a missing kid', async () => {
      const other = await generateIssuerKeyPair();
      const payload = decodeJwt(jwt) as JsonObject;
      const withJwk = await signRaw(
        { alg: 'EdDSA', kid: `${issuer.did}#key-1`, jwk: publicKeyMultibaseToJwk(other.publicKeyMultibase) },
        payload,
        issuer.signingKey,
      );
      expect(checkOf(await verify(withJwk), 'proof')?.message).toMatch(/"jwk"\) is not the key/);
      const noKid = await signRaw({ alg: 'EdDSA' }, payload, issuer.signingKey);
      expect(checkOf(await verify(noKid), 'proof')?.message).toMatch(/which key signed it \("kid"\)/);
    });

    it('truncated tokens, each with a reason and without throwing', async () => {
      for (const length of [3, 10, 30, jwt.indexOf('.') + 1, 200, jwt.lastIndexOf('.'), jwt.length - 5]) {
        const result = await verify(jwt.slice(0, length));
        expect(result.verified).toBe(false);
        const failed = result.checks.find((check) => !check.valid);
        expect(failed?.message).toMatch(/^(This|The)/);
      }
    });

    it.each([
      ['three parts only', 'eyJhbGciOiJFZERTQSJ9', /three parts separated by dots, this has 1/],
      ['an encrypted JWT', 'eyJhbGciOiJSU0EifQ.a.b.c.d', /encrypted JWT \(JWE\)/],
      ['a header that is not JSON', 'eyJub3Q.e30.', /header is not readable JSON/],
      [
        'a payload that is not an object',
        `${b64({ alg: 'EdDSA' })}.${b64([1])}.`,
        /payload is not a JSON object/,
      ],
      ['a payload with bad characters', `${b64({ alg: 'EdDSA' })}.e30*.`, /payload is not base64url/],
      ['an empty credential', `${b64({ alg: 'EdDSA' })}.${b64({})}.`, /no "@context"/],
    ])('%s', async (_label, input, message) => {
      const result = await verify(input);
      expect(result.verified).toBe(false);
      expect(result.checks[0]).toMatchObject({ id: 'format', valid: false });
      expect(result.checks[0]?.message).toMatch(message);
    });

    it('a JWT larger than the size limit, unread', () => {
      const huge = `eyJ${'A'.repeat(2 * 1024 * 1024)}.e30.`;
      const result = decodeCredentialJwt(huge);
      expect(result).toEqual({ error: expect.stringMatching(/too large/) as unknown });
    });
  });

  it('reads the VC-JWT 1.1 form, with the credential under a `vc` claim', async () => {
    const { id, validFrom: _from, validUntil: _until, ...rest } = unsigned;
    const token = await signRaw(
      { alg: 'EdDSA', kid: `${issuer.did}#key-1`, typ: 'JWT' },
      {
        iss: issuer.did,
        jti: id,
        sub: 'did:example:teacher-42',
        nbf: Date.parse('2025-09-01T08:30:00Z') / 1000,
        vc: {
          ...rest,
          validFrom: '2025-09-01T08:30:00Z',
        },
      },
      issuer.signingKey,
    );
    const result = await verifyCredential(token, { documentLoader: issuer.documentLoader });
    expect(failedIds(result), JSON.stringify(result.checks)).toEqual([]);
    expect(result.credential?.id).toBe(id);
  });

  it('never throws and stays quick on JWT-like garbage (fuzz)', async () => {
    const part = fc.oneof(
      fc.string({ unit: fc.constantFrom(...'ABCDEFabcdef0123456789-_eyJ'.split('')) }),
      fc.jsonValue().map((value) => b64(value)),
      fc.constant(jwt.split('.')[1] ?? ''),
    );
    const header = fc.oneof(
      fc
        .record({ alg: fc.constantFrom('EdDSA', 'none', 'HS256', 'Ed25519', 'ES256'), kid: fc.string() })
        .map(b64),
      fc.constant(jwt.split('.')[0] ?? ''),
      part,
    );
    await fc.assert(
      fc.asyncProperty(header, fc.array(part, { maxLength: 4 }), async (head, rest) => {
        const input = [head.startsWith('eyJ') ? head : `eyJ${head}`, ...rest].join('.');
        const started = Date.now();
        const result = await verifyCredential(input, { documentLoader: issuer.documentLoader });
        expect(Date.now() - started).toBeLessThan(2000);
        expect(result.verified).toBe(false);
        expect(
          result.checks.every((check) => typeof check.message === 'string' && check.message.length > 0),
        ).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
