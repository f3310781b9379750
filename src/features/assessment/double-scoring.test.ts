import { beforeAll, describe, expect, it } from 'vitest';
import type { AssessmentDashboard, AssessmentSettings } from '../../contracts/assessment.js';
import type { ReviewSummary, ReviewView } from '../../contracts/reviews.js';
import { useCredentialWorld, type CredentialWorld } from '../../test-support/credential-world.js';
import { buildUser } from '../../test-support/factories.js';
import { signIn } from '../../test-support/http.js';
import { completeDraft, scoresFor } from '../../test-support/loop.js';

/**
 * Double scoring through the API: two assessors score one attempt independently; agreement
 * decides, disagreement goes to a senior adjudicator who is neither of the two. Each step leaves
 * its trace in the audit log and the dashboard's agreement figures.
 */

type Person = { id: string; email: string; name: string; cookie: string };
type Call = ReturnType<typeof useCredentialWorld>['call'];

/** A world whose issuer scores every attempt twice, with two more assessors (one of them senior). */
function useDoubleScoringWorld() {
  const { w, call } = useCredentialWorld();
  const pool = {} as { second: Person; senior: Person };
  beforeAll(async () => {
    const settings = (
      await call('GET', `/api/v1/issuers/${w.issuer.id}/assessment/settings`, w.admin.cookie)
    ).json<AssessmentSettings>();
    const put = await call('PUT', `/api/v1/issuers/${w.issuer.id}/assessment/settings`, w.admin.cookie, {
      ...settings,
      doubleScorePercent: 100,
    });
    expect(put.statusCode).toBe(200);
    expect(put.json().doubleScorePercent).toBe(100);
    pool.second = await assessor(w);
    pool.senior = await assessor(w);
    // The senior takes no work until the pair is assigned, so the pair is always the other two.
    await setAssessor(call, w, pool.senior.id, { capacity: 0, senior: true });
  });
  return { w, call, pool };
}

async function assessor(w: CredentialWorld): Promise<Person> {
  const u = await buildUser(w.deps.db, { roles: [['assessor', w.issuer.id]] });
  return { ...u, cookie: await signIn(w.app, u.email) };
}

