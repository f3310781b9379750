import { gunzipSync } from 'node:zlib';
import { decodeProtectedHeader, importJWK, jwtVerify } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractBakedCredential } from '../../openbadges/baking.js';
import {
  useCredentialWorld,
  credentialJson,
  earnCredential,
  multipartFile,
  publishAnother,
} from '../../test-support/credential-world.js';
import {
  jwkOfMultibase,
  officialOb3Validator,
  thirdPartyLoader,
  vcVerify,
} from '../../test-support/third-party.js';

/**
 * What an earned credential carries, in every format the server offers, checked with the
 * ecosystem's libraries (ajv + official schema, jose, @digitalbazaar/vc + Bitstring Status List).
 */
const { w, call } = useCredentialWorld();
let ids: string[];

beforeAll(async () => {
  ids = [await earnCredential(w)];
  // Two more credentials of the same issuer, to see that status list positions are random.
  for (const title of ['Second Practice', 'Third Practice']) {
    ids.push(await earnCredential(w, await publishAnother(w, { title })));
  }
});

const OB3_SCHEMA =
  'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json';

/** The DID document and status list as our public endpoints serve them, for third-party loaders. */
async function published(credential: {
  issuer: { id: string };
  credentialStatus: { statusListCredential: string };
}) {
  const slug = credential.issuer.id.split(':').pop()!;
  const did = await call('GET', `/issuers/${slug}/did.json`);
  expect(did.statusCode).toBe(200);
  const listUrl = credential.credentialStatus.statusListCredential;
  const list = await call('GET', new URL(listUrl).pathname);
  expect(list.statusCode).toBe(200);
  return { didDocument: did.json(), listUrl, list: list.json() };
}

describe('an earned credential (JSON, embedded proof)', () => {
  it('names the official schema, carries one revocation status entry and a proof array, and validates', async () => {
    const credential = await credentialJson(w.app, ids[0]!);
    expect(credential.credentialSchema).toEqual(
      expect.arrayContaining([{ id: OB3_SCHEMA, type: '1EdTechJsonSchemaValidator2019' }]),
    );
    expect(credential['@context']).toContain('https://purl.imsglobal.org/spec/ob/v3p0/extensions.json');
    expect(Array.isArray(credential.credentialStatus)).toBe(false);
    expect(credential.credentialStatus).toMatchObject({
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: expect.stringMatching(/^\d+$/),
      statusListCredential: expect.stringMatching(/^http:\/\/localhost:3000\/status-lists\//),
    });
    expect(Array.isArray(credential.proof)).toBe(true);
    expect(credential.proof).toHaveLength(1);
    expect(credential.proof[0]).toMatchObject({
      type: 'DataIntegrityProof',
      cryptosuite: 'eddsa-rdfc-2022',
      proofPurpose: 'assertionMethod',
    });
    const validate = officialOb3Validator();
    expect(validate(credential), JSON.stringify(validate.errors)).toBe(true);
  });

  it('each credential gets a random index in a list of at least 131,072 entries', async () => {
    const credentials = await Promise.all(ids.map((id) => credentialJson(w.app, id)));
    const { list } = await published(credentials[0]);
    expect(list.type).toContain('BitstringStatusListCredential');
    const encoded: string = list.credentialSubject.encodedList;
    const bits = gunzipSync(Buffer.from(encoded.replace(/^u/, ''), 'base64url'));
    expect(bits.length * 8).toBeGreaterThanOrEqual(131072);
    const indexes = credentials.map((c) => Number(c.credentialStatus.statusListIndex));
    for (const i of indexes) expect(i).toBeLessThan(bits.length * 8);
    expect(new Set(indexes).size).toBe(indexes.length);
    // Sequential positions (0, 1, 2…) would tell who was issued when; random ones almost never are small.
    expect(indexes.filter((i) => i < 1000).length).toBeLessThan(2);
    expect(Math.abs(indexes[1]! - indexes[0]!) === 1 && Math.abs(indexes[2]! - indexes[1]!) === 1).toBe(
      false,
    );
  });

  it('verifies through POST /api/v1/verify as an object and as JSON text', async () => {
    const credential = await credentialJson(w.app, ids[0]!);
    for (const body of [credential, JSON.stringify(credential)]) {
      const res = await call('POST', '/api/v1/verify', undefined, { credential: body });
      expect(res.statusCode).toBe(200);
      expect(res.json().verified, res.body).toBe(true);
    }
  });
});

describe('the VC-JWT copy', () => {
  it('is served as application/vc+jwt with header exactly {alg, kid, typ} and the registered claims', async () => {
    const credential = await credentialJson(w.app, ids[0]!);
    const res = await call('GET', `/credentials/${ids[0]}.jwt`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/vc\+jwt/);
    const jwt = res.body.trim();
    const header = decodeProtectedHeader(jwt);
    expect(Object.keys(header).sort()).toEqual(['alg', 'kid', 'typ']);
    expect(header).toMatchObject({ alg: 'EdDSA', typ: 'JWT' });
    const { didDocument } = await published(credential);
    const method = didDocument.verificationMethod.find((m: { id: string }) => m.id === header.kid);
    expect(method, `kid ${header.kid} is not in the DID document`).toBeDefined();
    expect(didDocument.assertionMethod).toContain(header.kid);
    const key = await importJWK(jwkOfMultibase(method.publicKeyMultibase), 'EdDSA');
    const { payload } = await jwtVerify(jwt, key, { currentDate: w.deps.clock.now() });
    expect(payload.iss).toBe(credential.issuer.id);
    expect(payload.jti).toBe(credential.id);
    expect(payload.sub).toBe(credential.credentialSubject.id);
    expect(payload.nbf).toBe(Math.floor(Date.parse(credential.validFrom) / 1000));
    expect(payload.exp).toBeUndefined();
    expect(payload.proof).toBeUndefined();
    expect(payload.credentialSubject).toEqual(credential.credentialSubject);
    expect(payload.credentialStatus).toEqual(credential.credentialStatus);
  });

  it('verifies through POST /api/v1/verify, and a tampered JWT does not', async () => {
    const jwt = (await call('GET', `/credentials/${ids[0]}.jwt`)).body.trim();
    const ok = await call('POST', '/api/v1/verify', undefined, { credential: jwt });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().verified, ok.body).toBe(true);
    const [h, p, s] = jwt.split('.');
    const claims = JSON.parse(Buffer.from(p!, 'base64url').toString('utf8'));
    claims.credentialSubject.achievement.name = 'Something Else';
    const forged = `${h}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${s}`;
    const bad = await call('POST', '/api/v1/verify', undefined, { credential: forged });
    expect(bad.statusCode).toBe(200);
    expect(bad.json().verified).toBe(false);
    expect(bad.json().checks.find((c: { id: string }) => c.id === 'proof').valid).toBe(false);
  });
});

