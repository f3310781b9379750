import { beforeAll, describe, expect, it } from 'vitest';
import { createDocumentLoader, generateIssuerKeyPair, signPresentation } from '../../openbadges/index.js';
import { buildTestCredentialInput } from '../../openbadges/test-fixtures.js';
import { buildOpenBadgeCredential } from '../../openbadges/index.js';
import {
  anotherEducator,
  useCredentialWorld,
  credentialJson,
  earnCredential,
} from '../../test-support/credential-world.js';
import { thirdPartyLoader, vcVerify } from '../../test-support/third-party.js';

/**
 * The W3C VC-API: issuing with an issuer admin's API token, verifying credentials and
 * presentations for anyone; status codes as the VC-API gives them, never a 500.
 */
const { w, call } = useCredentialWorld();
let adminToken: string;
let adminTokenId: string;
let educatorToken: string;
let issuerDid: string;

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const makeToken = async (cookie: string, name = 'integration') => {
  const res = await call('POST', '/api/v1/me/tokens', cookie, { name });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string; token: string }>();
};
const issue = (credential: unknown, token?: string) =>
  w.app.inject({
    method: 'POST',
    url: '/credentials/issue',
    headers: token ? { authorization: `Bearer ${token}` } : {},
    payload: { credential } as object,
  });
const didDocument = async () => (await call('GET', `/issuers/${w.issuer.slug}/did.json`)).json();

beforeAll(async () => {
  ({ token: adminToken, id: adminTokenId } = await makeToken(w.admin.cookie));
  educatorToken = (await makeToken(w.educator.cookie)).token;
  issuerDid = (await call('GET', `/api/v1/issuers/${w.issuer.id}/keys`, w.admin.cookie)).json().did;
  expect(issuerDid).toMatch(/^did:web:/);
});

const v2Credential = (extra: Json = {}): Json => ({
  '@context': ['https://www.w3.org/ns/credentials/v2'],
  type: ['VerifiableCredential'],
  validFrom: '2026-01-01T00:00:00Z',
  credentialSubject: { id: 'did:example:teacher-7', name: 'Attended the spring workshop' },
  ...extra,
});
const v11Credential = (extra: Json = {}): Json => ({
  '@context': ['https://www.w3.org/2018/credentials/v1'],
  type: ['VerifiableCredential'],
  issuanceDate: '2026-01-01T00:00:00Z',
  credentialSubject: { id: 'did:example:teacher-8' },
  ...extra,
});

