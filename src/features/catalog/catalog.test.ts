import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.js';
import type { App } from '../../server/http.js';
import { authFor, buildOrg, buildUser } from '../../test-support/factories.js';
import { signIn } from '../../test-support/http.js';
import { publishSample } from '../../test-support/publish.js';
import { buildContent } from '../../test-support/sample-content.js';
import { createTestDeps, type TestDeps } from '../../test-support/test-deps.js';

let deps: TestDeps;
let app: App;
let issuer: { id: string; slug: string };
let otherIssuer: { id: string };
let adminCookie: string;
let otherAdminCookie: string;
let educatorCookie: string;

beforeAll(async () => {
  deps = await createTestDeps();
  app = await buildApp(deps, { logger: false, serveWeb: false });
  issuer = await buildOrg(deps.db, 'issuer', 'Northfield Institute');
  otherIssuer = await buildOrg(deps.db, 'issuer', 'Other Issuer');
  const school = await buildOrg(deps.db, 'school', 'Oak School');
  const admin = await buildUser(deps.db, { roles: [['issuer_admin', issuer.id]] });
  const otherAdmin = await buildUser(deps.db, { roles: [['issuer_admin', otherIssuer.id]] });
  const educator = await buildUser(deps.db, { roles: [['educator', school.id]] });
  const author = await authFor(deps.db, admin.id);
  await publishSample(deps, author, issuer.id, {
    title: 'Checking for Understanding',
    topic: 'formative-assessment',
    creditHours: 6,
  });
  await publishSample(deps, author, issuer.id, {
    title: 'Restorative Circles',
    topic: 'classroom-management',
    competency: 'The educator leads restorative circles that repair harm.',
    keyMethod: 'Community-building circles with talking pieces.',
    creditHours: 12,
    gradeBand: '6-8',
  });
  await publishSample(deps, author, issuer.id, {
    title: 'Family Conferences',
    topic: 'family-engagement',
    subject: 'ela',
    creditHours: 3,
  });
  adminCookie = await signIn(app, admin.email);
  otherAdminCookie = await signIn(app, otherAdmin.email);
  educatorCookie = await signIn(app, educator.email);
});
afterAll(async () => {
  await app.close();
  await deps.close();
});

const search = (qs: string) =>
  app
    .inject({ url: `/api/v1/micro-credentials?${qs}` })
    .then((r) => ({ status: r.statusCode, body: r.json() }));

describe('public catalog', () => {
  it('lists published micro-credentials without an account, sorted by title', async () => {
    const { status, body } = await search('');
    expect(status).toBe(200);
    expect(body.total).toBe(3);
    expect(body.items.map((i: { title: string }) => i.title)).toEqual([
      'Checking for Understanding',
      'Family Conferences',
      'Restorative Circles',
    ]);
    expect(body.items[0]).toMatchObject({
      topic: 'formative-assessment',
      issuer: { id: issuer.id, name: 'Northfield Institute' },
      creditHours: 6,
    });
  });

  it('searches title, competency and key method, with word prefixes', async () => {
    expect((await search('q=restor')).body.items.map((i: { title: string }) => i.title)).toEqual([
      'Restorative Circles',
    ]);
    expect((await search('q=talking%20pieces')).body.total).toBe(1);
    expect((await search('q=harm')).body.total).toBe(1);
    expect((await search('q=zebra')).body.total).toBe(0);
    expect((await search(`q=${encodeURIComponent('"); drop table users; --')}`)).status).toBe(200);
  });

  it('filters by topic, subject, grade band, issuer and credit hours, and paginates', async () => {
    expect((await search('topic=family-engagement')).body.total).toBe(1);
    expect((await search('subject=ela')).body.total).toBe(1);
    expect((await search('gradeBand=6-8')).body.total).toBe(1);
    expect((await search(`issuer=${issuer.slug}`)).body.total).toBe(3);
    expect((await search(`issuer=${otherIssuer.id}`)).body.total).toBe(0);
    expect((await search('minCredit=5&maxCredit=10')).body.total).toBe(1);
    const page = await search('limit=2&offset=2');
    expect(page.body).toMatchObject({ total: 3, items: [{ title: 'Restorative Circles' }] });
  });

  it('takes empty parameters as no filter, as in ?q=&topic=&limit=&offset=', async () => {
    const { status, body } = await search('q=&topic=&limit=&offset=');
    expect(status).toBe(200);
    expect(body.total).toBe(3);
    expect(body.items).toHaveLength(3);
  });

  it('rejects bad filters with 400 and a limit over 100', async () => {
    expect((await search('topic=astrology')).status).toBe(400);
    expect((await search('limit=101')).status).toBe(400);
    expect((await search('offset=-1')).body.error.code).toBe('VALIDATION_FAILED');
  });

  it('shows a micro-credential whole, rubric included, and gives facets', async () => {
    const list = (await search('q=family')).body;
    const detail = await app.inject({ url: `/api/v1/micro-credentials/${list.items[0].id}` });
    expect(detail.statusCode).toBe(200);
    expect(detail.json().content.rubric.criteria).toHaveLength(3);
    const facets = (await app.inject({ url: '/api/v1/micro-credentials/facets' })).json();
    expect(facets.topics).toContainEqual({ id: 'family-engagement', label: 'Family engagement', count: 1 });
    expect((await app.inject({ url: '/api/v1/micro-credentials/nope' })).statusCode).toBe(404);
  });

  it('serves a badge image per version', async () => {
    const item = (await search('q=family')).body.items[0];
    const img = await app.inject({ url: item.imageUrl });
    expect(img.statusCode).toBe(200);
    expect(img.headers['content-type']).toContain('image/svg+xml');
    expect(img.body).toContain('Family Conferences');
  });
});

