import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../server/app.js';
import type { App } from '../server/http.js';
import { authFor, buildOrg, buildUser } from '../test-support/factories.js';
import { signIn } from '../test-support/http.js';
import { completeDraft, scoresFor, submitForReview } from '../test-support/loop.js';
import { publishSample } from '../test-support/publish.js';
import { buildContent } from '../test-support/sample-content.js';
import { createTestDeps, type TestDeps } from '../test-support/test-deps.js';

/**
 * Requests that race each other end in a clear 4xx for the losers and consistent data — never a
 * 500 or a duplicate. SQLite serializes transactions; these matter most on PostgreSQL.
 */
let deps: TestDeps;
let app: App;
let issuerId: string;
let adminCookie: string;
let educatorCookie: string;
let assessorCookie: string;
let author: Awaited<ReturnType<typeof authFor>>;

beforeAll(async () => {
  deps = await createTestDeps();
  app = await buildApp(deps, { logger: false, serveWeb: false });
  const platform = await buildOrg(deps.db, 'platform', 'Platform');
  const issuer = await buildOrg(deps.db, 'issuer', 'Race Issuer');
  issuerId = issuer.id;
  const admin = await buildUser(deps.db, {
    roles: [
      ['issuer_admin', issuer.id],
      ['platform_admin', platform.id],
    ],
  });
  const educator = await buildUser(deps.db);
  const assessor = await buildUser(deps.db, { roles: [['assessor', issuer.id]] });
  author = await authFor(deps.db, admin.id);
  adminCookie = await signIn(app, admin.email);
  educatorCookie = await signIn(app, educator.email);
  assessorCookie = await signIn(app, assessor.email);
});
afterAll(async () => {
  await app.close();
  await deps.close();
});

const call = (method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, cookie: string, payload?: object) =>
  app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
const statuses = (rs: { statusCode: number }[]) => rs.map((r) => r.statusCode).sort();

describe('races', () => {
  it('five simultaneous starts make one submission', async () => {
    const mc = await publishSample(deps, author, issuerId);
    const rs = await Promise.all(
      Array.from({ length: 5 }, () =>
        call('POST', '/api/v1/submissions', educatorCookie, { microCredentialId: mc.id }),
      ),
    );
    expect(statuses(rs)).toEqual([201, 409, 409, 409, 409]);
    const rows = await deps.db
      .selectFrom('submissions')
      .select('id')
      .where('micro_credential_id', '=', mc.id)
      .execute();
    expect(rows).toHaveLength(1);
  });

  it('simultaneous publishes make one new version', async () => {
    const created = (
      await call('POST', '/api/v1/authoring/micro-credentials', adminCookie, {
        issuerId,
        slug: 'raced',
        content: buildContent(),
      })
    ).json();
    const rs = await Promise.all(
      Array.from({ length: 3 }, () =>
        call('POST', `/api/v1/authoring/micro-credentials/${created.id}/publish`, adminCookie),
      ),
    );
    expect(statuses(rs)).toEqual([200, 409, 409]);
    const versions = await deps.db
      .selectFrom('micro_credential_versions')
      .select('version')
      .where('micro_credential_id', '=', created.id)
      .execute();
    expect(versions).toHaveLength(1);
  });

  it('evidence added while submitting is refused or included — never added after the freeze', async () => {
    const mc = await publishSample(deps, author, issuerId, {}, 'race-evidence');
    const id = (
      await call('POST', '/api/v1/submissions', educatorCookie, { microCredentialId: mc.id })
    ).json().id;
    await completeDraft(app, educatorCookie, id);
    const link = {
      kind: 'link',
      requirementId: 'lesson-plan',
      title: 'Late',
      url: 'https://example.org/late',
    };
    const rs = await Promise.all([
      call('POST', `/api/v1/submissions/${id}/submit`, educatorCookie),
      call('POST', `/api/v1/submissions/${id}/artifacts`, educatorCookie, link),
      call('POST', `/api/v1/submissions/${id}/artifacts`, educatorCookie, link),
    ]);
    expect(rs.every((r) => r.statusCode < 500)).toBe(true);
    const view = (await call('GET', `/api/v1/submissions/${id}`, educatorCookie)).json();
    const attempt = await deps.db
      .selectFrom('attempts')
      .select(['id', 'submitted_at'])
      .where('submission_id', '=', id)
      .executeTakeFirstOrThrow();
    const late = await deps.db
      .selectFrom('artifacts')
      .select('id')
      .where('attempt_id', '=', attempt.id)
      .where('created_at', '>', attempt.submitted_at ?? '9999')
      .execute();
    expect(late).toEqual([]);
    expect(view.current.artifacts.length).toBeLessThanOrEqual(2);
  });

  it('scores saved while deciding never overwrite the decision', async () => {
    const mc = await publishSample(deps, author, issuerId, {}, 'race-scores');
    const { submissionId: id, review } = await submitForReview(app, educatorCookie, assessorCookie, mc.id);
    const full = scoresFor(review, true);
    const rs = await Promise.all([
      call('POST', `/api/v1/reviews/${review.id}/decision`, assessorCookie, { scores: full }),
      call('POST', `/api/v1/reviews/${review.id}/decision`, assessorCookie, { scores: full }),
      ...Array.from({ length: 6 }, () =>
        call('PUT', `/api/v1/reviews/${review.id}/scores`, assessorCookie, { scores: full.slice(0, 1) }),
      ),
    ]);
    expect(rs.every((r) => r.statusCode < 500)).toBe(true);
    expect(rs.filter((r) => r.statusCode === 200 && r.json().decision).length).toBe(1);
    const row = await deps.db
      .selectFrom('reviews')
      .select(['status', 'scores'])
      .where('id', '=', review.id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('completed');
    expect(JSON.parse(row.scores)).toHaveLength(full.length);
    expect(
      await deps.db.selectFrom('credentials').select('id').where('submission_id', '=', id).execute(),
    ).toHaveLength(1);
  });

  it('an invitation accepted three times at once makes one account', async () => {
    const inv = (
      await call('POST', '/api/v1/admin/invitations', adminCookie, {
        email: 'racer@example.test',
        name: 'Racer',
        orgId: issuerId,
        role: 'assessor',
      })
    ).json();
    const token = inv.acceptUrl.split('/').pop();
    const rs = await Promise.all(
      Array.from({ length: 3 }, () =>
        app.inject({
          method: 'POST',
          url: `/api/v1/invitations/${token}/accept`,
          payload: { name: 'Racer', password: 'a long enough password' },
        }),
      ),
    );
    expect(statuses(rs)).toEqual([200, 409, 409]);
    expect(
      await deps.db.selectFrom('users').select('id').where('email', '=', 'racer@example.test').execute(),
    ).toHaveLength(1);
  });

  it('an absurd revision number is a 400, not a database error', async () => {
    const mc = await publishSample(deps, author, issuerId, {}, 'race-revision');
    const id = (
      await call('POST', '/api/v1/submissions', educatorCookie, { microCredentialId: mc.id })
    ).json().id;
    expect(
      (await call('PATCH', `/api/v1/submissions/${id}/draft`, educatorCookie, { revision: 2 ** 40 }))
        .statusCode,
    ).toBe(400);
  });
});
