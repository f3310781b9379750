import { decodeProtectedHeader, importJWK, jwtVerify } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  useCredentialWorld,
  credentialJson,
  earnCredential,
  publishAnother,
} from '../../test-support/credential-world.js';
import { signIn } from '../../test-support/http.js';
import { jwkOfMultibase, thirdPartyLoader, vcVerify } from '../../test-support/third-party.js';

/**
 * A micro-credential with a validity period: the credential carries validUntil (and the JWT exp),
 * renewal is offered in its last 60 days, and once the test clock passes it every place shows it
 * expired — while the educator can start a renewal.
 */
const { w, call } = useCredentialWorld();
let mcId: string;
let id: string;
let credential: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
let jwt: string;

const EARNED = '2026-11-02T09:00:00Z';
const UNTIL = '2027-11-02T09:00:00Z';

beforeAll(async () => {
  w.deps.clock.set(EARNED);
  mcId = await publishAnother(w, { title: 'Expiring Practice', validityMonths: 12 });
  id = await earnCredential(w, mcId);
  credential = await credentialJson(w.app, id);
  jwt = (await call('GET', `/credentials/${id}.jwt`)).body.trim();
});

/** Signs in again: moving the clock by months ends the earlier session. */
const educatorNow = () => signIn(w.app, w.educator.email);
const mine = async () =>
  (await call('GET', '/api/v1/me/credentials', await educatorNow()))
    .json<{
      items: {
        id: string;
        status: string;
        validUntil: string | null;
        renewal: boolean;
        microCredentialId: string;
      }[];
    }>()
    .items.find((c) => c.id === id)!;
const verify = async (input: unknown) =>
  (await call('POST', '/api/v1/verify', undefined, { credential: input })).json<{
    verified: boolean;
    checks: { id: string; valid: boolean; message: string }[];
  }>();
const jwtKey = async () => {
  const kid = decodeProtectedHeader(jwt).kid!;
  const did = (await call('GET', `/issuers/${credential.issuer.id.split(':').pop()}/did.json`)).json();
  const method = did.verificationMethod.find((m: { id: string }) => m.id === kid);
  return importJWK(jwkOfMultibase(method.publicKeyMultibase), 'EdDSA');
};

describe('a credential with a validity period', () => {
  it('carries validUntil = earned + 12 months, and the JWT exp', async () => {
    expect(credential.validFrom).toBe(EARNED);
    expect(credential.validUntil).toBe(UNTIL);
    const { payload } = await jwtVerify(jwt, await jwtKey(), { currentDate: new Date(EARNED) });
    expect(payload.exp).toBe(Date.parse(UNTIL) / 1000);
    expect(await mine()).toMatchObject({ status: 'valid', validUntil: UNTIL, renewal: false });
    expect((await verify(credential)).verified).toBe(true);
  });

  it('offers renewal in the last 60 days, still valid', async () => {
    w.deps.clock.set('2027-08-01T09:00:00Z');
    expect((await mine()).renewal).toBe(false);
    w.deps.clock.set('2027-09-10T09:00:00Z');
    expect(await mine()).toMatchObject({ status: 'valid', renewal: true });
    expect((await verify(credential)).verified).toBe(true);
  });

  it('past validUntil: expired in my credentials, the dates check fails, the page says Expired', async () => {
    w.deps.clock.set('2027-11-02T09:00:01Z');
    expect(await mine()).toMatchObject({ status: 'expired', renewal: true });
    for (const input of [credential, jwt]) {
      const r = await verify(input);
      expect(r.verified).toBe(false);
      expect(r.checks.find((c) => c.id === 'dates')?.valid).toBe(false);
      expect(r.checks.find((c) => c.id === 'proof')?.valid).toBe(true);
    }
    const page = await call('GET', `/credentials/${id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toMatch(/Expired/);
    // The issuer's list files it under "expired", not "valid".
    const admin = await signIn(w.app, w.admin.email);
    const listed = async (status: string) =>
      (await call('GET', `/api/v1/issuers/${w.issuer.id}/credentials?status=${status}`, admin))
        .json<{ items: { id: string; status: string }[] }>()
        .items.map((c) => c.id);
    expect(await listed('expired')).toEqual([id]);
    expect(await listed('valid')).not.toContain(id);
  });

  it('the third-party libraries agree it is expired', async () => {
    // A day past: @digitalbazaar/vc allows 5 minutes of clock skew.
    w.deps.clock.set('2027-11-03T09:00:00Z');
    const now = w.deps.clock.now();
    expect((await verify(credential)).verified).toBe(false);
    await expect(jwtVerify(jwt, await jwtKey(), { currentDate: now })).rejects.toThrow(/exp/);
    const did = (await call('GET', `/issuers/${credential.issuer.id.split(':').pop()}/did.json`)).json();
    const listUrl = credential.credentialStatus.statusListCredential;
    const list = (await call('GET', new URL(listUrl).pathname)).json();
    const loader = thirdPartyLoader({ [did.id]: did, [listUrl]: list });
    expect((await vcVerify(credential, loader, { now: new Date(EARNED) })).valid).toBe(true);
    expect((await vcVerify(credential, loader, { now })).valid).toBe(false);
  });

  it('the educator can start a renewal submission of the same micro-credential — not while it is suspended', async () => {
    const admin = await signIn(w.app, w.admin.email);
    const suspend = await call('POST', `/api/v1/credentials/${id}/suspend`, admin, {
      reason: 'Checking one artifact.',
    });
    expect(suspend.statusCode, suspend.body).toBe(200);
    const refused = await call('POST', '/api/v1/submissions', await educatorNow(), {
      microCredentialId: mcId,
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toMatch(/suspended/);
    expect((await call('POST', `/api/v1/credentials/${id}/unsuspend`, admin)).statusCode).toBe(200);
    const res = await call('POST', '/api/v1/submissions', await educatorNow(), { microCredentialId: mcId });
    expect(res.statusCode, res.body).toBe(201);
  });

  it('a credential with no validity period never expires or offers renewal', async () => {
    w.deps.clock.set(EARNED);
    const other = await earnCredential(w, w.mcId, await educatorNow());
    w.deps.clock.set('2040-01-01T00:00:00Z');
    const row = (await call('GET', '/api/v1/me/credentials', await educatorNow()))
      .json<{ items: { id: string; status: string; validUntil: string | null; renewal: boolean }[] }>()
      .items.find((c) => c.id === other);
    expect(row).toMatchObject({ status: 'valid', validUntil: null, renewal: false });
    expect((await credentialJson(w.app, other)).validUntil).toBeUndefined();
    expect((await verify(await credentialJson(w.app, other))).verified).toBe(true);
  });
});
