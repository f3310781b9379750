import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.js';
import type { App } from '../../server/http.js';
import { buildOrg, buildUser } from '../../test-support/factories.js';
import { signIn } from '../../test-support/http.js';
import { createTestDeps, type TestDeps } from '../../test-support/test-deps.js';
import { startDevProvider, type DevProvider } from './dev-provider.js';

let deps: TestDeps;
let app: App;
let dev: DevProvider;
let platformCookie: string;
let adminA: string;
let adminB: string;
let educator: string;
let districtA: { id: string };
let schoolA: { id: string };
let districtB: { id: string };
let issuer: { id: string };

const SECRET = 'very-secret-client-value-42';
const body = (orgId: string, slug: string, extra: object = {}) => ({
  orgId,
  slug,
  name: `Provider ${slug}`,
  kind: 'google',
  issuerUrl: dev.issuer,
  clientId: 'client-1',
  clientSecret: SECRET,
  ...extra,
});

beforeAll(async () => {
  deps = await createTestDeps();
  app = await buildApp(deps, { logger: false, serveWeb: false });
  dev = await startDevProvider({ clients: [], accounts: [] });
  const platform = await buildOrg(deps.db, 'platform', 'Platform');
  const state = await buildOrg(deps.db, 'state', 'State');
  districtA = await buildOrg(deps.db, 'district', 'District A', state.id);
  schoolA = await buildOrg(deps.db, 'school', 'School A', districtA.id);
  districtB = await buildOrg(deps.db, 'district', 'District B', state.id);
  issuer = await buildOrg(deps.db, 'issuer', 'Some Issuer');
  platformCookie = await signIn(
    app,
    (await buildUser(deps.db, { roles: [['platform_admin', platform.id]] })).email,
  );
  adminA = await signIn(app, (await buildUser(deps.db, { roles: [['district_admin', districtA.id]] })).email);
  adminB = await signIn(app, (await buildUser(deps.db, { roles: [['district_admin', districtB.id]] })).email);
  educator = await signIn(app, (await buildUser(deps.db, { roles: [['educator', schoolA.id]] })).email);
});
afterAll(async () => {
  await app.close();
  await dev.close();
  await deps.close();
});

const call = (method: 'GET' | 'POST' | 'PATCH', url: string, cookie: string, payload?: object) =>
  app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
const LIST = '/api/v1/admin/sign-in-providers';