describe('baked badge images', () => {
  for (const [ext, type] of [
    ['png', 'image/png'],
    ['svg', 'image/svg+xml'],
  ] as const) {
    it(`.${ext} carries the credential, and uploading it to POST /api/v1/verify verifies`, async () => {
      const credential = await credentialJson(w.app, ids[0]!);
      const res = await call('GET', `/credentials/${ids[0]}.${ext}`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain(type);
      const bytes = res.rawPayload;
      const baked = extractBakedCredential(bytes);
      expect('error' in baked ? baked.error : baked.kind).toBe(ext);
      const text = (baked as { credential?: string }).credential!;
      expect(text).toBeDefined();
      expect(JSON.parse(text)).toEqual(credential);
      const upload = multipartFile(bytes, `badge.${ext}`, type);
      const verified = await w.app.inject({
        method: 'POST',
        url: '/api/v1/verify',
        headers: upload.headers,
        payload: upload.payload,
      });
      expect(verified.statusCode, verified.body).toBe(200);
      expect(verified.json().verified, verified.body).toBe(true);
    });
  }
});

describe('@digitalbazaar/vc agrees, with the DID document and status list as published', () => {
  it('valid before revocation, revoked (status fails) after', async () => {
    const id = ids[2]!;
    const credential = await credentialJson(w.app, id);
    const before = await published(credential);
    const loaderOf = (p: typeof before) =>
      thirdPartyLoader({ [p.didDocument.id]: p.didDocument, [p.listUrl]: p.list });
    const ok = await vcVerify(credential, loaderOf(before));
    expect(ok.error).toBeUndefined();
    expect(ok.verified).toBe(true);
    expect(ok.valid).toBe(true);
    const revoked = await call('POST', `/api/v1/credentials/${id}/revoke`, w.admin.cookie, {
      reason: 'Issued in error during testing.',
    });
    expect(revoked.statusCode).toBe(200);
    const after = await published(credential);
    expect(after.list.credentialSubject.encodedList).not.toBe(before.list.credentialSubject.encodedList);
    const no = await vcVerify(credential, loaderOf(after));
    expect(no.revoked).toBe(true);
    expect(no.valid).toBe(false);
    // The list itself is still properly signed: the failure is the revocation bit, not a broken list.
    const listAlone = await vcVerify(after.list, loaderOf(after), { checkStatus: false });
    expect(listAlone.verified, String(listAlone.error)).toBe(true);
  });
});