describe('POST /credentials/issue', () => {
  it('VC 2.0 without an issuer: 201, issuer filled in, signed with the issuer’s key (verified by @digitalbazaar/vc)', async () => {
    const res = await issue(v2Credential(), adminToken);
    expect(res.statusCode, res.body).toBe(201);
    const vc = res.json().verifiableCredential;
    const issuer = typeof vc.issuer === 'string' ? vc.issuer : vc.issuer.id;
    expect(issuer).toBe(issuerDid);
    const proof = [vc.proof].flat()[0];
    expect(proof).toMatchObject({ type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022' });
    expect(proof.verificationMethod.startsWith(`${issuerDid}#`)).toBe(true);
    const doc = await didDocument();
    const r = await vcVerify(vc, thirdPartyLoader({ [doc.id]: doc }));
    expect(r.verified, String(r.error)).toBe(true);
  });

  it('VC 1.1: 201 and verifies with @digitalbazaar/vc', async () => {
    const res = await issue(v11Credential(), adminToken);
    expect(res.statusCode, res.body).toBe(201);
    const vc = res.json().verifiableCredential;
    expect(vc['@context'][0]).toBe('https://www.w3.org/2018/credentials/v1');
    const doc = await didDocument();
    const r = await vcVerify(vc, thirdPartyLoader({ [doc.id]: doc }));
    expect(r.verified, String(r.error)).toBe(true);
  });

  it('an OB 3.0 credential naming its own issuer: 201, validates, verifies with our verifier', async () => {
    const input = buildTestCredentialInput(issuerDid, { validUntil: undefined });
    const res = await issue(buildOpenBadgeCredential(input), adminToken);
    expect(res.statusCode, res.body).toBe(201);
    const vc = res.json().verifiableCredential;
    expect(Array.isArray(vc.proof)).toBe(true);
    const verified = await call('POST', '/credentials/verify', undefined, { verifiableCredential: vc });
    expect(verified.statusCode, verified.body).toBe(200);
    expect(verified.json().verified).toBe(true);
  });

  it('another issuer’s id: 422; an undefined term (safe mode): 422; malformed: 400', async () => {
    const other = await issue(
      v2Credential({ issuer: 'did:web:example.org:issuers:someone-else' }),
      adminToken,
    );
    expect(other.statusCode, other.body).toBe(422);
    expect(other.body).toMatch(/not one you administer|issuer/i);
    const undefinedTerm = await issue(
      v11Credential({ credentialSubject: { id: 'did:example:1', favouriteColour: 'blue' } }),
      adminToken,
    );
    expect(undefinedTerm.statusCode, undefinedTerm.body).toBe(422);
    expect(undefinedTerm.body).toMatch(/favouriteColour/);
    for (const credential of ['a string', 5, null, []]) {
      expect((await issue(credential, adminToken)).statusCode, JSON.stringify(credential)).toBe(400);
    }
    const missing = await w.app.inject({
      method: 'POST',
      url: '/credentials/issue',
      headers: { authorization: `Bearer ${adminToken}` },
      payload: {},
    });
    expect(missing.statusCode).toBe(400);
    const structural = await issue({ '@context': ['https://www.w3.org/ns/credentials/v2'] }, adminToken);
    expect([400, 422]).toContain(structural.statusCode);
    const withProof = await issue(v2Credential({ proof: { type: 'DataIntegrityProof' } }), adminToken);
    expect([400, 422]).toContain(withProof.statusCode);
    const badContext = await issue(
      v2Credential({ '@context': ['https://evil.example/context.json'] }),
      adminToken,
    );
    expect([400, 422]).toContain(badContext.statusCode);
  });

  it('no token 401, a garbage token 401, an educator’s token 403, a revoked token 401', async () => {
    expect((await issue(v2Credential())).statusCode).toBe(401);
    expect((await issue(v2Credential(), 'mct_not-a-real-token')).statusCode).toBe(401);
    expect((await issue(v2Credential(), 'garbage')).statusCode).toBe(401);
    const edu = await issue(v2Credential(), educatorToken);
    expect(edu.statusCode, edu.body).toBe(403);
    // A session cookie is not an API token.
    const cookie = await call('POST', '/credentials/issue', w.admin.cookie, { credential: v2Credential() });
    expect(cookie.statusCode).toBe(401);
    const spare = await makeToken(w.admin.cookie, 'spare');
    expect((await issue(v2Credential(), spare.token)).statusCode).toBe(201);
    expect((await call('DELETE', `/api/v1/me/tokens/${spare.id}`, w.admin.cookie)).statusCode).toBe(204);
    expect((await issue(v2Credential(), spare.token)).statusCode).toBe(401);
    expect(adminTokenId).toBeTruthy();
  });
});

describe('POST /credentials/verify and /presentations/verify', () => {
  let good: Json;
  let tampered: Json;
  beforeAll(async () => {
    good = await credentialJson(w.app, await earnCredential(w));
    tampered = structuredClone(good);
    tampered.credentialSubject.achievement.name = 'Something Else Entirely';
  });

  it('a good credential: 200 verified; tampered: 422 with errors; malformed: 400', async () => {
    const ok = await call('POST', '/credentials/verify', undefined, { verifiableCredential: good });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ verified: true, errors: [] });
    const jwt = (await call('GET', `/credentials/${good.id.split('/').pop()}.jwt`)).body.trim();
    const okJwt = await call('POST', '/credentials/verify', undefined, { verifiableCredential: jwt });
    expect(okJwt.statusCode, okJwt.body).toBe(200);
    const bad = await call('POST', '/credentials/verify', undefined, { verifiableCredential: tampered });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().verified).toBe(false);
    expect(bad.json().errors.join(' ')).toMatch(/proof/);
    for (const body of [{}, { verifiableCredential: 5 }, { verifiableCredential: null }]) {
      expect(
        (await call('POST', '/credentials/verify', undefined, body)).statusCode,
        JSON.stringify(body),
      ).toBe(400);
    }
    const garbage = await call('POST', '/credentials/verify', undefined, { verifiableCredential: 'garbage' });
    expect([400, 422]).toContain(garbage.statusCode);
  });

  it('an unsigned presentation: 200 with one good credential, 422 with a tampered one', async () => {
    const vp = (vc: Json) => ({
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      type: ['VerifiablePresentation'],
      verifiableCredential: [vc],
    });
    const ok = await call('POST', '/presentations/verify', undefined, { verifiablePresentation: vp(good) });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().verified).toBe(true);
    const bad = await call('POST', '/presentations/verify', undefined, {
      verifiablePresentation: vp(tampered),
    });
    expect(bad.statusCode, bad.body).toBe(422);
    expect(bad.json().verified).toBe(false);
    const both = await call('POST', '/presentations/verify', undefined, {
      verifiablePresentation: { ...vp(good), verifiableCredential: [good, tampered] },
    });
    expect(both.statusCode).toBe(422);
    for (const body of [{}, { verifiablePresentation: 'x' }, { verifiablePresentation: { type: 5 } }]) {
      const res = await call('POST', '/presentations/verify', undefined, body);
      expect([400, 422], JSON.stringify(body)).toContain(res.statusCode);
    }
  });

  it('a presentation signed by its holder (did:key) with the challenge: 200; wrong or missing challenge: 422', async () => {
    const pair = await generateIssuerKeyPair();
    const holder = `did:key:${pair.publicKeyMultibase}`;
    const key = { verificationMethod: `${holder}#${pair.publicKeyMultibase}`, ...pair };
    const signed = await signPresentation(
      {
        '@context': ['https://www.w3.org/ns/credentials/v2'],
        type: ['VerifiablePresentation'],
        holder,
        verifiableCredential: [good],
      },
      key,
      createDocumentLoader(),
      { challenge: 'c-123', domain: 'verifier.example' },
    );
    const ok = await call('POST', '/presentations/verify', undefined, {
      verifiablePresentation: signed,
      options: { challenge: 'c-123', domain: 'verifier.example' },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().verified).toBe(true);
    const wrong = await call('POST', '/presentations/verify', undefined, {
      verifiablePresentation: signed,
      options: { challenge: 'other', domain: 'verifier.example' },
    });
    expect(wrong.statusCode, wrong.body).toBe(422);
    const none = await call('POST', '/presentations/verify', undefined, { verifiablePresentation: signed });
    expect(none.statusCode, none.body).toBe(422);
    const forged = structuredClone(signed);
    forged.holder = `did:key:${(await generateIssuerKeyPair()).publicKeyMultibase}`;
    const f = await call('POST', '/presentations/verify', undefined, {
      verifiablePresentation: forged,
      options: { challenge: 'c-123', domain: 'verifier.example' },
    });
    expect(f.statusCode).toBe(422);
  });

  it('another educator’s token cannot issue either; verify routes need no token', async () => {
    const other = await anotherEducator(w);
    const t = await makeToken(other.cookie);
    expect((await issue(v2Credential(), t.token)).statusCode).toBe(403);
    const withToken = await w.app.inject({
      method: 'POST',
      url: '/credentials/verify',
      headers: { authorization: `Bearer ${t.token}` },
      payload: { verifiableCredential: good },
    });
    expect(withToken.statusCode).toBe(200);
  });
});
