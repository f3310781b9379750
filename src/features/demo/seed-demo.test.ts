import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCatalog } from '../../../demo/catalog/index.js';
import { DEMO_PASSWORD } from '../../../demo/people.js';
import { buildApp } from '../../server/app.js';
import type { App } from '../../server/http.js';
import { signIn } from '../../test-support/http.js';
import { createTestDeps, type TestDeps } from '../../test-support/test-deps.js';
import { isEmpty, seedDemo } from './seed-demo.js';

let deps: TestDeps;
let app: App;

beforeAll(async () => {
  deps = await createTestDeps();
  expect(await isEmpty(deps.db)).toBe(true);
  await seedDemo(deps);
  app = await buildApp(deps, { logger: false, serveWeb: false });
}, 120_000);
afterAll(async () => {
  await app?.close();
  await deps.close();
});

describe('demo seed', () => {
  it('publishes the whole demo catalog, searchable without an account', async () => {
    const page = (await app.inject({ url: '/api/v1/micro-credentials?limit=100' })).json();
    expect(page.total).toBe(demoCatalog.length);
    expect(page.total).toBeGreaterThanOrEqual(24);
    expect(new Set(page.items.map((i: { topic: string }) => i.topic)).size).toBeGreaterThanOrEqual(8);
    expect(
      new Set(page.items.map((i: { issuer: { id: string } }) => i.issuer.id)).size,
    ).toBeGreaterThanOrEqual(3);
  });

  it('every demo role signs in with the demo password', async () => {
    for (const who of ['educator', 'assessor', 'issuer', 'district', 'state', 'admin']) {
      await signIn(app, `${who}@example.org`, DEMO_PASSWORD);
    }
  });

  it('educator@example.org holds at least two valid credentials from the issuer issuer@example.org administers, and they verify', async () => {
    const issuerCookie = await signIn(app, 'issuer@example.org', DEMO_PASSWORD);
    const issuerId = (await app.inject({ url: '/api/v1/me', headers: { cookie: issuerCookie } }))
      .json()
      .memberships.find((m: { role: string }) => m.role === 'issuer_admin').orgId;
    const cookie = await signIn(app, 'educator@example.org', DEMO_PASSWORD);
    const creds = (await app.inject({ url: '/api/v1/me/credentials', headers: { cookie } })).json().items;
    const fromIssuer = creds.filter(
      (c: { issuer: { id: string }; status: string }) => c.issuer.id === issuerId && c.status === 'valid',
    );
    expect(fromIssuer.length).toBeGreaterThanOrEqual(2);
    for (const c of creds) {
      const doc = (await app.inject({ url: `/credentials/${c.id}.json` })).json();
      const result = (
        await app.inject({ method: 'POST', url: '/api/v1/verify', payload: { credential: doc } })
      ).json();
      expect(result.verified, JSON.stringify(result.checks)).toBe(true);
    }
  });

  it('assessor@example.org has an open review of an attempt by educator@example.org', async () => {
    const cookie = await signIn(app, 'assessor@example.org', DEMO_PASSWORD);
    const open = (await app.inject({ url: '/api/v1/reviews?status=assigned', headers: { cookie } })).json()
      .items;
    const educatorId = (
      await deps.db
        .selectFrom('users')
        .select('id')
        .where('email', '=', 'educator@example.org')
        .executeTakeFirstOrThrow()
    ).id;
    const owners = await deps.db
      .selectFrom('reviews as r')
      .innerJoin('attempts as a', 'a.id', 'r.attempt_id')
      .innerJoin('submissions as s', 's.id', 'a.submission_id')
      .select('s.educator_id')
      .where(
        'r.id',
        'in',
        open.map((r: { id: string }) => r.id),
      )
      .execute();
    expect(owners.map((o) => o.educator_id)).toContain(educatorId);
  });

  it('has submissions in every lifecycle state, including a resubmitted second attempt', async () => {
    const rows = await deps.db.selectFrom('submissions').select(['status', 'attempt_number']).execute();
    expect(new Set(rows.map((r) => r.status))).toEqual(
      new Set(['in_progress', 'submitted', 'in_review', 'earned', 'not_yet', 'withdrawn']),
    );
    expect(rows.some((r) => r.status === 'in_review' && r.attempt_number === 2)).toBe(true);
  });

  it('district and state admins see where their educators stand; others cannot', async () => {
    const district = await signIn(app, 'district@example.org', DEMO_PASSWORD);
    const page = (await app.inject({ url: '/api/v1/admin/progress', headers: { cookie: district } })).json();
    const names = page.items.map((i: { name: string }) => i.name);
    expect(names).toContain('Maya Thompson');
    expect(names).not.toContain('Luis Moreno');
    const maya = page.items.find((i: { name: string }) => i.name === 'Maya Thompson');
    expect(maya).toMatchObject({
      inProgress: 1,
      inReview: 1,
      notYet: 1,
      earned: 3,
      organizations: ['Riverside Elementary School'],
    });
    expect(page.totals.educators).toBe(page.total);
    expect(page.totals.earned).toBeGreaterThanOrEqual(3);
    const state = (
      await app.inject({
        url: '/api/v1/admin/progress?limit=100',
        headers: { cookie: await signIn(app, 'state@example.org', DEMO_PASSWORD) },
      })
    ).json();
    expect(state.total).toBeGreaterThan(page.total);
    expect(
      (await app.inject({ url: '/api/v1/admin/progress?q=maya', headers: { cookie: district } })).json()
        .total,
    ).toBe(1);
    const educator = await signIn(app, 'educator@example.org', DEMO_PASSWORD);
    expect(
      (await app.inject({ url: '/api/v1/admin/progress', headers: { cookie: educator } })).statusCode,
    ).toBe(403);
  });
});
