import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AssessmentDashboard, OpenReview, PoolMember } from '../../contracts/assessment.js';
import type { ReviewSummary, ReviewView, Score } from '../../contracts/reviews.js';
import {
  anotherEducator,
  earnCredential,
  useCredentialWorld,
  type CredentialWorld,
} from '../../test-support/credential-world.js';
import { authFor, buildUser } from '../../test-support/factories.js';
import { publishSample } from '../../test-support/publish.js';
import { signIn } from '../../test-support/http.js';
import { completeDraft, scoresFor } from '../../test-support/loop.js';
import { sweepAssessment } from './sweep.js';

/** A decided attempt an anchor can be made of (AnchorCandidate has no exported type). */
type AnchorCandidate = { attemptId: string; decision: 'earned' | 'not_yet'; scores: Score[] };

/**
 * The issuer admin's assessment workforce through the API: reassigning open reviews, capacity and
 * away periods, the overdue sweep, appeals, calibration on anchors, the append-only audit log, and
 * who may reach the issuer-admin routes at all.
 */

type Person = { id: string; email: string; name: string; cookie: string };
type Call = ReturnType<typeof useCredentialWorld>['call'];
type Role = NonNullable<Parameters<typeof buildUser>[1]>['roles'];

const DAY = 24 * 60 * 60 * 1000;

/** A signed-in user of the world with the given roles. */
async function person(w: CredentialWorld, roles: Role): Promise<Person> {
  const u = await buildUser(w.deps.db, { roles });
  return { ...u, cookie: await signIn(w.app, u.email) };
}
const poolMember = (w: CredentialWorld, more: Role = []) => person(w, [['assessor', w.issuer.id], ...more]);

/** The educator's school and its district (the world does not expose them). */
async function educatorOrgs(w: CredentialWorld) {
  const { org_id } = await w.deps.db
    .selectFrom('memberships')
    .select('org_id')
    .where('user_id', '=', w.educator.id)
    .executeTakeFirstOrThrow();
  const school = await w.deps.db
    .selectFrom('organizations')
    .select(['id', 'parent_id'])
    .where('id', '=', org_id)
    .executeTakeFirstOrThrow();
  return { schoolId: school.id, districtId: school.parent_id! };
}

