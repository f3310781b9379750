import { decodeProtectedHeader, importJWK, jwtVerify } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  useCredentialWorld,
  credentialJson,
  earnCredential,
  publishAnother,
} from '../../test-support/credential-world.js';
import {
  didKeyDocument,
  jwkOfMultibase,
  thirdPartyLoader,
  vcVerify,
} from '../../test-support/third-party.js';

/**
 * Key rotation, retiring a compromised key (with bulk re-issue), and a did:key identity, through the
 * API; each outcome checked by our verifier and by @digitalbazaar/vc / jose with what we publish.
 */
const { w, call } = useCredentialWorld();

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type Key = {
  id: string;
  keyId: string;
  status: string;
  verificationMethod: string;
  credentialsSigned: number;
};

const keys = async () => {
  const res = await call('GET', `/api/v1/issuers/${w.issuer.id}/keys`, w.admin.cookie);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ didMethod: string; did: string | null; keys: Key[] }>();
};
const didDoc = async () => call('GET', `/issuers/${w.issuer.slug}/did.json`);
const verify = async (credential: unknown) =>
  (await call('POST', '/api/v1/verify', undefined, { credential })).json<{
    verified: boolean;
    checks: { id: string; valid: boolean; message: string }[];
  }>();

/** @digitalbazaar/vc with the issuer's DID document and the status list exactly as served now. */
async function thirdParty(credential: Json) {
  const documents: Record<string, object> = {};
  if (credential.issuer.id.startsWith('did:web:')) {
    const did = await didDoc();
    if (did.statusCode === 200) documents[did.json().id] = did.json();
  }
  const listUrl = credential.credentialStatus.statusListCredential;
  const list = await call('GET', new URL(listUrl).pathname);
  if (list.statusCode === 200) documents[listUrl] = list.json();
  return vcVerify(credential, thirdPartyLoader(documents));
}

/** jose verifies the JWT with the key its kid names (from the DID document, or the did:key itself). */
async function joseVerifies(jwt: string) {
  const kid = decodeProtectedHeader(jwt).kid!;
  const doc = kid.startsWith('did:key:') ? didKeyDocument(kid.split('#')[0]!) : (await didDoc()).json();
  const method = doc.verificationMethod.find((m: { id: string }) => m.id === kid);
  if (!method) return false;
  try {
    await jwtVerify(jwt, await importJWK(jwkOfMultibase(method.publicKeyMultibase), 'EdDSA'), {
      currentDate: w.deps.clock.now(),
    });
    return true;
  } catch {
    return false;
  }
}

