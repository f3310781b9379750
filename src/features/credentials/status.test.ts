import { beforeAll, describe, expect, it } from 'vitest';
import {
  useCredentialWorld,
  credentialJson,
  earnCredential,
  publishAnother,
} from '../../test-support/credential-world.js';
import { thirdPartyLoader, vcVerify } from '../../test-support/third-party.js';

/**
 * Revocation, suspension and restoring through the API, and every place that shows it: the status
 * list (signed, cacheable), the public page, the verifier (JSON and JWT), the educator's list and
 * notifications. Access: only the issuing organization's admins.
 */
const { w, call } = useCredentialWorld();

type Check = { id: string; valid: boolean; message: string };
const verify = async (credential: unknown) => {
  const res = await call('POST', '/api/v1/verify', undefined, { credential });
  expect(res.statusCode).toBe(200);
  return res.json<{ verified: boolean; checks: Check[] }>();
};
const check = (r: { checks: Check[] }, id: string) => r.checks.find((c) => c.id === id);
const mine = async (id: string) =>
  (await call('GET', '/api/v1/me/credentials', w.educator.cookie))
    .json<{ items: { id: string; status: string; statusReason: string | null }[] }>()
    .items.find((c) => c.id === id);
const notifications = async () =>
  (await call('GET', '/api/v1/me/notifications', w.educator.cookie)).json<{
    items: { kind: string; title: string; body: string; link: string | null }[];
  }>().items;

