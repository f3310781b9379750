import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.js';
import type { App } from '../../server/http.js';
import { authFor, buildOrg, buildUser } from '../../test-support/factories.js';
import { completeDraft } from '../../test-support/loop.js';
import { publishSample } from '../../test-support/publish.js';
import { signIn } from '../../test-support/http.js';
import { createTestDeps, type TestDeps } from '../../test-support/test-deps.js';

let deps: TestDeps;
let app: App;
let adminCookie: string;
let districtCookie: string;
let educatorCookie: string;
let state: { id: string };
let district: { id: string };
let otherDistrict: { id: string };

beforeAll(async () => {
  deps = await createTestDeps();
  app = await buildApp(deps, { logger: false, serveWeb: false });
  const platform = await buildOrg(deps.db, 'platform', 'Platform');
  state = await buildOrg(deps.db, 'state', 'State');
  district = await buildOrg(deps.db, 'district', 'North District', state.id);
  otherDistrict = await buildOrg(deps.db, 'district', 'South District', state.id);
  const school = await buildOrg(deps.db, 'school', 'North School', district.id);
  const admin = await buildUser(deps.db, { roles: [['platform_admin', platform.id]] });
  const districtAdmin = await buildUser(deps.db, { roles: [['district_admin', district.id]] });
  const educator = await buildUser(deps.db, { name: 'In Scope', roles: [['educator', school.id]] });
  await buildUser(deps.db, { name: 'Out Of Scope', roles: [['educator', otherDistrict.id]] });
  void educator;
  adminCookie = await signIn(app, admin.email);
  districtCookie = await signIn(app, districtAdmin.email);
  educatorCookie = await signIn(app, educator.email);
});
afterAll(async () => {
  await app.close();
  await deps.close();
});

const call = (method: 'GET' | 'POST', url: string, cookie?: string, payload?: object) =>
  app.inject({ method, url, headers: cookie ? { cookie } : {}, ...(payload ? { payload } : {}) });

describe('organizations', () => {
  it('a platform admin creates a tree state → district → school, and an issuer with its key', async () => {
    const d = await call('POST', '/api/v1/admin/organizations', adminCookie, {
      name: 'East District',
      kind: 'district',
      parentId: state.id,
    });
    expect(d.statusCode).toBe(201);
    const s = await call('POST', '/api/v1/admin/organizations', adminCookie, {
      name: 'East School',
      kind: 'school',
      parentId: d.json().id,
    });
    expect(s.json()).toMatchObject({ kind: 'school', parentId: d.json().id, slug: 'east-school' });
    const wrong = await call('POST', '/api/v1/admin/organizations', adminCookie, {
      name: 'Bad School',
      kind: 'school',
      parentId: state.id,
    });
    expect(wrong.statusCode).toBe(400);
    const issuer = await call('POST', '/api/v1/admin/organizations', adminCookie, {
      name: 'New Issuer',
      kind: 'issuer',
    });
    expect(issuer.statusCode).toBe(201);
    const did = await call('GET', `/issuers/${issuer.json().slug}/did.json`);
    expect(did.json().verificationMethod).toHaveLength(1);
    expect(
      (await call('POST', '/api/v1/admin/organizations', adminCookie, { name: 'New Issuer', kind: 'issuer' }))
        .statusCode,
    ).toBe(409);
  });

  it('district admins see only their subtree and cannot create organizations; educators see nothing', async () => {
    const orgs = (await call('GET', '/api/v1/admin/organizations', districtCookie))
      .json()
      .items.map((o: { name: string }) => o.name);
    expect(orgs).toContain('North School');
    expect(orgs).not.toContain('South District');
    const users = (await call('GET', '/api/v1/admin/users', districtCookie))
      .json()
      .items.map((u: { name: string }) => u.name);
    expect(users).toContain('In Scope');
    expect(users).not.toContain('Out Of Scope');
    expect(
      (
        await call('POST', '/api/v1/admin/organizations', districtCookie, {
          name: 'Xavier School',
          kind: 'school',
          parentId: district.id,
        })
      ).statusCode,
    ).toBe(403);
    expect((await call('GET', '/api/v1/admin/organizations', educatorCookie)).statusCode).toBe(403);
    expect((await call('GET', '/api/v1/admin/users')).statusCode).toBe(401);
  });
});