async function setAssessor(
  call: Call,
  w: CredentialWorld,
  userId: string,
  body: { capacity?: number; senior?: boolean; awayFrom?: string | null; awayUntil?: string | null },
) {
  const res = await call('PUT', `/api/v1/issuers/${w.issuer.id}/assessors/${userId}`, w.admin.cookie, {
    capacity: 10,
    senior: false,
    awayFrom: null,
    awayUntil: null,
    ...body,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<PoolMember>();
}

async function submit(w: CredentialWorld, call: Call, educatorCookie = w.educator.cookie) {
  const started = await call('POST', '/api/v1/submissions', educatorCookie, { microCredentialId: w.mcId });
  expect(started.statusCode, started.body).toBe(201);
  const id = started.json<{ id: string }>().id;
  await completeDraft(w.app, educatorCookie, id);
  expect((await call('POST', `/api/v1/submissions/${id}/submit`, educatorCookie)).statusCode).toBe(200);
  return id;
}

const openQueue = async (call: Call, cookie: string) =>
  (await call('GET', '/api/v1/reviews?status=assigned', cookie)).json<{ items: ReviewSummary[] }>().items;
const reviewView = async (call: Call, cookie: string, id: string) =>
  (await call('GET', `/api/v1/reviews/${id}`, cookie)).json<ReviewView>();
const openWork = async (call: Call, w: CredentialWorld) => {
  const res = await call('GET', `/api/v1/issuers/${w.issuer.id}/assessment/open`, w.admin.cookie);
  expect(res.statusCode).toBe(200);
  return res.json<{ items: OpenReview[] }>().items;
};
const auditOf = async (call: Call, w: CredentialWorld) =>
  (await call('GET', `/api/v1/issuers/${w.issuer.id}/audit?limit=200`, w.admin.cookie)).json<{
    items: {
      id: string;
      at: string;
      action: string;
      actor: { id: string } | null;
      subjectId: string;
      after: unknown;
      before: unknown;
    }[];
  }>().items;
const decide = (call: Call, cookie: string, view: ReviewView, earned: boolean) =>
  call('POST', `/api/v1/reviews/${view.id}/decision`, cookie, { scores: scoresFor(view, earned) });
const reassign = (call: Call, w: CredentialWorld, reviewId: string, body: object) =>
  call(
    'POST',
    `/api/v1/issuers/${w.issuer.id}/assessment/reviews/${reviewId}/reassign`,
    w.admin.cookie,
    body,
  );

/** Which of `people` holds an open review, and that review. */
async function holder(call: Call, people: Person[]) {
  const found: { person: Person; review: ReviewSummary }[] = [];
  for (const p of people)
    for (const review of await openQueue(call, p.cookie)) found.push({ person: p, review });
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('reassigning an open review', () => {
  const { w, call } = useCredentialWorld();
  let second: Person;
  let sameSchool: Person;
  let sameDistrict: Person;
  beforeAll(async () => {
    const { schoolId, districtId } = await educatorOrgs(w);
    second = await poolMember(w);
    sameSchool = await poolMember(w, [['educator', schoolId]]);
    sameDistrict = await poolMember(w, [['educator', districtId]]);
  });

  it('refuses an assessor from the educator’s own school or district (400, conflict)', async () => {
    await submit(w, call);
    const { review } = await holder(call, [w.assessor, second, sameSchool, sameDistrict]);
    for (const conflicted of [sameSchool, sameDistrict]) {
      const res = await reassign(call, w, review.id, {
        toAssessorId: conflicted.id,
        reason: 'Balancing load',
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.message).toMatch(/conflict of interest/);
    }
    const outsider = await reassign(call, w, review.id, {
      toAssessorId: w.admin.id,
      reason: 'Balancing load',
    });
    expect(outsider.statusCode).toBe(400);
    const short = await reassign(call, w, review.id, { reason: 'no' });
    expect(short.statusCode).toBe(400);
    // Nothing moved.
    expect((await holder(call, [w.assessor, second, sameSchool, sameDistrict])).review.id).toBe(review.id);
  });

  it('moves it to a named assessor; the previous one gets 409 REVIEW_REASSIGNED', async () => {
    const from = await holder(call, [w.assessor, second]);
    const to = from.person.id === w.assessor.id ? second : w.assessor;
    const view = await reviewView(call, from.person.cookie, from.review.id);
    const res = await reassign(call, w, from.review.id, { toAssessorId: to.id, reason: 'Assessor on leave' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ assessorId: to.id });
    const late = await decide(call, from.person.cookie, view, true);
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('REVIEW_REASSIGNED');
    const save = await call('PUT', `/api/v1/reviews/${from.review.id}/scores`, from.person.cookie, {
      scores: scoresFor(view, true).slice(0, 1),
    });
    expect(save.json().error.code).toBe('REVIEW_REASSIGNED');
    expect(await openQueue(call, from.person.cookie)).toEqual([]);
    const now = await holder(call, [w.assessor, second]);
    expect(now.person.id).toBe(to.id);
    expect(now.review.id).not.toBe(from.review.id);
    const again = await reassign(call, w, from.review.id, { reason: 'Try the old one again' });
    expect(again.statusCode).toBe(409);
  });

  it('moves it to the next eligible assessor when none is named, and that one can decide', async () => {
    const from = await holder(call, [w.assessor, second]);
    const expected = from.person.id === w.assessor.id ? second : w.assessor;
    const view = await reviewView(call, from.person.cookie, from.review.id);
    const res = await reassign(call, w, from.review.id, { reason: 'Rebalancing the queue' });
    expect(res.statusCode, res.body).toBe(200);
    // The conflicted pool members are never next; the previous holder is excluded.
    expect(res.json()).toEqual({ assessorId: expected.id });
    expect((await decide(call, from.person.cookie, view, true)).json().error.code).toBe('REVIEW_REASSIGNED');
    const next = await holder(call, [w.assessor, second, sameSchool, sameDistrict]);
    expect(next.person.id).toBe(expected.id);
    const done = await decide(
      call,
      expected.cookie,
      await reviewView(call, expected.cookie, next.review.id),
      true,
    );
    expect(done.json()).toEqual({ decision: 'earned', final: true });
    const moved = (await auditOf(call, w)).filter((e) => e.action === 'review.reassigned');
    expect(moved).toHaveLength(2);
    expect(moved.every((e) => e.actor?.id === w.admin.id)).toBe(true);
  });
});

describe('capacity and away periods', () => {
  const { w, call } = useCredentialWorld();

  it('keeps a second submission waiting while the only assessor is full, and assigns it when a place frees', async () => {
    expect((await setAssessor(call, w, w.assessor.id, { capacity: 1 })).capacity).toBe(1);
    const other = await anotherEducator(w);
    await submit(w, call);
    await submit(w, call, other.cookie);
    const open = await openWork(call, w);
    expect(open.map((o) => o.state).sort()).toEqual(['assigned', 'waiting']);
    expect(open.find((o) => o.state === 'assigned')!.assessor!.id).toBe(w.assessor.id);
    expect(open.find((o) => o.state === 'waiting')!.assessor).toBeNull();
    const [first] = await openQueue(call, w.assessor.cookie);
    expect(first!).toMatchObject({ kind: 'primary', doubleScored: false });
    expect(await openQueue(call, w.assessor.cookie)).toHaveLength(1);
    const done = await decide(
      call,
      w.assessor.cookie,
      await reviewView(call, w.assessor.cookie, first!.id),
      true,
    );
    expect(done.statusCode).toBe(200);
    // The decision frees the place, and the waiting review takes it at once: the sweep finds nothing.
    expect((await sweepAssessment(w.deps.db, w.deps.clock.now())).assigned).toBe(0);
    const after = await openWork(call, w);
    expect(after.map((o) => [o.state, o.assessor?.id])).toEqual([['assigned', w.assessor.id]]);
    expect((await openQueue(call, w.assessor.cookie)).map((r) => r.id)).not.toContain(first!.id);
  });

  it('skips an away assessor, and assigns to them once they are back', async () => {
    const now = w.deps.clock.now().getTime();
    const away = await poolMember(w);
    await setAssessor(call, w, away.id, {
      awayFrom: new Date(now - DAY).toISOString(),
      awayUntil: new Date(now + 30 * DAY).toISOString(),
    });
    const third = await anotherEducator(w);
    await submit(w, call, third.cookie);
    // The world's assessor is full (capacity 1), the other away: it waits.
    expect((await openWork(call, w)).filter((o) => o.state === 'waiting')).toHaveLength(1);
    expect(await openQueue(call, away.cookie)).toEqual([]);
    expect((await sweepAssessment(w.deps.db, w.deps.clock.now())).assigned).toBe(0);
    await setAssessor(call, w, away.id, { awayFrom: null, awayUntil: null });
    expect((await sweepAssessment(w.deps.db, w.deps.clock.now())).assigned).toBe(1);
    expect(await openQueue(call, away.cookie)).toHaveLength(1);
    expect((await openWork(call, w)).filter((o) => o.state === 'waiting')).toEqual([]);
  });
});

describe('overdue reviews', () => {
  const { w, call } = useCredentialWorld();
  let second: Person;
  beforeAll(async () => {
    second = await poolMember(w);
  });

  it('alerts the issuer admin once past the due date, then reassigns after the grace period', async () => {
    await submit(w, call);
    const from = await holder(call, [w.assessor, second]);
    const to = from.person.id === w.assessor.id ? second : w.assessor;
    const dueAt = from.review.dueAt!;
    expect(Date.parse(dueAt)).toBeGreaterThan(w.deps.clock.now().getTime());
    expect((await sweepAssessment(w.deps.db, w.deps.clock.now())).alerted).toBe(0);

    w.deps.clock.set(new Date(Date.parse(dueAt) + 60 * 60 * 1000).toISOString());
    expect(await sweepAssessment(w.deps.db, w.deps.clock.now())).toEqual({
      alerted: 1,
      reassigned: 0,
      assigned: 0,
    });
    expect((await sweepAssessment(w.deps.db, w.deps.clock.now())).alerted).toBe(0);
    const notes = (await call('GET', '/api/v1/me/notifications', w.admin.cookie)).json<{
      items: { kind: string }[];
    }>().items;
    expect(notes.filter((n) => n.kind === 'review_overdue')).toHaveLength(1);
    const overdue = (await auditOf(call, w)).filter((e) => e.action === 'review.overdue');
    expect(overdue.map((e) => e.subjectId)).toEqual([from.review.id]);
    expect((await openQueue(call, from.person.cookie))[0]!.overdue).toBe(true);
    expect((await openWork(call, w))[0]!.overdue).toBe(true);

    // A week past due is past any grace of 2 business days.
    w.deps.clock.set(new Date(Date.parse(dueAt) + 7 * DAY).toISOString());
    const view = await reviewView(call, from.person.cookie, from.review.id);
    expect((await sweepAssessment(w.deps.db, w.deps.clock.now())).reassigned).toBe(1);
    expect((await decide(call, from.person.cookie, view, true)).json().error.code).toBe('REVIEW_REASSIGNED');
    const now = await holder(call, [w.assessor, second]);
    expect(now.person.id).toBe(to.id);
    expect(Date.parse(now.review.dueAt!)).toBeGreaterThan(w.deps.clock.now().getTime());
    const moved = (await auditOf(call, w)).filter((e) => e.action === 'review.reassigned');
    expect(moved).toHaveLength(1);
    expect(moved[0]!.actor).toBeNull();
    expect(moved[0]!.subjectId).toBe(from.review.id);
  });
});

describe('capacity across issuers', () => {
  const { w, call } = useCredentialWorld();

  it('counts only the issuer’s own open reviews against its capacity', async () => {
    // The world's assessor also scores for another issuer, and has an open review there.
    await w.deps.db
      .insertInto('memberships')
      .values({
        id: randomUUID(),
        user_id: w.assessor.id,
        org_id: w.otherIssuer.id,
        role: 'assessor',
        created_at: w.deps.clock.now().toISOString(),
      })
      .execute();
    const otherMc = await publishSample(w.deps, await authFor(w.deps.db, w.otherAdmin.id), w.otherIssuer.id);
    const started = await call('POST', '/api/v1/submissions', w.educator.cookie, {
      microCredentialId: otherMc.id,
    });
    expect(started.statusCode, started.body).toBe(201);
    const otherSubmission = started.json<{ id: string }>().id;
    await completeDraft(w.app, w.educator.cookie, otherSubmission);
    expect(
      (await call('POST', `/api/v1/submissions/${otherSubmission}/submit`, w.educator.cookie)).statusCode,
    ).toBe(200);
    expect(await openQueue(call, w.assessor.cookie)).toHaveLength(1);

    // With a place for one at this issuer, this issuer's work still finds it free.
    await setAssessor(call, w, w.assessor.id, { capacity: 1 });
    await submit(w, call);
    expect(await openQueue(call, w.assessor.cookie)).toHaveLength(2);
    expect((await openWork(call, w)).map((o) => [o.state, o.assessor?.id])).toEqual([
      ['assigned', w.assessor.id],
    ]);
  });
});

describe('an overdue review with nobody free to take it', () => {
  const { w, call } = useCredentialWorld();

  it('stays with its assessor (flagged) until another eligible assessor is free', async () => {
    const second = await poolMember(w);
    await submit(w, call);
    const from = await holder(call, [w.assessor, second]);
    const other = from.person.id === w.assessor.id ? second : w.assessor;
    const now = w.deps.clock.now().getTime();
    await setAssessor(call, w, other.id, {
      awayFrom: new Date(now).toISOString(),
      awayUntil: new Date(now + 60 * DAY).toISOString(),
    });
    w.deps.clock.set(new Date(Date.parse(from.review.dueAt!) + 14 * DAY).toISOString());
    expect(await sweepAssessment(w.deps.db, w.deps.clock.now())).toEqual({
      alerted: 1,
      reassigned: 0,
      assigned: 0,
    });
    expect((await openQueue(call, from.person.cookie)).map((r) => r.id)).toEqual([from.review.id]);
    expect((await auditOf(call, w)).filter((e) => e.action === 'review.reassigned')).toEqual([]);
    const waiting = await w.deps.db.selectFrom('unassigned_reviews').select('id').execute();
    expect(waiting).toEqual([]);
    // Not done and past due: late in the on-time share, for the pool and for its assessor.
    const dash = (
      await call('GET', `/api/v1/issuers/${w.issuer.id}/assessment/dashboard`, w.admin.cookie)
    ).json<AssessmentDashboard>();
    expect(dash.turnaround).toMatchObject({ count: 0, onTimeShare: 0 });
    expect(dash.byAssessor.map((a) => [a.id, a.count, a.onTimeShare])).toEqual([[from.person.id, 0, 0]]);

    await setAssessor(call, w, other.id, { awayFrom: null, awayUntil: null });
    expect((await sweepAssessment(w.deps.db, w.deps.clock.now())).reassigned).toBe(1);
    expect((await holder(call, [w.assessor, second])).person.id).toBe(other.id);
  });
});

describe('appeals', () => {
  const { w, call } = useCredentialWorld();
  let senior: Person;
  let submissionId: string;
  const reason = 'The lesson plan marks every check on page two; please look again at it.';

  beforeAll(async () => {
    // The first assessor is senior too, so the appeal must avoid them for having reviewed it.
    await setAssessor(call, w, w.assessor.id, { senior: true });
    senior = await poolMember(w);
    await setAssessor(call, w, senior.id, { senior: true, capacity: 0 });
    submissionId = await submit(w, call);
    const [review] = await openQueue(call, w.assessor.cookie);
    const res = await decide(
      call,
      w.assessor.cookie,
      await reviewView(call, w.assessor.cookie, review!.id),
      false,
    );
    expect(res.json()).toEqual({ decision: 'not_yet', final: true });
    await setAssessor(call, w, senior.id, { senior: true, capacity: 5 });
  });

  it('refuses a reason under 30 characters (400)', async () => {
    const sub = (await call('GET', `/api/v1/submissions/${submissionId}`, w.educator.cookie)).json();
    expect(sub).toMatchObject({ status: 'not_yet', canAppeal: true, appeal: null });
    const res = await call('POST', `/api/v1/submissions/${submissionId}/appeal`, w.educator.cookie, {
      reason: 'Please look again.',
    });
    expect(res.statusCode).toBe(400);
  });

  it('accepts one appeal (a second is 409) and sends it to a senior who did not review it', async () => {
    const other = await anotherEducator(w);
    expect(
      (await call('POST', `/api/v1/submissions/${submissionId}/appeal`, other.cookie, { reason })).statusCode,
    ).toBe(404);
    const res = await call('POST', `/api/v1/submissions/${submissionId}/appeal`, w.educator.cookie, {
      reason,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ id: expect.any(String), status: 'open' });
    const twice = await call('POST', `/api/v1/submissions/${submissionId}/appeal`, w.educator.cookie, {
      reason,
    });
    expect(twice.statusCode).toBe(409);
    const sub = (await call('GET', `/api/v1/submissions/${submissionId}`, w.educator.cookie)).json();
    expect(sub.canAppeal).toBe(false);
    expect(sub.appeal).toMatchObject({ status: 'open', reason, decidedAt: null });
    expect(await openQueue(call, w.assessor.cookie)).toEqual([]);
    const queue = await openQueue(call, senior.cookie);
    expect(queue.map((r) => r.kind)).toEqual(['appeal']);
    expect((await reviewView(call, senior.cookie, queue[0]!.id)).appealReason).toBe(reason);
  });

  it('makes the senior’s decision final and records it', async () => {
    const [review] = await openQueue(call, senior.cookie);
    const res = await decide(call, senior.cookie, await reviewView(call, senior.cookie, review!.id), true);
    expect(res.json()).toEqual({ decision: 'earned', final: true });
    const sub = (await call('GET', `/api/v1/submissions/${submissionId}`, w.educator.cookie)).json();
    expect(sub.status).toBe('earned');
    expect(sub.credentialId).toEqual(expect.any(String));
    expect(sub.canAppeal).toBe(false);
    expect(sub.appeal).toMatchObject({
      status: 'overturned',
      reason,
      decidedAt: w.deps.clock.now().toISOString(),
    });
    const again = await call('POST', `/api/v1/submissions/${submissionId}/appeal`, w.educator.cookie, {
      reason,
    });
    expect(again.statusCode).toBe(409);
    const actions = (await auditOf(call, w)).map((e) => e.action);
    expect(actions.filter((a) => a === 'appeal.filed')).toHaveLength(1);
    expect(actions.filter((a) => a === 'appeal.decided')).toHaveLength(1);
  });
});

describe('calibration on anchors', () => {
  const { w, call } = useCredentialWorld();
  let candidate: AnchorCandidate;
  let anchorId: string;
  let newcomer: Person;

  it('makes an anchor of a decided attempt; existing assessors stay qualified', async () => {
    await earnCredential(w);
    const res = await call(
      'GET',
      `/api/v1/issuers/${w.issuer.id}/anchor-candidates?microCredentialId=${w.mcId}`,
      w.admin.cookie,
    );
    expect(res.statusCode).toBe(200);
    const items = res.json<{ items: AnchorCandidate[] }>().items;
    expect(items).toHaveLength(1);
    candidate = items[0]!;
    expect(candidate.decision).toBe('earned');
    const created = await call('POST', `/api/v1/issuers/${w.issuer.id}/anchors`, w.admin.cookie, {
      attemptId: candidate.attemptId,
      title: 'A clear plan',
      referenceScores: candidate.scores,
    });
    expect(created.statusCode, created.body).toBe(201);
    anchorId = created.json().id;
    expect(created.json()).toMatchObject({ attemptId: candidate.attemptId, scoredBy: 0 });
    const pool = (await call('GET', `/api/v1/issuers/${w.issuer.id}/assessors`, w.admin.cookie)).json<{
      items: PoolMember[];
    }>().items;
    expect(pool.find((m) => m.id === w.assessor.id)!.qualifications[0]!.status).toBe('qualified');
  });

  it('gives a newcomer nothing until they calibrate; the admin cannot simply qualify them', async () => {
    newcomer = await poolMember(w);
    // The world's assessor takes no new work, so only the newcomer could.
    await setAssessor(call, w, w.assessor.id, { capacity: 0 });
    const pool = (await call('GET', `/api/v1/issuers/${w.issuer.id}/assessors`, w.admin.cookie)).json<{
      items: PoolMember[];
    }>().items;
    expect(pool.find((m) => m.id === newcomer.id)!.qualifications[0]!.status).toBe('calibrating');
    const qualify = await call(
      'PUT',
      `/api/v1/issuers/${w.issuer.id}/assessors/${newcomer.id}/qualifications/${w.mcId}`,
      w.admin.cookie,
      { status: 'qualified' },
    );
    expect(qualify.statusCode).toBe(409);
    expect(qualify.json().error.code).toBe('INVALID_STATE');
    const other = await anotherEducator(w);
    await submit(w, call, other.cookie);
    expect(await openQueue(call, newcomer.cookie)).toEqual([]);
    expect((await openWork(call, w)).map((o) => o.state)).toEqual(['waiting']);
    const tasks = (await call('GET', '/api/v1/calibration', newcomer.cookie)).json().items;
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({ status: 'unscored', anchors: [{ id: anchorId, scored: false }] });
  });

  it('keeps a newcomer who disagrees with the reference calibrating', async () => {
    const view = (await call('GET', `/api/v1/calibration/anchors/${anchorId}`, newcomer.cookie)).json();
    expect(view).not.toHaveProperty('referenceScores');
    const res = await call('PUT', `/api/v1/calibration/anchors/${anchorId}/scores`, newcomer.cookie, {
      scores: scoresFor(view, false),
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ agreementPercent: 0, complete: true, qualified: false, meanPercent: 0 });
    expect((await sweepAssessment(w.deps.db, w.deps.clock.now())).assigned).toBe(0);
  });

  it('qualifies the newcomer once they score the anchor in agreement, and then assigns them work', async () => {
    const res = await call('PUT', `/api/v1/calibration/anchors/${anchorId}/scores`, newcomer.cookie, {
      scores: candidate.scores,
    });
    expect(res.json()).toEqual({ agreementPercent: 100, complete: true, qualified: true, meanPercent: 100 });
    const tasks = (await call('GET', '/api/v1/calibration', newcomer.cookie)).json().items;
    expect(tasks[0]).toMatchObject({ status: 'qualified', agreementPercent: 100 });
    expect((await sweepAssessment(w.deps.db, w.deps.clock.now())).assigned).toBe(1);
    expect(await openQueue(call, newcomer.cookie)).toHaveLength(1);
  });
});

describe('the audit log', () => {
  const { w, call } = useCredentialWorld();

  it('refuses UPDATE and DELETE at the database level', async () => {
    await earnCredential(w);
    const before = await auditOf(call, w);
    expect(before.length).toBeGreaterThan(0);
    await expect(w.deps.db.updateTable('audit_log').set({ action: 'tampered' }).execute()).rejects.toThrow(
      /append-only/,
    );
    await expect(w.deps.db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
    expect(await auditOf(call, w)).toEqual(before);
  });

  it('pages through every entry, even entries written at the same instant', async () => {
    const all = await auditOf(call, w);
    const instants = new Set(all.map((e) => e.at));
    expect(instants.size).toBeLessThan(all.length); // some entries share an instant
    const seen: string[] = [];
    let cursor = '';
    for (let page = 0; page <= all.length; page++) {
      const res = await call('GET', `/api/v1/issuers/${w.issuer.id}/audit?limit=2${cursor}`, w.admin.cookie);
      const items = res.json<{ items: { id: string; at: string }[] }>().items;
      seen.push(...items.map((e) => e.id));
      if (items.length < 2) break;
      const last = items[items.length - 1]!;
      cursor = `&before=${encodeURIComponent(last.at)}&beforeId=${last.id}`;
    }
    expect(seen).toEqual(all.map((e) => e.id));
  });

  it('exports as CSV with a header row and one row per entry', async () => {
    const entries = await auditOf(call, w);
    const res = await call('GET', `/api/v1/issuers/${w.issuer.id}/audit.csv`, w.admin.cookie);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="audit-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const lines = res.body.trimEnd().split('\n');
    expect(lines[0]).toBe('at,actor_id,actor,action,subject_type,subject_id,before,after');
    expect(lines).toHaveLength(entries.length + 1);
    // Oldest first: the reverse of the JSON list's order.
    expect(lines.slice(1).map((l) => l.split(',')[3])).toEqual(entries.map((e) => e.action).reverse());
  });
});

describe('access to the issuer-admin routes', () => {
  const { w, call } = useCredentialWorld();
  let outsiders: { who: string; cookie: string }[];

  beforeAll(async () => {
    outsiders = [
      { who: 'educator', cookie: w.educator.cookie },
      { who: 'assessor', cookie: w.assessor.cookie },
      { who: 'another issuer’s admin', cookie: w.otherAdmin.cookie },
    ];
  });

  const routes = (): [method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, body?: object][] => {
    const base = `/api/v1/issuers/${w.issuer.id}`;
    const settings = {
      slaBusinessDays: 5,
      graceBusinessDays: 2,
      holidays: [],
      doubleScorePercent: 100,
      doubleScoreFirst: 0,
      calibrationMinPercent: 80,
      recalibrationBelowPercent: 70,
      resubmissionRouting: 'same',
      minNotYetFeedback: 40,
    };
    return [
      ['GET', `${base}/assessment/settings`],
      ['PUT', `${base}/assessment/settings`, settings],
      ['GET', `${base}/assessors`],
      [
        'PUT',
        `${base}/assessors/${w.assessor.id}`,
        { capacity: 0, senior: true, awayFrom: null, awayUntil: null },
      ],
      ['PUT', `${base}/assessors/${w.assessor.id}/qualifications/${w.mcId}`, { status: 'removed' }],
      ['GET', `${base}/assessment/open`],
      ['POST', `${base}/assessment/reviews/${randomUUID()}/reassign`, { reason: 'Because I can' }],
      ['GET', `${base}/assessment/dashboard`],
      ['GET', `${base}/audit`],
      ['GET', `${base}/audit.csv`],
      ['GET', `${base}/anchors`],
      ['GET', `${base}/anchor-candidates?microCredentialId=${w.mcId}`],
      [
        'POST',
        `${base}/anchors`,
        {
          attemptId: randomUUID(),
          title: 'An anchor',
          referenceScores: [{ criterionId: 'context', levelId: 'demonstrated', feedback: 'ok' }],
        },
      ],
      ['DELETE', `${base}/anchors/${randomUUID()}`],
      ['GET', `/api/v1/micro-credentials/${w.mcId}/feedback-templates`],
      [
        'POST',
        `/api/v1/micro-credentials/${w.mcId}/feedback-templates`,
        { criterionId: 'context', text: 'Say more about your class.' },
      ],
      ['DELETE', `/api/v1/micro-credentials/${w.mcId}/feedback-templates/${randomUUID()}`],
    ];
  };

  it('refuses educators, assessors and another issuer’s admin (403/404) and changes nothing', async () => {
    const refused: string[] = [];
    for (const { who, cookie } of outsiders)
      for (const [method, url, body] of routes()) {
        const res = await call(method, url, cookie, body);
        if (res.statusCode !== 403 && res.statusCode !== 404)
          refused.push(`${who} ${method} ${url}: ${res.statusCode}`);
      }
    expect(refused).toEqual([]);
    const anonymous = await call('GET', `/api/v1/issuers/${w.issuer.id}/audit`);
    expect(anonymous.statusCode).toBe(401);
    // Nothing the outsiders sent took effect.
    expect(await auditOf(call, w)).toEqual([]);
    const templates = await call(
      'GET',
      `/api/v1/micro-credentials/${w.mcId}/feedback-templates`,
      w.admin.cookie,
    );
    expect(templates.json()).toEqual({ items: [] });
  });

  it('refuses settings and templates that cannot work, with a clear 400, and changes nothing', async () => {
    const base = `/api/v1/issuers/${w.issuer.id}`;
    const current = (await call('GET', `${base}/assessment/settings`, w.admin.cookie)).json();
    const inverted = await call('PUT', `${base}/assessment/settings`, w.admin.cookie, {
      ...current,
      calibrationMinPercent: 60,
      recalibrationBelowPercent: 70,
    });
    expect(inverted.statusCode).toBe(400);
    expect(inverted.json().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: expect.stringMatching(/recalibration threshold/),
    });
    expect((await call('GET', `${base}/assessment/settings`, w.admin.cookie)).json()).toEqual(current);
    const unknown = await call(
      'POST',
      `/api/v1/micro-credentials/${w.mcId}/feedback-templates`,
      w.admin.cookie,
      { criterionId: 'no-such-criterion', text: 'Say more about your class.' },
    );
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toMatch(/no criterion "no-such-criterion"/);
    expect(await auditOf(call, w)).toEqual([]);
  });

  it('lets the issuer’s own admin read every one of them', async () => {
    for (const [method, url] of routes().filter(([m]) => m === 'GET')) {
      const res = await call(method, url, w.admin.cookie);
      expect(res.statusCode, `${method} ${url}`).toBe(200);
    }
  });
});
