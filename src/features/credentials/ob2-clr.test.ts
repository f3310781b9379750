import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrg } from '../../test-support/factories.js';
import { ensureAllIssuerKeys } from '../issuance/issuer-keys.js';
import {
  anotherEducator,
  useCredentialWorld,
  credentialJson,
  earnCredential,
  publishAnother,
} from '../../test-support/credential-world.js';
import { thirdPartyLoader, vcVerify } from '../../test-support/third-party.js';

/**
 * Open Badges 2.0 hosted assertions (for LMSs and backpacks that read 2.0) and the educator's
 * whole record as a signed CLR 2.0 ClrCredential.
 */
const { w, call } = useCredentialWorld();
let platformSlug: string;

beforeAll(async () => {
  platformSlug = (await buildOrg(w.deps.db, 'platform', 'Microcred Platform')).slug;
  await ensureAllIssuerKeys(w.deps.db, w.deps.secret, w.deps.clock.now().toISOString());
});

const pathOf = (url: string) => new URL(url).pathname;

describe('Open Badges 2.0', () => {
  it('the Assertion hashes the email with its salt, and its badge and issuer URLs resolve', async () => {
    const id = await earnCredential(w);
    const res = await call('GET', `/credentials/${id}/ob2`);
    expect(res.statusCode, res.body).toBe(200);
    const a = res.json();
    expect(a['@context']).toBe('https://w3id.org/openbadges/v2');
    expect(a.type).toBe('Assertion');
    expect(a.id).toBe(`http://localhost:3000/credentials/${id}/ob2`);
    expect(a.verification).toEqual({ type: 'hosted' });
    expect(a.recipient).toMatchObject({ type: 'email', hashed: true });
    const expected = `sha256$${createHash('sha256')
      .update(w.educator.email + a.recipient.salt)
      .digest('hex')}`;
    expect(a.recipient.identity).toBe(expected);
    expect(res.body).not.toContain(w.educator.email);
    expect(Date.parse(a.issuedOn)).not.toBeNaN();
    // The OB 3.0 credential names the earner with the same salt.
    const ob3 = await credentialJson(w.app, id);
    expect(ob3.credentialSubject.identifier[0].salt).toBe(a.recipient.salt);

    const badge = await call('GET', pathOf(a.badge));
    expect(badge.statusCode).toBe(200);
    const b = badge.json();
    expect(b).toMatchObject({ type: 'BadgeClass', id: a.badge, name: 'Checking for Understanding' });
    expect(b.criteria).toBeDefined();
    expect(typeof b.image).toBe('string');
    const issuer = await call('GET', pathOf(b.issuer));
    expect(issuer.statusCode).toBe(200);
    expect(issuer.json()).toMatchObject({ type: 'Issuer', id: b.issuer, name: w.issuer.name });
    expect(issuer.json().url).toMatch(/^https?:\/\//);
  });

  it('a revoked credential’s Assertion is 410 with revoked: true and the reason', async () => {
    const id = await earnCredential(w, await publishAnother(w, { title: 'Soon Revoked' }));
    const reason = 'The evidence belonged to a colleague.';
    expect(
      (await call('POST', `/api/v1/credentials/${id}/revoke`, w.admin.cookie, { reason })).statusCode,
    ).toBe(200);
    const res = await call('GET', `/credentials/${id}/ob2`);
    expect(res.statusCode).toBe(410);
    expect(res.json()).toMatchObject({ revoked: true, revocationReason: reason });
  });

  it('unknown ids are 404, malformed 400', async () => {
    expect((await call('GET', '/credentials/00000000-0000-4000-8000-000000000000/ob2')).statusCode).toBe(404);
    expect((await call('GET', '/credentials/nope/ob2')).statusCode).toBe(400);
    expect((await call('GET', '/issuers/no-such-issuer/ob2')).statusCode).toBe(404);
  });
});

describe('CLR 2.0 learner record', () => {
  it('is a signed ClrCredential holding the educator’s credentials in good standing; @digitalbazaar/vc verifies it', async () => {
    const res = await call('GET', '/api/v1/me/clr', w.educator.cookie);
    expect(res.statusCode, res.body).toBe(200);
    const clr = res.json();
    expect(clr.type).toEqual(expect.arrayContaining(['VerifiableCredential', 'ClrCredential']));
    const held: { id: string }[] = clr.credentialSubject.verifiableCredential;
    const mine = (await call('GET', '/api/v1/me/credentials', w.educator.cookie)).json().items;
    const good = mine.filter((c: { status: string }) => c.status === 'valid');
    expect(good.length).toBeGreaterThan(0);
    expect(held.map((c) => c.id).sort()).toEqual(good.map((c: { url: string }) => c.url).sort());
    const revoked = mine.find((c: { status: string }) => c.status === 'revoked');
    expect(held.map((c) => c.id)).not.toContain(revoked.url);
    // Each embedded credential is exactly as issued.
    for (const c of held) expect(c).toEqual(await credentialJson(w.app, c.id.split('/').pop()!));

    const issuerId = typeof clr.issuer === 'string' ? clr.issuer : clr.issuer.id;
    const didRes = await call('GET', `/issuers/${platformSlug}/did.json`);
    expect(didRes.statusCode, 'the platform publishes its DID document').toBe(200);
    const did = didRes.json();
    expect(did.id).toBe(issuerId);
    const r = await vcVerify(clr, thirdPartyLoader({ [did.id]: did }));
    expect(r.verified, String(r.error)).toBe(true);
    const tampered = structuredClone(clr);
    tampered.credentialSubject.verifiableCredential.pop();
    expect((await vcVerify(tampered, thirdPartyLoader({ [did.id]: did }))).verified).toBe(false);
  });

  it('an educator with nothing earned gets a clear refusal; anonymous 401', async () => {
    const fresh = await anotherEducator(w);
    const res = await call('GET', '/api/v1/me/clr', fresh.cookie);
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
    expect(res.json().error.message).toMatch(/no credentials/i);
    expect((await call('GET', '/api/v1/me/clr')).statusCode).toBe(401);
  });
});