describe('authoring', () => {
  it('keeps an incomplete draft, lists what blocks publishing, and refuses to publish it', async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/authoring/micro-credentials',
      headers: { cookie: adminCookie },
      payload: { issuerId: issuer.id, slug: 'half-written', content: { title: 'Half written' } },
    });
    expect(created.statusCode).toBe(201);
    const view = created.json();
    expect(view.problems.length).toBeGreaterThan(3);
    expect(view.problems.map((p: { path: string }) => p.path)).toContain('competency');
    const publish = await app.inject({
      method: 'POST',
      url: `/api/v1/authoring/micro-credentials/${view.id}/publish`,
      headers: { cookie: adminCookie },
    });
    expect(publish.statusCode).toBe(422);
    expect(publish.json().error.details.problems.length).toBeGreaterThan(0);
    expect((await search('q=half')).body.total).toBe(0);
  });

  it('publishing an edit makes a new version and keeps the old one unchanged', async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/authoring/micro-credentials',
      headers: { cookie: adminCookie },
      payload: { issuerId: issuer.id, slug: 'versioned', content: buildContent({ title: 'Versioned One' }) },
    });
    const id = created.json().id;
    const v1 = await app.inject({
      method: 'POST',
      url: `/api/v1/authoring/micro-credentials/${id}/publish`,
      headers: { cookie: adminCookie },
    });
    expect(v1.json()).toMatchObject({
      status: 'published',
      currentVersion: 1,
      hasDraft: false,
      problems: [],
    });
    const v1Id = v1.json().versions[0].id;
    await app.inject({
      method: 'PUT',
      url: `/api/v1/authoring/micro-credentials/${id}/draft`,
      headers: { cookie: adminCookie },
      payload: { content: buildContent({ title: 'Versioned Two' }) },
    });
    expect((await search('q=versioned')).body.items[0].title).toBe('Versioned One');
    const v2 = await app.inject({
      method: 'POST',
      url: `/api/v1/authoring/micro-credentials/${id}/publish`,
      headers: { cookie: adminCookie },
    });
    expect(v2.json().currentVersion).toBe(2);
    expect((await search('q=versioned')).body.items).toMatchObject([{ title: 'Versioned Two', version: 2 }]);
    const old = await deps.db
      .selectFrom('micro_credential_versions')
      .selectAll()
      .where('id', '=', v1Id)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(old.content).title).toBe('Versioned One');
    const v1Page = (await app.inject({ url: `/api/v1/micro-credentials/${id}?version=1` })).json();
    expect(v1Page).toMatchObject({ version: 1, current: false, content: { title: 'Versioned One' } });
    expect((await app.inject({ url: `/api/v1/micro-credentials/${id}` })).json()).toMatchObject({
      version: 2,
      current: true,
    });
    expect((await app.inject({ url: `/api/v1/micro-credentials/${id}?version=9` })).statusCode).toBe(404);
    const retire = await app.inject({
      method: 'POST',
      url: `/api/v1/authoring/micro-credentials/${id}/retire`,
      headers: { cookie: adminCookie },
    });
    expect(retire.json().status).toBe('retired');
    expect((await search('q=versioned')).body.total).toBe(0);
    // Still readable, so the criteria links in credentials already issued keep working.
    expect((await app.inject({ url: `/api/v1/micro-credentials/${id}?version=1` })).json()).toMatchObject({
      status: 'retired',
      current: false,
    });
  });

  it('refuses anonymous visitors, educators and another issuer’s admins', async () => {
    const list = (
      await app.inject({ url: '/api/v1/authoring/micro-credentials', headers: { cookie: adminCookie } })
    ).json();
    const id = list.items[0].id;
    expect((await app.inject({ url: `/api/v1/authoring/micro-credentials/${id}` })).statusCode).toBe(401);
    expect(
      (
        await app.inject({
          url: `/api/v1/authoring/micro-credentials/${id}`,
          headers: { cookie: educatorCookie },
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await app.inject({
          url: `/api/v1/authoring/micro-credentials/${id}`,
          headers: { cookie: otherAdminCookie },
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await app.inject({ url: '/api/v1/authoring/micro-credentials', headers: { cookie: educatorCookie } }))
        .statusCode,
    ).toBe(403);
    const create = await app.inject({
      method: 'POST',
      url: '/api/v1/authoring/micro-credentials',
      headers: { cookie: otherAdminCookie },
      payload: { issuerId: issuer.id, slug: 'sneaky', content: {} },
    });
    expect(create.statusCode).toBe(403);
    const put = await app.inject({
      method: 'PUT',
      url: `/api/v1/authoring/micro-credentials/${id}/draft`,
      headers: { cookie: otherAdminCookie },
      payload: { content: { title: 'hijack' } },
    });
    expect(put.statusCode).toBe(403);
  });

  it('two admins saving the same draft: the later save over an older base is refused, nothing lost', async () => {
    const created = (
      await app.inject({
        method: 'POST',
        url: '/api/v1/authoring/micro-credentials',
        headers: { cookie: adminCookie },
        payload: { issuerId: issuer.id, slug: 'two-editors', content: { title: 'Start' } },
      })
    ).json();
    const save = (title: string, baseUpdatedAt: string) =>
      app.inject({
        method: 'PUT',
        url: `/api/v1/authoring/micro-credentials/${created.id}/draft`,
        headers: { cookie: adminCookie },
        payload: { content: { title }, baseUpdatedAt },
      });
    deps.clock.advance(1000);
    const first = await save('First editor', created.updatedAt);
    expect(first.statusCode).toBe(200);
    deps.clock.advance(1000);
    const second = await save('Second editor', created.updatedAt);
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('STALE_VERSION');
    const view = (
      await app.inject({
        url: `/api/v1/authoring/micro-credentials/${created.id}`,
        headers: { cookie: adminCookie },
      })
    ).json();
    expect(view.draft.title).toBe('First editor');
    expect((await save('Second, after reload', first.json().updatedAt)).statusCode).toBe(200);
  });

  it('rejects a duplicate slug with 409', async () => {
    const body = { issuerId: issuer.id, slug: 'dupe', content: {} };
    await app.inject({
      method: 'POST',
      url: '/api/v1/authoring/micro-credentials',
      headers: { cookie: adminCookie },
      payload: body,
    });
    const again = await app.inject({
      method: 'POST',
      url: '/api/v1/authoring/micro-credentials',
      headers: { cookie: adminCookie },
      payload: body,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('ALREADY_EXISTS');
  });
});