describe('sign-in providers, per organization', () => {
  let providerA: string;

  it('a district admin adds one for their district and schools; the secret is never returned', async () => {
    const res = await call('POST', LIST, adminA, body(districtA.id, 'district-a'));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      slug: 'district-a',
      orgName: 'District A',
      enabled: true,
      scopes: 'openid email profile',
      redirectUri: `${deps.config.publicUrl}/auth/oidc/district-a/callback`,
    });
    expect(res.body).not.toContain(SECRET);
    providerA = res.json().id;
    const stored = await deps.db
      .selectFrom('oidc_providers')
      .selectAll()
      .where('id', '=', providerA)
      .executeTakeFirstOrThrow();
    expect(stored.client_secret_encrypted).not.toContain(SECRET);
    expect((await call('POST', LIST, adminA, body(schoolA.id, 'school-a'))).statusCode).toBe(201);
    const list = await call('GET', LIST, adminA);
    expect(
      list
        .json()
        .items.map((p: { slug: string }) => p.slug)
        .sort(),
    ).toEqual(['district-a', 'school-a']);
    expect(list.body).not.toContain(SECRET);
  });

  it("district admin B cannot see, change or test district A's providers, nor add one to A", async () => {
    expect((await call('GET', LIST, adminB)).json().items).toEqual([]);
    const edit = await call('PATCH', `${LIST}/${providerA}`, adminB, { enabled: false });
    expect(edit.statusCode).toBe(404);
    expect((await call('POST', `${LIST}/${providerA}/check`, adminB)).statusCode).toBe(404);
    expect((await call('POST', LIST, adminB, body(districtA.id, 'sneaky'))).statusCode).toBe(404);
    const still = await deps.db
      .selectFrom('oidc_providers')
      .select('enabled')
      .where('id', '=', providerA)
      .executeTakeFirstOrThrow();
    expect(still.enabled).toBe(1);
    // Educators manage nothing; platform admins see every provider.
    expect((await call('GET', LIST, educator)).statusCode).toBe(403);
    expect((await call('GET', LIST, platformCookie)).json().items).toHaveLength(2);
  });

  it('refuses what would not work: no openid scope, a taken short name, an issuer organization', async () => {
    const noOpenid = await call('POST', LIST, adminA, body(districtA.id, 'x-1', { scopes: 'email profile' }));
    expect(noOpenid.statusCode).toBe(400);
    expect(noOpenid.json().error.code).toBe('VALIDATION_FAILED');
    const badSlug = await call('POST', LIST, adminA, body(districtA.id, 'Has Spaces'));
    expect(badSlug.statusCode).toBe(400);
    const badUrl = await call('POST', LIST, adminA, body(districtA.id, 'x-2', { issuerUrl: 'ftp://x' }));
    expect(badUrl.statusCode).toBe(400);
    expect((await call('POST', LIST, adminA, body(districtA.id, 'district-a'))).statusCode).toBe(409);
    expect((await call('POST', LIST, platformCookie, body(issuer.id, 'issuer-sso'))).statusCode).toBe(400);
  });

  it('tests discovery against the real provider, and says plainly when it cannot be reached', async () => {
    const ok = await call('POST', `${LIST}/${providerA}/check`, adminA);
    expect(ok.json()).toMatchObject({ ok: true, issuer: dev.issuer });
    const down = await call(
      'POST',
      LIST,
      adminA,
      body(districtA.id, 'down', { issuerUrl: 'http://127.0.0.1:9' }),
    );
    const check = await call('POST', `${LIST}/${down.json().id}/check`, adminA);
    expect(check.statusCode).toBe(200);
    expect(check.json()).toMatchObject({ ok: false, issuer: null });
    expect(check.json().message).toContain('http://127.0.0.1:9');
    // Only that: not the low-level cause, which would tell which ports answer on the server.
    expect(check.json().message).not.toMatch(/ECONNREFUSED|refused|fetch failed/i);
  });

  it('refuses plain http for an issuer that is not on this machine, when adding or changing it', async () => {
    const remote = await call(
      'POST',
      LIST,
      adminA,
      body(districtA.id, 'remote', { issuerUrl: 'http://sso.example.org' }),
    );
    expect(remote.statusCode).toBe(400);
    expect(remote.json().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ path: 'issuerUrl' }],
    });
    const edit = await call('PATCH', `${LIST}/${providerA}`, adminA, { issuerUrl: 'http://sso.example.org' });
    expect(edit.statusCode).toBe(400);
  });

  it('on a server others use (publicUrl not on this machine), refuses plain http even to localhost', async () => {
    const served = { ...deps, config: { ...deps.config, publicUrl: 'https://microcred.example.org' } };
    const prod = await buildApp(served, { logger: false, serveWeb: false });
    try {
      const cookie = await signIn(
        prod,
        (await buildUser(deps.db, { roles: [['district_admin', districtA.id]] })).email,
      );
      for (const issuerUrl of ['http://127.0.0.1:9', 'http://localhost:5432', 'http://[::1]:22']) {
        const res = await prod.inject({
          method: 'POST',
          url: LIST,
          headers: { cookie },
          payload: body(districtA.id, 'probe', { issuerUrl }),
        });
        expect(res.statusCode, issuerUrl).toBe(400);
        expect(res.json().error.code).toBe('VALIDATION_FAILED');
      }
      // One stored before (or by a server run locally) is not fetched over plain http either.
      const check = await prod.inject({
        method: 'POST',
        url: `${LIST}/${providerA}/check`,
        headers: { cookie },
      });
      expect(check.json()).toMatchObject({ ok: false });
      expect(check.json().message).toMatch(/https/);
      expect(
        await deps.db.selectFrom('oidc_providers').select('id').where('slug', '=', 'probe').execute(),
      ).toEqual([]);
    } finally {
      await prod.close();
    }
  });

  it('a disabled provider leaves the sign-in page and cannot be started', async () => {
    const res = await call('PATCH', `${LIST}/${providerA}`, adminA, {
      enabled: false,
      clientSecret: 'new-secret-value',
    });
    expect(res.json()).toMatchObject({ enabled: false });
    const open = await app.inject({ url: '/api/v1/auth/providers' });
    expect(open.json().items.map((p: { slug: string }) => p.slug)).not.toContain('district-a');
    const start = await app.inject({ url: '/auth/oidc/district-a/start', headers: { accept: 'text/html' } });
    expect(start.headers.location).toBe('/signin?error=unknown-provider');
  });
});