describe('invitations', () => {
  it('an invited person accepts with a password, is signed in with the role, and the link works once', async () => {
    const inv = await call('POST', '/api/v1/admin/invitations', districtCookie, {
      email: 'New.Teacher@example.test',
      name: 'New Teacher',
      orgId: district.id,
      role: 'educator',
    });
    expect(inv.statusCode).toBe(201);
    const token = inv.json().acceptUrl.split('/').pop();
    const mail = await deps.db
      .selectFrom('email_outbox')
      .selectAll()
      .where('to_address', '=', 'new.teacher@example.test')
      .execute();
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({ kind: 'invitation', sent_at: null });
    expect(mail[0]!.subject).toMatch(/invited you to North District/);
    expect(mail[0]!.body).toContain(`/invitations/${token}`);
    expect(mail[0]!.body).not.toContain('/settings');
    expect((await call('GET', `/api/v1/invitations/${token}`)).json()).toMatchObject({
      email: 'new.teacher@example.test',
      role: 'educator',
    });
    const weak = await call('POST', `/api/v1/invitations/${token}/accept`, undefined, {
      name: 'New Teacher',
      password: 'short',
    });
    expect(weak.statusCode).toBe(400);
    const ok = await call('POST', `/api/v1/invitations/${token}/accept`, undefined, {
      name: 'New Teacher',
      password: 'a long enough password',
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().memberships).toMatchObject([{ role: 'educator', orgId: district.id }]);
    expect(ok.cookies.find((c) => c.name === 'mc_session')).toBeDefined();
    expect(
      (
        await call('POST', `/api/v1/invitations/${token}/accept`, undefined, {
          name: 'X',
          password: 'a long enough password',
        })
      ).statusCode,
    ).toBe(409);
    expect((await call('GET', '/api/v1/invitations/not-a-real-token-at-all')).statusCode).toBe(404);
  });

  it('someone a roster import added (no password yet) sets a password through an invitation', async () => {
    const rostered = await buildUser(deps.db, {
      email: 'rostered@example.test',
      roles: [['educator', district.id]],
    });
    await deps.db
      .updateTable('users')
      .set({ status: 'invited', password_hash: null })
      .where('id', '=', rostered.id)
      .execute();
    const inv = await call('POST', '/api/v1/admin/invitations', districtCookie, {
      email: 'rostered@example.test',
      name: 'Rostered Teacher',
      orgId: district.id,
      role: 'educator',
    });
    const token = inv.json().acceptUrl.split('/').pop();
    const ok = await call('POST', `/api/v1/invitations/${token}/accept`, undefined, {
      name: 'Rostered Teacher',
      password: 'a long enough password',
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().id).toBe(rostered.id);
    expect(ok.cookies.find((c) => c.name === 'mc_session')).toBeDefined();
    const row = await deps.db
      .selectFrom('users')
      .select(['status'])
      .where('id', '=', rostered.id)
      .executeTakeFirst();
    expect(row?.status).toBe('active');
  });

  it('a district admin cannot invite into another district or grant platform roles', async () => {
    expect(
      (
        await call('POST', '/api/v1/admin/invitations', districtCookie, {
          email: 'a@example.test',
          name: 'A',
          orgId: otherDistrict.id,
          role: 'educator',
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await call('POST', '/api/v1/admin/invitations', districtCookie, {
          email: 'a@example.test',
          name: 'A',
          orgId: district.id,
          role: 'platform_admin',
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await call('POST', '/api/v1/admin/invitations', educatorCookie, {
          email: 'a@example.test',
          name: 'A',
          orgId: district.id,
          role: 'educator',
        })
      ).statusCode,
    ).toBe(404);
  });

  it('nobody but the issuer (or a platform admin) staffs an issuer’s assessor pool', async () => {
    const issuer = (
      await call('POST', '/api/v1/admin/organizations', adminCookie, { name: 'Pool Issuer', kind: 'issuer' })
    ).json();
    const asDistrict = await call('POST', '/api/v1/admin/invitations', districtCookie, {
      email: 'crony@example.test',
      name: 'Crony',
      orgId: issuer.id,
      role: 'assessor',
    });
    expect(asDistrict.statusCode).toBe(404);
    const underDistrict = await call('POST', '/api/v1/admin/organizations', adminCookie, {
      name: 'Local Issuer',
      kind: 'issuer',
      parentId: district.id,
    });
    expect(underDistrict.statusCode).toBe(400);
    const issuerAdmin = await buildUser(deps.db, { roles: [['issuer_admin', issuer.id]] });
    const issuerCookie = await signIn(app, issuerAdmin.email);
    const ok = await call('POST', '/api/v1/admin/invitations', issuerCookie, {
      email: 'scorer@example.test',
      name: 'Scorer',
      orgId: issuer.id,
      role: 'assessor',
    });
    expect(ok.statusCode).toBe(201);
    const notEducators = await call('POST', '/api/v1/admin/invitations', issuerCookie, {
      email: 'x@example.test',
      name: 'X',
      orgId: issuer.id,
      role: 'educator',
    });
    expect(notEducators.statusCode).toBe(403);
  });

  it('an invitation to an existing account needs that account signed in, never its password', async () => {
    const existing = await buildUser(deps.db, {
      email: 'already@example.test',
      roles: [['educator', otherDistrict.id]],
    });
    const inv = await call('POST', '/api/v1/admin/invitations', districtCookie, {
      email: existing.email,
      name: 'Already',
      orgId: district.id,
      role: 'educator',
    });
    const token = inv.json().acceptUrl.split('/').pop();
    for (let i = 0; i < 3; i++) {
      const guess = await call('POST', `/api/v1/invitations/${token}/accept`, undefined, {
        password: `guess number ${i}!`,
      });
      expect(guess.statusCode).toBe(401);
      expect(guess.cookies.find((c) => c.name === 'mc_session')).toBeUndefined();
    }
    const someoneElse = await call('POST', `/api/v1/invitations/${token}/accept`, educatorCookie, {});
    expect(someoneElse.statusCode).toBe(401);
    const own = await signIn(app, existing.email);
    const accepted = await call('POST', `/api/v1/invitations/${token}/accept`, own, {});
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().memberships.map((m: { orgId: string }) => m.orgId)).toContain(district.id);
  });
});

describe('the backlog', () => {
  it('an attempt with no eligible assessor waits, and is assigned when an assessor joins the pool', async () => {
    const issuer = (
      await call('POST', '/api/v1/admin/organizations', adminCookie, {
        name: 'Backlog Issuer',
        kind: 'issuer',
      })
    ).json();
    const issuerAdmin = await buildUser(deps.db, { roles: [['issuer_admin', issuer.id]] });
    const mc = await publishSample(deps, await authFor(deps.db, issuerAdmin.id), issuer.id);
    const teacher = await buildUser(deps.db, { roles: [['educator', district.id]] });
    const teacherCookie = await signIn(app, teacher.email);
    const id = (
      await app.inject({
        method: 'POST',
        url: '/api/v1/submissions',
        headers: { cookie: teacherCookie },
        payload: { microCredentialId: mc.id },
      })
    ).json().id;
    await completeDraft(app, teacherCookie, id);
    const submitted = await app.inject({
      method: 'POST',
      url: `/api/v1/submissions/${id}/submit`,
      headers: { cookie: teacherCookie },
    });
    expect(submitted.json().status).toBe('submitted');
    const issuerCookie = await signIn(app, issuerAdmin.email);
    const inv = (
      await call('POST', '/api/v1/admin/invitations', issuerCookie, {
        email: 'new.assessor@example.test',
        name: 'New Assessor',
        orgId: issuer.id,
        role: 'assessor',
      })
    ).json();
    const accepted = await call(
      'POST',
      `/api/v1/invitations/${inv.acceptUrl.split('/').pop()}/accept`,
      undefined,
      { name: 'New Assessor', password: 'a long enough password' },
    );
    expect(accepted.statusCode).toBe(200);
    const assessorCookie = `mc_session=${accepted.cookies.find((c) => c.name === 'mc_session')!.value}`;
    const queue = (await call('GET', '/api/v1/reviews', assessorCookie)).json();
    expect(queue.items).toHaveLength(1);
    const after = (
      await app.inject({ url: `/api/v1/submissions/${id}`, headers: { cookie: teacherCookie } })
    ).json();
    expect(after.status).toBe('in_review');
  });
});