describe('rotation and a compromised key (did:web)', () => {
  let c1: string;
  let c1Before: Json;
  let c1JwtBefore: string;
  let c2: string;

  it('the first credential is signed with key-1, the only key', async () => {
    c1 = await earnCredential(w);
    c1Before = await credentialJson(w.app, c1);
    c1JwtBefore = (await call('GET', `/credentials/${c1}.jwt`)).body.trim();
    expect(c1Before.proof[0].verificationMethod).toMatch(/#key-1$/);
    const k = await keys();
    expect(k.didMethod).toBe('web');
    expect(k.keys).toHaveLength(1);
    expect(k.keys[0]).toMatchObject({ keyId: 'key-1', status: 'active', credentialsSigned: 1 });
  });

  it('rotate: new credentials are signed with key-2; key-1 stays published and its credentials verify', async () => {
    const rotated = await call('POST', `/api/v1/issuers/${w.issuer.id}/keys/rotate`, w.admin.cookie);
    expect(rotated.statusCode, rotated.body).toBe(200);
    const k = rotated.json<{ keys: Key[] }>().keys;
    expect(k.find((x) => x.keyId === 'key-2')?.status).toBe('active');
    expect(k.find((x) => x.keyId === 'key-1')?.status).toBe('retired');
    const doc = (await didDoc()).json();
    const listed = doc.verificationMethod.map((m: { id: string }) => m.id.split('#')[1]);
    expect(listed).toEqual(expect.arrayContaining(['key-1', 'key-2']));
    expect(doc.assertionMethod).toHaveLength(2);

    c2 = await earnCredential(w, await publishAnother(w, { title: 'After Rotation' }));
    const second = await credentialJson(w.app, c2);
    expect(second.proof[0].verificationMethod).toMatch(/#key-2$/);
    const jwt2 = (await call('GET', `/credentials/${c2}.jwt`)).body.trim();
    expect(decodeProtectedHeader(jwt2).kid).toMatch(/#key-2$/);
    expect(await joseVerifies(jwt2)).toBe(true);

    for (const c of [c1Before, second]) {
      expect((await verify(c)).verified).toBe(true);
      const tp = await thirdParty(c);
      expect(tp.valid, String(tp.error)).toBe(true);
    }
    expect(await joseVerifies(c1JwtBefore)).toBe(true);
    expect((await verify(c1JwtBefore)).verified).toBe(true);
  });

  it('retiring key-1 as compromised drops it from the DID document and re-signs what it signed', async () => {
    const key1 = (await keys()).keys.find((k) => k.keyId === 'key-1')!;
    const res = await call(
      'POST',
      `/api/v1/issuers/${w.issuer.id}/keys/${key1.id}/compromised`,
      w.admin.cookie,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().reissued).toBe(1);
    expect(res.json().keys.find((k: Key) => k.keyId === 'key-1').status).toBe('compromised');
    const doc = (await didDoc()).json();
    expect(doc.verificationMethod.map((m: { id: string }) => m.id)).not.toContainEqual(
      expect.stringMatching(/#key-1$/),
    );
    expect(JSON.stringify(doc)).not.toContain(key1.verificationMethod);

    const now = await credentialJson(w.app, c1);
    expect(now).not.toEqual(c1Before);
    expect(now.id).toBe(c1Before.id);
    expect(now.credentialSubject).toEqual(c1Before.credentialSubject);
    expect(now.proof[0].verificationMethod).toMatch(/#key-2$/);
    expect((await verify(now)).verified).toBe(true);
    const tp = await thirdParty(now);
    expect(tp.valid, String(tp.error)).toBe(true);
    const jwt = (await call('GET', `/credentials/${c1}.jwt`)).body.trim();
    expect(jwt).not.toBe(c1JwtBefore);
    expect(decodeProtectedHeader(jwt).kid).toMatch(/#key-2$/);
    expect(await joseVerifies(jwt)).toBe(true);
    expect((await verify(jwt)).verified).toBe(true);

    const listed = (await call('GET', `/api/v1/issuers/${w.issuer.id}/credentials`, w.admin.cookie)).json();
    expect(listed.items.find((c: { id: string }) => c.id === c1).reissuedAt).not.toBeNull();
    expect(listed.items.find((c: { id: string }) => c.id === c2).reissuedAt).toBeNull();
    const notes = (await call('GET', '/api/v1/me/notifications', w.educator.cookie)).json().items;
    expect(
      notes.some(
        (n: { kind: string; link: string }) => n.kind === 'credential.reissued' && n.link.endsWith(c1),
      ),
    ).toBe(true);
    // The credential signed by key-2 is untouched.
    expect((await verify(await credentialJson(w.app, c2))).verified).toBe(true);
  });

  it('copies saved before no longer verify, for us or for the third-party libraries', async () => {
    const old = await verify(c1Before);
    expect(old.verified).toBe(false);
    const failed = old.checks.filter((c) => !c.valid).map((c) => c.id);
    expect(failed.some((id) => ['proof', 'issuer', 'status'].includes(id))).toBe(true);
    expect((await verify(c1JwtBefore)).verified).toBe(false);
    expect(await joseVerifies(c1JwtBefore)).toBe(false);
    expect((await thirdParty(c1Before)).valid).toBe(false);
  });

  it('retiring the key in use makes a new one, re-signs its credentials, and cannot be done twice', async () => {
    const key2 = (await keys()).keys.find((k) => k.keyId === 'key-2')!;
    const res = await call(
      'POST',
      `/api/v1/issuers/${w.issuer.id}/keys/${key2.id}/compromised`,
      w.admin.cookie,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().reissued).toBe(2);
    const active = res.json().keys.filter((k: Key) => k.status === 'active');
    expect(active).toHaveLength(1);
    expect(active[0].keyId).toBe('key-3');
    for (const id of [c1, c2]) {
      const c = await credentialJson(w.app, id);
      expect(c.proof[0].verificationMethod).toMatch(/#key-3$/);
      expect((await verify(c)).verified).toBe(true);
      const tp = await thirdParty(c);
      expect(tp.valid, String(tp.error)).toBe(true);
    }
    const again = await call(
      'POST',
      `/api/v1/issuers/${w.issuer.id}/keys/${key2.id}/compromised`,
      w.admin.cookie,
    );
    // Asking again finishes any interrupted re-signing; here nothing is left to re-sign.
    expect(again.statusCode).toBe(200);
    expect(again.json().reissued).toBe(0);
  });

  it('every status list the issuer serves is still signed by a key in its DID document', async () => {
    const rows = await w.deps.db
      .selectFrom('status_lists')
      .select('id')
      .where('issuer_id', '=', w.issuer.id)
      .execute();
    const doc = (await didDoc()).json();
    for (const { id } of rows) {
      const list = (await call('GET', `/status-lists/${id}`)).json();
      const r = await vcVerify(list, thirdPartyLoader({ [doc.id]: doc }), { checkStatus: false });
      expect(r.verified, `status list ${id}: ${String(r.error)}`).toBe(true);
    }
  });
});

describe('did:key identity', () => {
  let webCredential: Json;
  let keyCredentialId: string;
  let keyCredential: Json;

  beforeAll(async () => {
    const mine = (await call('GET', `/api/v1/issuers/${w.issuer.id}/credentials`, w.admin.cookie)).json();
    webCredential = await credentialJson(w.app, mine.items[0].id);
    expect(webCredential.issuer.id).toMatch(/^did:web:/);
  });

  it('PUT identity {didMethod: "key"}: the next credential is issued by did:key:z…', async () => {
    const res = await call('PUT', `/api/v1/issuers/${w.issuer.id}/identity`, w.admin.cookie, {
      didMethod: 'key',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().didMethod).toBe('key');
    expect(res.json().did).toMatch(/^did:key:z6Mk/);
    keyCredentialId = await earnCredential(w, await publishAnother(w, { title: 'Offline Practice' }));
    keyCredential = await credentialJson(w.app, keyCredentialId);
    expect(keyCredential.issuer.id).toBe(res.json().did);
    const did = keyCredential.issuer.id as string;
    expect(keyCredential.proof[0].verificationMethod).toBe(`${did}#${did.slice('did:key:'.length)}`);
    const profile = await call('GET', `/issuers/${w.issuer.slug}`, undefined, undefined, {
      accept: 'application/json',
    });
    expect(profile.json().id).toBe(did);
  });

  it('verifies through /api/v1/verify, and offline with @digitalbazaar/vc (contexts + did:key only)', async () => {
    expect((await verify(keyCredential)).verified).toBe(true);
    const offline = await vcVerify(keyCredential, thirdPartyLoader({}), { checkStatus: false });
    expect(offline.verified, String(offline.error)).toBe(true);
    const tp = await thirdParty(keyCredential);
    expect(tp.valid, String(tp.error)).toBe(true);
    const jwt = (await call('GET', `/credentials/${keyCredentialId}.jwt`)).body.trim();
    expect(decodeProtectedHeader(jwt).kid).toBe(keyCredential.proof[0].verificationMethod);
    expect(await joseVerifies(jwt)).toBe(true);
    expect((await verify(jwt)).verified).toBe(true);
  });

  it('credentials issued earlier under did:web still verify after the switch', async () => {
    const doc = await didDoc();
    // Indented text: other bytes than before, so no cached verdict answers.
    const ours = await verify(JSON.stringify(webCredential, null, 2));
    expect(ours.verified, JSON.stringify(ours.checks.filter((c) => !c.valid))).toBe(true);
    expect(doc.statusCode, 'the did:web document must stay published for credentials it signed').toBe(200);
    const tp = await thirdParty(webCredential);
    expect(tp.valid, String(tp.error)).toBe(true);
  });

  it('revoking a did:web credential after the switch re-signs its list as the did:web issuer', async () => {
    const id = String(webCredential.id).split('/').pop()!;
    const revoked = await call('POST', `/api/v1/credentials/${id}/revoke`, w.admin.cookie, {
      reason: 'Issued by mistake.',
    });
    expect(revoked.statusCode, revoked.body).toBe(200);
    const tp = await thirdParty(webCredential);
    expect(tp.verified, `the list must verify as the did:web issuer: ${String(tp.error)}`).toBe(true);
    expect(tp.revoked).toBe(true);
  });

  it('the keys view counts what each key signed under either identity', async () => {
    const keys = (await call('GET', `/api/v1/issuers/${w.issuer.id}/keys`, w.admin.cookie)).json();
    const total = (
      await w.deps.db.selectFrom('credentials').select('id').where('issuer_id', '=', w.issuer.id).execute()
    ).length;
    expect(
      keys.keys.reduce((n: number, k: { credentialsSigned: number }) => n + k.credentialsSigned, 0),
    ).toBe(total);
  });

  it('rotating a did:key issuer gives it a new DID; the old did:key credential still verifies and can be revoked', async () => {
    const rotated = await call('POST', `/api/v1/issuers/${w.issuer.id}/keys/rotate`, w.admin.cookie);
    expect(rotated.statusCode).toBe(200);
    expect(rotated.json().did).not.toBe(keyCredential.issuer.id);
    expect((await verify(keyCredential)).verified).toBe(true);
    const revoked = await call('POST', `/api/v1/credentials/${keyCredentialId}/revoke`, w.admin.cookie, {
      reason: 'Issued to the wrong person.',
    });
    expect(revoked.statusCode).toBe(200);
    const r = await verify(keyCredential);
    expect(r.verified).toBe(false);
    expect(r.checks.find((c) => c.id === 'status')?.valid).toBe(false);
    const tp = await thirdParty(keyCredential);
    expect(tp.verified, `the re-signed list must still verify: ${String(tp.error)}`).toBe(true);
    expect(tp.revoked).toBe(true);
  });
});

describe('access to key management', () => {
  it('anonymous 401; educator, assessor and another issuer’s admin 403; unknown key 404; bad body 400', async () => {
    const keyId = (await keys()).keys[0]!.id;
    const routes: ['GET' | 'POST' | 'PUT', string, object?][] = [
      ['GET', `/api/v1/issuers/${w.issuer.id}/keys`],
      ['POST', `/api/v1/issuers/${w.issuer.id}/keys/rotate`],
      ['POST', `/api/v1/issuers/${w.issuer.id}/keys/${keyId}/compromised`],
      ['PUT', `/api/v1/issuers/${w.issuer.id}/identity`, { didMethod: 'web' }],
    ];
    const before = await keys();
    for (const [method, url, body] of routes) {
      expect((await call(method, url, undefined, body)).statusCode, `${method} ${url}`).toBe(401);
      for (const who of [w.educator, w.assessor, w.otherAdmin]) {
        expect((await call(method, url, who.cookie, body)).statusCode, `${method} ${url} ${who.email}`).toBe(
          403,
        );
      }
    }
    expect(await keys()).toEqual(before);
    expect(
      (
        await call(
          'POST',
          `/api/v1/issuers/${w.issuer.id}/keys/00000000-0000-4000-8000-000000000000/compromised`,
          w.admin.cookie,
        )
      ).statusCode,
    ).toBe(404);
    // Another issuer's key id through this issuer's route is not found either.
    const otherKeys = await call('GET', `/api/v1/issuers/${w.otherIssuer.id}/keys`, w.otherAdmin.cookie);
    for (const k of otherKeys.json().keys ?? []) {
      expect(
        (await call('POST', `/api/v1/issuers/${w.issuer.id}/keys/${k.id}/compromised`, w.admin.cookie))
          .statusCode,
      ).toBe(404);
    }
    for (const body of [{}, { didMethod: 'ion' }, { didMethod: 5 }]) {
      expect(
        (await call('PUT', `/api/v1/issuers/${w.issuer.id}/identity`, w.admin.cookie, body)).statusCode,
      ).toBe(400);
    }
  });
});