describe('the status list', () => {
  it('is a signed BitstringStatusListCredential, cacheable with an ETag that changes on revocation', async () => {
    const id = await earnCredential(w);
    const credential = await credentialJson(w.app, id);
    const path = new URL(credential.credentialStatus.statusListCredential).pathname;
    const first = await call('GET', path);
    expect(first.statusCode).toBe(200);
    const list = first.json();
    expect(list.type).toEqual(['VerifiableCredential', 'BitstringStatusListCredential']);
    expect(list.issuer).toBe(credential.issuer.id);
    expect(list.credentialSubject).toMatchObject({
      type: 'BitstringStatusList',
      statusPurpose: 'revocation',
    });
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[^"]+"$/);
    expect(String(first.headers['cache-control'])).toMatch(/max-age=\d+/);
    // Signed by the issuer: @digitalbazaar/vc verifies it with the published DID document.
    const slug = credential.issuer.id.split(':').pop();
    const did = (await call('GET', `/issuers/${slug}/did.json`)).json();
    const listVerdict = await vcVerify(list, thirdPartyLoader({ [did.id]: did }), { checkStatus: false });
    expect(listVerdict.verified, String(listVerdict.error)).toBe(true);

    const again = await call('GET', path, undefined, undefined, { 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');

    const revoked = await call('POST', `/api/v1/credentials/${id}/revoke`, w.admin.cookie, {
      reason: 'Evidence was found to be plagiarised.',
    });
    expect(revoked.statusCode).toBe(200);
    const after = await call('GET', path, undefined, undefined, { 'if-none-match': etag });
    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).not.toBe(etag);
    expect(after.json().credentialSubject.encodedList).not.toBe(list.credentialSubject.encodedList);
  });

  it('an unknown list is 404 and a malformed id is 400, not 500', async () => {
    expect((await call('GET', '/status-lists/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await call('GET', '/status-lists/nope')).statusCode).toBe(400);
  });
});

describe('revoke', () => {
  let id: string;
  let credential: Record<string, unknown>;
  let jwt: string;
  const reason = 'The submitted lesson plan was not the educator’s own work.';

  beforeAll(async () => {
    id = await earnCredential(w, await publishAnother(w, { title: 'Revocable Practice' }));
    credential = await credentialJson(w.app, id);
    jwt = (await call('GET', `/credentials/${id}.jwt`)).body;
    // Verified once first, so a cached verdict would show if revocation failed to reach it.
    expect((await verify(credential)).verified).toBe(true);
    expect((await verify(jwt)).verified).toBe(true);
  });

  it('answers 200 with the new status and reason', async () => {
    const res = await call('POST', `/api/v1/credentials/${id}/revoke`, w.admin.cookie, { reason });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id, status: 'revoked', reason });
    expect(Date.parse(res.json().changedAt)).not.toBeNaN();
  });

  it('the verifier reports the status check failed (JSON and JWT), even for bytes it verified before', async () => {
    for (const input of [credential, jwt, JSON.stringify(credential)]) {
      const r = await verify(input);
      expect(r.verified).toBe(false);
      expect(check(r, 'status')?.valid).toBe(false);
      expect(check(r, 'proof')?.valid).toBe(true);
    }
  });

  it("the public page says Revoked, with the issuer's reason", async () => {
    const page = await call('GET', `/credentials/${id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toMatch(/Revoked/);
    expect(page.body).toContain('Reason given by the issuer');
    expect(page.body).not.toMatch(/>\s*Valid\s*</);
  });

  it('the educator sees it revoked with the reason, and was notified', async () => {
    expect(await mine(id)).toMatchObject({ status: 'revoked', statusReason: reason });
    const n = (await notifications()).find((x) => x.kind === 'credential.revoke' && x.link?.endsWith(id));
    expect(n).toBeDefined();
    expect(n!.body).toContain(reason);
  });

  it('the issuer’s list shows it revoked with the reason', async () => {
    const list = (
      await call('GET', `/api/v1/issuers/${w.issuer.id}/credentials?status=revoked`, w.admin.cookie)
    ).json();
    expect(list.items.find((c: { id: string }) => c.id === id)).toMatchObject({
      status: 'revoked',
      statusReason: reason,
    });
  });

  it('cannot be revoked, suspended or restored again: 409 INVALID_STATE', async () => {
    for (const action of ['revoke', 'suspend', 'unsuspend']) {
      const res = await call('POST', `/api/v1/credentials/${id}/${action}`, w.admin.cookie, {
        reason: 'Once more.',
      });
      expect(res.statusCode, action).toBe(409);
      expect(res.json().error.code).toBe('INVALID_STATE');
    }
    expect(await mine(id)).toMatchObject({ status: 'revoked', statusReason: reason });
  });
});

describe('suspend and unsuspend', () => {
  let id: string;
  let credential: Record<string, unknown>;
  const reason = 'Under review after a complaint.';

  beforeAll(async () => {
    id = await earnCredential(w, await publishAnother(w, { title: 'Suspendable Practice' }));
    credential = await credentialJson(w.app, id);
    expect((await verify(credential)).verified).toBe(true);
  });

  it('suspend: 200, shown everywhere, educator told', async () => {
    const res = await call('POST', `/api/v1/credentials/${id}/suspend`, w.admin.cookie, { reason });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id, status: 'suspended', reason });
    const r = await verify(credential);
    expect(r.verified).toBe(false);
    expect(check(r, 'status')?.valid).toBe(false);
    expect(check(r, 'status')?.message).toMatch(/suspend/i);
    expect((await call('GET', `/credentials/${id}`)).body).toMatch(/Suspended/);
    expect(await mine(id)).toMatchObject({ status: 'suspended', statusReason: reason });
    expect(
      (await notifications()).some((n) => n.kind === 'credential.suspend' && n.body.includes(reason)),
    ).toBe(true);
  });

  it('suspending twice is 409 INVALID_STATE', async () => {
    const res = await call('POST', `/api/v1/credentials/${id}/suspend`, w.admin.cookie, { reason });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('INVALID_STATE');
  });

  it('unsuspend restores a valid credential everywhere', async () => {
    const res = await call('POST', `/api/v1/credentials/${id}/unsuspend`, w.admin.cookie, {});
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id, status: 'valid' });
    expect((await verify(credential)).verified).toBe(true);
    expect(await mine(id)).toMatchObject({ status: 'valid', statusReason: null });
    const page = (await call('GET', `/credentials/${id}`)).body;
    expect(page).not.toMatch(/Suspended/);
    expect((await notifications()).some((n) => n.kind === 'credential.unsuspend')).toBe(true);
    const twice = await call('POST', `/api/v1/credentials/${id}/unsuspend`, w.admin.cookie, {});
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('INVALID_STATE');
  });

  it('unsuspend with no body at all is accepted', async () => {
    await call('POST', `/api/v1/credentials/${id}/suspend`, w.admin.cookie, { reason });
    const res = await w.app.inject({
      method: 'POST',
      url: `/api/v1/credentials/${id}/unsuspend`,
      headers: { cookie: w.admin.cookie },
    });
    expect(res.statusCode, res.body).toBe(200);
  });

  it('a suspended credential can then be revoked', async () => {
    await call('POST', `/api/v1/credentials/${id}/suspend`, w.admin.cookie, { reason });
    const res = await call('POST', `/api/v1/credentials/${id}/revoke`, w.admin.cookie, {
      reason: 'Confirmed.',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('revoked');
    expect((await verify(credential)).verified).toBe(false);
  });
});

describe('concurrent revocations in one list', () => {
  it('both bits end up set in the published list', async () => {
    const a = await earnCredential(w, await publishAnother(w, { title: 'Race A' }));
    const b = await earnCredential(w, await publishAnother(w, { title: 'Race B' }));
    const [ca, cb] = [await credentialJson(w.app, a), await credentialJson(w.app, b)];
    expect(ca.credentialStatus.statusListCredential).toBe(cb.credentialStatus.statusListCredential);
    const results = await Promise.all(
      [a, b].map((id) =>
        call('POST', `/api/v1/credentials/${id}/revoke`, w.admin.cookie, { reason: 'Both at once.' }),
      ),
    );
    expect(results.map((r) => r.statusCode)).toEqual([200, 200]);
    const listUrl = ca.credentialStatus.statusListCredential;
    const list = (await call('GET', new URL(listUrl).pathname)).json();
    const did = (await call('GET', `/issuers/${ca.issuer.id.split(':').pop()}/did.json`)).json();
    for (const c of [ca, cb]) {
      const r = await vcVerify(c, thirdPartyLoader({ [did.id]: did, [listUrl]: list }));
      expect(r.verified, String(r.error)).toBe(true);
      expect(r.revoked).toBe(true);
    }
  });
});

describe('reasons and access', () => {
  let id: string;
  beforeAll(async () => {
    id = await earnCredential(w, await publishAnother(w, { title: 'Guarded Practice' }));
  });

  it('a missing, blank or too short reason is 400', async () => {
    for (const action of ['revoke', 'suspend']) {
      for (const body of [{}, { reason: '' }, { reason: '  a ' }, { reason: 'ab' }, { reason: 5 }]) {
        const res = await call('POST', `/api/v1/credentials/${id}/${action}`, w.admin.cookie, body);
        expect(res.statusCode, `${action} ${JSON.stringify(body)}`).toBe(400);
      }
    }
    expect(await mine(id)).toMatchObject({ status: 'valid' });
  });

  it('anonymous 401; the educator, an assessor and another issuer’s admin 403', async () => {
    const body = { reason: 'Not allowed to do this.' };
    for (const action of ['revoke', 'suspend', 'unsuspend']) {
      expect((await call('POST', `/api/v1/credentials/${id}/${action}`, undefined, body)).statusCode).toBe(
        401,
      );
      for (const who of [w.educator, w.assessor, w.otherAdmin]) {
        const res = await call('POST', `/api/v1/credentials/${id}/${action}`, who.cookie, body);
        expect(res.statusCode, `${action} by ${who.email}`).toBe(403);
      }
    }
    expect(await mine(id)).toMatchObject({ status: 'valid' });
  });

  it('an unknown credential is 404', async () => {
    const res = await call(
      'POST',
      '/api/v1/credentials/00000000-0000-4000-8000-000000000000/revoke',
      w.admin.cookie,
      {
        reason: 'No such thing.',
      },
    );
    expect(res.statusCode).toBe(404);
  });
});