async function setAssessor(
  call: Call,
  w: CredentialWorld,
  userId: string,
  body: { capacity: number; senior: boolean },
) {
  const res = await call('PUT', `/api/v1/issuers/${w.issuer.id}/assessors/${userId}`, w.admin.cookie, {
    ...body,
    awayFrom: null,
    awayUntil: null,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ senior: boolean; capacity: number }>();
}

/** Starts, completes and submits the world's micro-credential as the educator. */
async function submit(w: CredentialWorld, call: Call) {
  const started = await call('POST', '/api/v1/submissions', w.educator.cookie, { microCredentialId: w.mcId });
  expect(started.statusCode).toBe(201);
  const id = started.json<{ id: string }>().id;
  await completeDraft(w.app, w.educator.cookie, id);
  expect((await call('POST', `/api/v1/submissions/${id}/submit`, w.educator.cookie)).statusCode).toBe(200);
  return id;
}

const openQueue = async (call: Call, cookie: string) =>
  (await call('GET', '/api/v1/reviews?status=assigned', cookie)).json<{ items: ReviewSummary[] }>().items;
const reviewView = async (call: Call, cookie: string, id: string) =>
  (await call('GET', `/api/v1/reviews/${id}`, cookie)).json<ReviewView>();

/** The open review of each of the given assessors (at most one each), by assessor. */
async function assignedTo(call: Call, people: Person[]) {
  const found: { person: Person; review: ReviewSummary }[] = [];
  for (const person of people)
    for (const review of await openQueue(call, person.cookie)) found.push({ person, review });
  return found;
}

describe('double scoring with disagreement', () => {
  const { w, call, pool } = useDoubleScoringWorld();
  let submissionId: string;
  let pair: { person: Person; review: ReviewSummary }[];

  it('gives a submission two reviews, primary and second, to two different assessors', async () => {
    submissionId = await submit(w, call);
    pair = await assignedTo(call, [w.assessor, pool.second, pool.senior]);
    expect(pair).toHaveLength(2);
    expect(pair.map((p) => p.review.kind).sort()).toEqual(['primary', 'second']);
    expect(new Set(pair.map((p) => p.person.id)).size).toBe(2);
    expect(pair.map((p) => p.person.id)).not.toContain(pool.senior.id);
    // The senior may now take work: the adjudication to come.
    expect((await setAssessor(call, w, pool.senior.id, { capacity: 5, senior: true })).senior).toBe(true);
  });

  it('lets each scorer see only their own scores', async () => {
    const [a, b] = pair as [(typeof pair)[0], (typeof pair)[0]];
    const view = await reviewView(call, a.person.cookie, a.review.id);
    const partial = scoresFor(view, true).slice(0, 1);
    const saved = await call('PUT', `/api/v1/reviews/${a.review.id}/scores`, a.person.cookie, {
      scores: partial,
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json<ReviewView>().scores).toEqual(partial);
    expect((await reviewView(call, b.person.cookie, b.review.id)).scores).toEqual([]);
    expect((await call('GET', `/api/v1/reviews/${a.review.id}`, b.person.cookie)).statusCode).toBe(404);
    expect((await call('GET', `/api/v1/reviews/${b.review.id}`, a.person.cookie)).statusCode).toBe(404);
    const cross = await call('POST', `/api/v1/reviews/${a.review.id}/decision`, b.person.cookie, {
      scores: scoresFor(view, false),
    });
    expect(cross.statusCode).toBe(404);
  });

  it('keeps the first decision provisional (final: false) and the submission in review', async () => {
    const [a] = pair;
    const view = await reviewView(call, a!.person.cookie, a!.review.id);
    const res = await call('POST', `/api/v1/reviews/${a!.review.id}/decision`, a!.person.cookie, {
      scores: scoresFor(view, true),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ decision: 'earned', final: false });
    const sub = (await call('GET', `/api/v1/submissions/${submissionId}`, w.educator.cookie)).json();
    expect(sub.status).toBe('in_review');
    expect(sub.credentialId ?? null).toBeNull();
  });

  it('counts a decision posted twice once (the second is 409)', async () => {
    const [a] = pair;
    const view = await reviewView(call, a!.person.cookie, a!.review.id);
    const again = await call('POST', `/api/v1/reviews/${a!.review.id}/decision`, a!.person.cookie, {
      scores: scoresFor(view, false),
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('INVALID_STATE');
    expect((await reviewView(call, a!.person.cookie, a!.review.id)).decision).toBe('earned');
  });

  it('sends a disagreement to the senior assessor for adjudication, never to one of the two', async () => {
    const [, b] = pair;
    const view = await reviewView(call, b!.person.cookie, b!.review.id);
    const res = await call('POST', `/api/v1/reviews/${b!.review.id}/decision`, b!.person.cookie, {
      scores: scoresFor(view, false),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ decision: 'not_yet', final: false });
    for (const p of pair) expect(await openQueue(call, p.person.cookie)).toEqual([]);
    const seniors = await openQueue(call, pool.senior.cookie);
    expect(seniors.map((r) => r.kind)).toEqual(['adjudication']);
    const sub = (await call('GET', `/api/v1/submissions/${submissionId}`, w.educator.cookie)).json();
    expect(sub.status).toBe('in_review');
  });

  it('lets the adjudicator decide: "earned" ends the submission earned, with a credential', async () => {
    const [adj] = await openQueue(call, pool.senior.cookie);
    const view = await reviewView(call, pool.senior.cookie, adj!.id);
    expect(view.scores).toEqual([]);
    const res = await call('POST', `/api/v1/reviews/${adj!.id}/decision`, pool.senior.cookie, {
      scores: scoresFor(view, true),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ decision: 'earned', final: true });
    const twice = await call('POST', `/api/v1/reviews/${adj!.id}/decision`, pool.senior.cookie, {
      scores: scoresFor(view, true),
    });
    expect(twice.statusCode).toBe(409);
    const sub = (await call('GET', `/api/v1/submissions/${submissionId}`, w.educator.cookie)).json();
    expect(sub.status).toBe('earned');
    expect(sub.credentialId).toEqual(expect.any(String));
    const mine = (await call('GET', '/api/v1/me/credentials', w.educator.cookie)).json<{
      items: { id: string }[];
    }>().items;
    expect(mine.map((c) => c.id)).toEqual([sub.credentialId]);
  });

  it('records assignment, scoring, adjudication and the decision in the audit log', async () => {
    const res = await call('GET', `/api/v1/issuers/${w.issuer.id}/audit?limit=200`, w.admin.cookie);
    expect(res.statusCode).toBe(200);
    const items = res.json<{ items: { action: string; after: { kind?: string; decision?: string } }[] }>()
      .items;
    const count = (action: string) => items.filter((i) => i.action === action).length;
    expect(count('review.assigned')).toBe(3);
    expect(count('review.scored')).toBe(3);
    expect(count('attempt.adjudication_needed')).toBe(1);
    expect(count('attempt.decided')).toBe(1);
    expect(items.find((i) => i.action === 'attempt.decided')!.after).toEqual({
      decision: 'earned',
      by: 'adjudication',
    });
    expect(
      items
        .filter((i) => i.action === 'review.assigned')
        .map((i) => i.after.kind)
        .sort(),
    ).toEqual(['adjudication', 'primary', 'second']);
  });

  it('shows one double-scored pair with exact agreement 0 on the dashboard', async () => {
    const res = await call('GET', `/api/v1/issuers/${w.issuer.id}/assessment/dashboard`, w.admin.cookie);
    expect(res.statusCode).toBe(200);
    const mc = res.json().byMicroCredential.find((m: { id: string }) => m.id === w.mcId);
    expect(mc.agreement.pairs).toBe(1);
    expect(mc.agreement.exact).toBe(0);
  });
});

describe('double scoring with agreement', () => {
  const { w, call, pool } = useDoubleScoringWorld();

  it('decides when both scorers agree, without adjudication', async () => {
    const submissionId = await submit(w, call);
    const pair = await assignedTo(call, [w.assessor, pool.second, pool.senior]);
    expect(pair.map((p) => p.review.kind).sort()).toEqual(['primary', 'second']);
    // Both scorers know the attempt is double-scored, whichever is the primary.
    expect(pair.map((p) => p.review.doubleScored)).toEqual([true, true]);
    const dashboard = async () =>
      (
        await call('GET', `/api/v1/issuers/${w.issuer.id}/assessment/dashboard?days=90`, w.admin.cookie)
      ).json<AssessmentDashboard>();
    const before = await dashboard();
    expect(before.backlog).toMatchObject({ waiting: 0, open: 2, overdue: 0 });
    expect(before.backlog.byMicroCredential).toEqual([
      { id: w.mcId, title: expect.any(String), waiting: 0, open: 2, overdue: 0 },
    ]);
    // Every week of the window is on the chart's axis, empty ones too, a week apart.
    const weeks = before.weekly.map((x) => Date.parse(x.weekStart));
    expect(weeks.length).toBeGreaterThanOrEqual(13);
    expect(weeks.slice(1).every((t, i) => t - weeks[i]! === 7 * 86_400_000)).toBe(true);
    const results = [];
    for (const p of pair) {
      const view = await reviewView(call, p.person.cookie, p.review.id);
      const res = await call('POST', `/api/v1/reviews/${p.review.id}/decision`, p.person.cookie, {
        scores: scoresFor(view, true),
      });
      expect(res.statusCode).toBe(200);
      results.push(res.json());
    }
    expect(results).toEqual([
      { decision: 'earned', final: false },
      { decision: 'earned', final: true },
    ]);
    const sub = (await call('GET', `/api/v1/submissions/${submissionId}`, w.educator.cookie)).json();
    expect(sub.status).toBe('earned');
    expect(sub.credentialId).toEqual(expect.any(String));
    // Nobody was asked to adjudicate.
    expect(await assignedTo(call, [w.assessor, pool.second, pool.senior])).toEqual([]);
    const audit = (await call('GET', `/api/v1/issuers/${w.issuer.id}/audit?limit=200`, w.admin.cookie)).json<{
      items: { action: string }[];
    }>().items;
    expect(audit.filter((i) => i.action === 'attempt.adjudication_needed')).toEqual([]);
    expect(audit.filter((i) => i.action === 'attempt.decided')).toHaveLength(1);
    const dash = (
      await call('GET', `/api/v1/issuers/${w.issuer.id}/assessment/dashboard`, w.admin.cookie)
    ).json();
    const mc = dash.byMicroCredential.find((m: { id: string }) => m.id === w.mcId);
    expect(mc.agreement).toMatchObject({ pairs: 1, exact: 1 });
    expect(dash.backlog.byMicroCredential).toEqual([]);
    expect((await dashboard()).weekly.reduce((n, x) => n + x.onTime + x.late, 0)).toBe(2);
  });
});
