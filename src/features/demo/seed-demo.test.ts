import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCatalog } from '../../../demo/catalog/index.js';
import { demoResponses } from '../../../demo/responses.js';
import { DEMO_PASSWORD, DEMO_SIGN_INS } from '../../../demo/people.js';
import { buildApp } from '../../server/app.js';
import type { App } from '../../server/http.js';
import { signIn } from '../../test-support/http.js';
import { createTestDeps, type TestDeps } from '../../test-support/test-deps.js';
import { authForUser } from '../auth/resolve-session.js';
import { decideReview } from '../reviews/decide-review.js';
import { startSubmission } from '../submissions/start-submission.js';
import { submitAttempt } from '../submissions/submit-attempt.js';
import { demoScores } from './demo-scores.js';
import { fillDraft } from './demo-submission.js';
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

  it('every account the demo suggests signs in with the demo password', async () => {
    expect(DEMO_SIGN_INS).toContain('new-assessor@example.org');
    for (const email of DEMO_SIGN_INS) await signIn(app, email, DEMO_PASSWORD);
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

  it('has uploaded evidence the assessor can open: a PDF, and a photo with a thumbnail and no metadata', async () => {
    const files = await deps.db
      .selectFrom('artifacts')
      .select(['id', 'content_type', 'thumbnail_sha256', 'privacy'])
      .where('blob_sha256', 'is not', null)
      .execute();
    expect(files.map((f) => f.content_type)).toEqual(
      expect.arrayContaining(['application/pdf', 'image/jpeg']),
    );
    const photo = files.find((f) => f.content_type === 'image/jpeg')!;
    expect(photo.thumbnail_sha256).not.toBeNull();
    expect(JSON.parse(photo.privacy)).toEqual({ noStudentNames: true, facesConsented: true });
    const cookie = await signIn(app, 'assessor@example.org', DEMO_PASSWORD);
    const review = (await app.inject({ url: '/api/v1/reviews?status=assigned', headers: { cookie } }))
      .json()
      .items.find(
        (r: { microCredential: { title: string } }) => r.microCredential.title === 'Reading Like a Scientist',
      );
    const view = (await app.inject({ url: `/api/v1/reviews/${review.id}`, headers: { cookie } })).json();
    const viewers = view.evidence.artifacts.map((a: { file: { viewer: string } | null }) => a.file?.viewer);
    expect(viewers).toEqual(expect.arrayContaining(['pdf', 'image']));
    const image = view.evidence.artifacts.find(
      (a: { file: { viewer: string } | null }) => a.file?.viewer === 'image',
    );
    const res = await app.inject({ url: image.file.downloadUrl, headers: { cookie } });
    expect(res.statusCode).toBe(200);
    expect((await sharp(res.rawPayload).metadata()).exif).toBeUndefined();
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

describe("Lanternhill's double-scoring demo", () => {
  const cookies = new Map<string, string>();
  const as = async (email: string) => {
    if (!cookies.has(email)) cookies.set(email, await signIn(app, email, DEMO_PASSWORD));
    return cookies.get(email)!;
  };
  const get = async (email: string, url: string) => {
    const res = await app.inject({ url, headers: { cookie: await as(email) } });
    expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
    return res.json();
  };
  const ADMIN = 'lanternhill-admin@example.org';
  const issuerOf = async (email: string) =>
    (await get(email, '/api/v1/me')).memberships.find((m: { role: string }) => m.role === 'issuer_admin')
      .orgId as string;
  const userId = async (email: string) =>
    (await deps.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;
  /** The reviews of an educator's submission of a micro-credential, oldest first. */
  const reviewsOf = (educator: string, slug: string) =>
    deps.db
      .selectFrom('reviews as r')
      .innerJoin('attempts as a', 'a.id', 'r.attempt_id')
      .innerJoin('submissions as s', 's.id', 'a.submission_id')
      .innerJoin('users as e', 'e.id', 's.educator_id')
      .innerJoin('users as u', 'u.id', 'r.assessor_id')
      .innerJoin('micro_credentials as m', 'm.id', 's.micro_credential_id')
      .select(['r.id', 'r.kind', 'r.status', 'r.decision', 'r.due_at', 'r.overdue_alerted_at', 'u.email'])
      .select(['a.id as attempt_id', 'a.double_scored', 's.id as submission_id', 's.status as submission'])
      .where('e.email', '=', educator)
      .where('m.slug', '=', slug)
      .orderBy('r.assigned_at')
      .execute();

  it('scores twice at Lanternhill only, with its SLA, closure days and calibration threshold', async () => {
    const lanternhill = await get(ADMIN, `/api/v1/issuers/${await issuerOf(ADMIN)}/assessment/settings`);
    expect(lanternhill).toMatchObject({
      slaBusinessDays: 5,
      graceBusinessDays: 2,
      doubleScoreFirst: 40,
      calibrationMinPercent: 80,
    });
    expect(lanternhill.holidays).toHaveLength(3);
    const northfield = await get(
      'issuer@example.org',
      `/api/v1/issuers/${await issuerOf('issuer@example.org')}/assessment/settings`,
    );
    expect(northfield).toMatchObject({ doubleScoreFirst: 0, doubleScorePercent: 0 });
  });

  it('has two anchors per anchored micro-credential, scored by the calibrated pool', async () => {
    const anchors = await get(ADMIN, `/api/v1/issuers/${await issuerOf(ADMIN)}/anchors`);
    expect(anchors.items).toHaveLength(6);
    const perMc = new Map<string, number>();
    for (const a of anchors.items)
      perMc.set(a.microCredential.id, (perMc.get(a.microCredential.id) ?? 0) + 1);
    expect([...perMc.values()]).toEqual([2, 2, 2]);
    // One anchor of each is "not yet" on a criterion, so calibrating means reading, not ticking.
    const notYet = anchors.items.filter((a: { referenceScores: { levelId: string }[] }) =>
      a.referenceScores.some((s) => s.levelId !== 'demonstrated'),
    );
    expect(notYet).toHaveLength(3);
    for (const a of anchors.items) expect(a.scoredBy).toBeGreaterThanOrEqual(6);
  });

  it('has assessors qualified by scoring the anchors, and one who has not calibrated yet', async () => {
    const pool = (await get(ADMIN, `/api/v1/issuers/${await issuerOf(ADMIN)}/assessors`)).items as {
      email: string;
      senior: boolean;
      qualifications: { title: string; status: string; agreementPercent: number | null }[];
    }[];
    const member = (email: string) => pool.find((m) => m.email === email)!;
    const anchored = (m: ReturnType<typeof member>) =>
      m.qualifications.filter((q) => q.status !== 'implicit');
    for (const email of ['riley.chen@example.org', 'elena.petrova@example.org', 'aaron.feld@example.org']) {
      expect(anchored(member(email)).map((q) => q.status)).toEqual(['qualified', 'qualified', 'qualified']);
      const scored = await deps.db
        .selectFrom('calibration_scores')
        .select('agreement_percent')
        .where('assessor_id', '=', await userId(email))
        .execute();
      expect(scored).toHaveLength(6);
    }
    // A strict assessor doubts a second criterion of the "not yet" anchors: 75% there, 87.5% overall.
    expect(anchored(member('aaron.feld@example.org')).map((q) => q.agreementPercent)).toEqual([
      87.5, 87.5, 87.5,
    ]);
    expect(
      pool
        .filter((m) => m.senior)
        .map((m) => m.email)
        .sort(),
    ).toEqual(['kwame.mensah@example.org', 'priya.shah@example.org', 'senior-assessor@example.org']);
    expect(anchored(member('new-assessor@example.org')).map((q) => q.status)).toEqual([
      'calibrating',
      'calibrating',
      'calibrating',
    ]);
    const tasks = (await get('new-assessor@example.org', '/api/v1/calibration')).items;
    expect(tasks).toHaveLength(3);
    for (const t of tasks) {
      expect(t).toMatchObject({ status: 'unscored', agreementPercent: null, requiredPercent: 80 });
      expect(t.anchors.map((a: { scored: boolean }) => a.scored)).toEqual([false, false]);
    }
  });

  it('charts real agreement over the default 90 days: every micro-credential has a disagreement', async () => {
    const d = await get(ADMIN, `/api/v1/issuers/${await issuerOf(ADMIN)}/assessment/dashboard?days=90`);
    expect(d.byMicroCredential).toHaveLength(3);
    for (const m of d.byMicroCredential) {
      expect(m.agreement.pairs, m.title).toBeGreaterThanOrEqual(6);
      expect(m.agreement.exact, m.title).toBeGreaterThan(0.5);
      expect(m.agreement.exact, m.title).toBeLessThan(1);
      expect(m.agreement.kappa, m.title).toBeLessThan(1);
    }
    const pairs = d.byMicroCredential.reduce(
      (n: number, m: { agreement: { pairs: number } }) => n + m.agreement.pairs,
      0,
    );
    expect(pairs).toBeGreaterThanOrEqual(20);
    const scorers = d.byAssessor.filter((a: { agreement: { pairs: number } }) => a.agreement.pairs > 0);
    expect(scorers.length).toBeGreaterThanOrEqual(6);
    expect(
      scorers.filter((a: { agreement: { exact: number } }) => a.agreement.exact < 1).length,
    ).toBeGreaterThanOrEqual(3);
    const criteria = d.byCriterion.filter((c: { agreement: { exact: number } }) => c.agreement.exact < 1);
    expect(criteria.length).toBeGreaterThanOrEqual(4);
    expect(d.weekly.some((w: { late: number }) => w.late > 0)).toBe(true);
    expect(d.backlog).toMatchObject({ waiting: 0, overdue: 1 });
  });

  it('keeps every calibrated assessor qualified through the history (no drift into recalibration)', async () => {
    const drifted = await deps.db
      .selectFrom('assessor_qualifications')
      .select('assessor_id')
      .where('status', '=', 'recalibrating')
      .execute();
    expect(drifted).toEqual([]);
  });

  it('has a disagreement waiting for adjudication, and an appeal, in the senior assessor’s queue', async () => {
    const queue = (await get('senior-assessor@example.org', '/api/v1/reviews?status=assigned')).items;
    expect(queue.map((r: { kind: string }) => r.kind).sort()).toEqual(['adjudication', 'appeal']);
    const adjudicated = await reviewsOf('daniel.park@example.org', 'structured-academic-conversations');
    const scorers = adjudicated.filter((r) => r.kind !== 'adjudication');
    expect(scorers.map((r) => r.status)).toEqual(['completed', 'completed']);
    expect(new Set(scorers.map((r) => r.decision))).toEqual(new Set(['earned', 'not_yet']));
    const adjudication = adjudicated.find((r) => r.kind === 'adjudication')!;
    expect(adjudication).toMatchObject({ status: 'assigned', email: 'senior-assessor@example.org' });
  });

  it('has a double-scored attempt scored once so far', async () => {
    const half = await reviewsOf('luis.moreno@example.org', 'structured-academic-conversations');
    expect(half.every((r) => r.double_scored === 1)).toBe(true);
    expect(half.map((r) => r.status).sort()).toEqual(['assigned', 'completed']);
    expect(half[0]!.submission).toBe('in_review');
  });

  it('reassigned an overdue review after the grace period, and flags the one overdue now', async () => {
    const issuerId = await issuerOf(ADMIN);
    const moved = await reviewsOf('hannah.schmidt@example.org', 'proactive-family-communication');
    expect(moved.map((r) => r.status).sort()).toEqual(['assigned', 'completed', 'reassigned']);
    const log = (await get(ADMIN, `/api/v1/issuers/${issuerId}/audit?limit=50`)).items;
    const auto = log.find((e: { action: string }) => e.action === 'review.reassigned');
    expect(auto, 'on the first page of the audit log').toBeTruthy();
    expect(auto.actor).toBeNull();
    expect(auto.subjectId).toBe(moved.find((r) => r.status === 'reassigned')!.id);
    expect(auto.after.reason).toMatch(/^Overdue since .*reassigned automatically after 2 business days/);
    const open = (await get(ADMIN, `/api/v1/issuers/${issuerId}/assessment/open`)).items;
    const now = moved.find((r) => r.status === 'assigned')!;
    expect(open.find((o: { id: string }) => o.id === now.id)).toMatchObject({
      state: 'assigned',
      overdue: false,
    });

    const late = await reviewsOf('omar.haddad@example.org', 'teaching-classroom-routines');
    const waiting = late.find((r) => r.status === 'assigned')!;
    expect(waiting.due_at! < deps.clock.now().toISOString()).toBe(true);
    expect(waiting.overdue_alerted_at).not.toBeNull();
    expect(open.filter((o: { overdue: boolean }) => o.overdue).map((o: { id: string }) => o.id)).toEqual([
      waiting.id,
    ]);
    expect(
      log.some(
        (e: { action: string; subjectId: string }) =>
          e.action === 'review.overdue' && e.subjectId === waiting.id,
      ),
    ).toBe(true);
  });

  it('has one appeal decided for good (overturned, credential issued) and one open', async () => {
    const appeals = await deps.db.selectFrom('appeals').select(['status', 'submission_id']).execute();
    expect(appeals.map((a) => a.status).sort()).toEqual(['open', 'overturned']);
    const decided = appeals.find((a) => a.status === 'overturned')!;
    const credential = await deps.db
      .selectFrom('credentials as c')
      .innerJoin('submissions as s', (j) =>
        j
          .onRef('s.educator_id', '=', 'c.educator_id')
          .onRef('s.micro_credential_id', '=', 'c.micro_credential_id'),
      )
      .select('c.id')
      .where('s.id', '=', decided.submission_id)
      .executeTakeFirst();
    expect(credential).toBeTruthy();
    const grace = (await reviewsOf('grace.adeyemi@example.org', 'proactive-family-communication'))[0]!;
    const view = await get('grace.adeyemi@example.org', `/api/v1/submissions/${grace.submission_id}`);
    expect(view.status).toBe('in_review');
    expect(view.appeal).toMatchObject({ status: 'open' });
  });

  it('offers feedback templates on the review screen', async () => {
    const [review] = (await get('senior-assessor@example.org', '/api/v1/reviews?status=assigned')).items;
    const view = await get('senior-assessor@example.org', `/api/v1/reviews/${review.id}`);
    expect(view.feedbackTemplates.length).toBeGreaterThanOrEqual(2);
  });

  // The two tests below change the demo; they come last.

  it('qualifies the new assessor once she scores the anchors as the reference does', async () => {
    const anchors = (await get(ADMIN, `/api/v1/issuers/${await issuerOf(ADMIN)}/anchors`)).items;
    // Teaching routines, so the family-communication pool the next test relies on stays as seeded.
    const task = (await get('new-assessor@example.org', '/api/v1/calibration')).items.find(
      (t: { microCredential: { title: string } }) =>
        t.microCredential.title.startsWith('Teaching Classroom Routines'),
    );
    let last: { complete: boolean; qualified: boolean; meanPercent?: number } | undefined;
    for (const { id } of task.anchors) {
      const reference = anchors.find((a: { id: string }) => a.id === id).referenceScores;
      const res = await app.inject({
        method: 'PUT',
        url: `/api/v1/calibration/anchors/${id}/scores`,
        headers: { cookie: await as('new-assessor@example.org') },
        payload: { scores: reference.map((s: object) => ({ ...s, feedback: '' })) },
      });
      expect(res.statusCode, res.body).toBe(200);
      last = res.json();
    }
    expect(last).toMatchObject({ complete: true, qualified: true, meanPercent: 100 });
    const after = (await get('new-assessor@example.org', '/api/v1/calibration')).items;
    expect(
      after.find((t: { microCredential: { id: string } }) => t.microCredential.id === task.microCredential.id)
        .status,
    ).toBe('qualified');
  });

  // What e2e/double-scoring.spec.ts relies on, through the same use cases, in a fraction of the time.
  it("sends educator@'s new family-communication attempt to Riley Chen and Elena Petrova, and their disagreement to Ruth Abernathy", async () => {
    const mc = await deps.db
      .selectFrom('micro_credentials')
      .select('id')
      .where('slug', '=', 'proactive-family-communication')
      .executeTakeFirstOrThrow();
    const maya = (await authForUser(deps.db, await userId('educator@example.org')))!;
    const view = await startSubmission(deps, maya, mc.id);
    const content = view.microCredential.content;
    await fillDraft(deps, maya, view.id, demoResponses['proactive-family-communication']!, content, {
      partial: false,
    });
    await submitAttempt(deps, maya, view.id);
    const pair = await reviewsOf('educator@example.org', 'proactive-family-communication');
    expect(pair.map((r) => r.email).sort()).toEqual(['elena.petrova@example.org', 'riley.chen@example.org']);
    for (const [i, r] of pair.entries()) {
      const assessor = (await authForUser(deps.db, await userId(r.email)))!;
      await decideReview(deps, assessor, r.id, demoScores(content, i === 0));
    }
    const adjudication = (await reviewsOf('educator@example.org', 'proactive-family-communication')).find(
      (r) => r.kind === 'adjudication',
    )!;
    expect(adjudication.email).toBe('senior-assessor@example.org');
    const ruth = (await authForUser(deps.db, await userId('senior-assessor@example.org')))!;
    expect(await decideReview(deps, ruth, adjudication.id, demoScores(content, true))).toEqual({
      decision: 'earned',
      final: true,
    });
  });
});

// The demo is dated back from whenever it is seeded; weekends move due dates, so the work under
// way now must come out the same on any day. The suite above seeds on a Monday morning.
describe('the demo seeded on a Sunday', () => {
  let sunday: TestDeps;
  beforeAll(async () => {
    sunday = await createTestDeps();
    sunday.clock.set('2026-11-08T12:00:00Z');
    await seedDemo(sunday);
  }, 120_000);
  afterAll(() => sunday?.close());

  it('still has the adjudication and the appeal with the senior, one overdue review flagged, one reassigned', async () => {
    const { db } = sunday;
    const now = sunday.clock.now().toISOString();
    const open = await db
      .selectFrom('reviews as r')
      .innerJoin('users as u', 'u.id', 'r.assessor_id')
      .innerJoin('organizations as o', 'o.id', 'r.issuer_id')
      .select(['u.email', 'r.kind', 'r.due_at', 'r.overdue_alerted_at'])
      .where('o.slug', '=', 'lanternhill-teaching-practice-institute')
      .where('r.status', '=', 'assigned')
      .execute();
    expect(
      open
        .filter(
          (r) => r.email === 'senior-assessor@example.org' && r.kind !== 'primary' && r.kind !== 'second',
        )
        .map((r) => r.kind)
        .sort(),
    ).toEqual(['adjudication', 'appeal']);
    const overdue = open.filter((r) => r.due_at! < now);
    expect(overdue).toHaveLength(1);
    expect(overdue[0]!.overdue_alerted_at).not.toBeNull();
    const load = (email: string) => open.filter((r) => r.email === email).length;
    // What e2e/double-scoring.spec.ts relies on: Ruth (5 places) busier than Riley and Elena (10).
    expect(load('senior-assessor@example.org') / 5).toBeGreaterThan(load('riley.chen@example.org') / 10);
    expect(load('senior-assessor@example.org') / 5).toBeGreaterThan(load('elena.petrova@example.org') / 10);
    expect(load('senior-assessor@example.org')).toBeLessThan(5);
    const moved = await db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'review.reassigned')
      .where('actor_id', 'is', null)
      .execute();
    expect(moved.length).toBeGreaterThanOrEqual(1);
    expect(
      await db
        .selectFrom('unassigned_reviews')
        .select('id')
        .where('kind', 'in', ['adjudication', 'appeal'])
        .execute(),
    ).toEqual([]);
  });
});
