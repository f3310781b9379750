import { beforeAll, describe, expect, it } from 'vitest';
import type { AssessmentSettings } from '../../contracts/assessment.js';
import type { ReviewSummary, ReviewView, Score } from '../../contracts/reviews.js';
import { useCredentialWorld } from '../../test-support/credential-world.js';
import { buildUser } from '../../test-support/factories.js';
import { signIn } from '../../test-support/http.js';
import { completeDraft, scoresFor } from '../../test-support/loop.js';

/** A decided attempt an anchor can be made of (AnchorCandidate has no exported type). */
type AnchorCandidate = { attemptId: string; decision: 'earned' | 'not_yet'; scores: Score[] };

/**
 * Review is blind: no response an assessor receives — queue, review of every kind, saved scores,
 * decisions, calibration — carries the educator's name, email, user id, school or district, as
 * any string anywhere in the JSON, even when the educator named a file after themselves.
 */
const { w, call } = useCredentialWorld();

type Person = { id: string; email: string; name: string; cookie: string };

/** Every string anywhere in a JSON value, keys included. */
const strings = (v: unknown): string[] =>
  typeof v === 'string'
    ? [v]
    : Array.isArray(v)
      ? v.flatMap(strings)
      : v && typeof v === 'object'
        ? Object.entries(v).flatMap(([k, x]) => [k, ...strings(x)])
        : [];

let secrets: string[] = [];
/** Strings of `body` that contain any of the educator's identifying values. */
const leaks = (body: unknown) =>
  strings(body).filter((s) => secrets.some((secret) => s.toLowerCase().includes(secret.toLowerCase())));
/** What every assessor-facing response was checked for, by route, for the report at the end. */
const walked: string[] = [];
function expectBlind(label: string, res: { statusCode: number; json: () => unknown }) {
  expect(res.statusCode, label).toBe(200);
  const body = res.json();
  expect(leaks(body), label).toEqual([]);
  walked.push(label);
  return body;
}

const pool = {} as { second: Person; senior: Person; appealSenior: Person };
const assessor = async () => {
  const u = await buildUser(w.deps.db, { roles: [['assessor', w.issuer.id]] });
  return { ...u, cookie: await signIn(w.app, u.email) };
};
const setAssessor = async (userId: string, capacity: number, senior: boolean) => {
  const res = await call('PUT', `/api/v1/issuers/${w.issuer.id}/assessors/${userId}`, w.admin.cookie, {
    capacity,
    senior,
    awayFrom: null,
    awayUntil: null,
  });
  expect(res.statusCode, res.body).toBe(200);
};
const queue = async (cookie: string) =>
  (await call('GET', '/api/v1/reviews?status=assigned', cookie)).json<{ items: ReviewSummary[] }>().items;

let submissionId: string;

beforeAll(async () => {
  const { org_id } = await w.deps.db
    .selectFrom('memberships')
    .select('org_id')
    .where('user_id', '=', w.educator.id)
    .executeTakeFirstOrThrow();
  const school = await w.deps.db
    .selectFrom('organizations')
    .select(['id', 'name', 'parent_id'])
    .where('id', '=', org_id)
    .executeTakeFirstOrThrow();
  const district = await w.deps.db
    .selectFrom('organizations')
    .select(['id', 'name'])
    .where('id', '=', school.parent_id!)
    .executeTakeFirstOrThrow();
  secrets = [
    w.educator.name,
    w.educator.email,
    w.educator.id,
    school.name,
    school.id,
    district.name,
    district.id,
  ];
  expect(secrets).toEqual([
    'Dana Okafor',
    w.educator.email,
    w.educator.id,
    'Lakeside Primary',
    school.id,
    'Lakeside District',
    district.id,
  ]);

  const settings = (
    await call('GET', `/api/v1/issuers/${w.issuer.id}/assessment/settings`, w.admin.cookie)
  ).json<AssessmentSettings>();
  await call('PUT', `/api/v1/issuers/${w.issuer.id}/assessment/settings`, w.admin.cookie, {
    ...settings,
    doubleScorePercent: 100,
  });
  pool.second = await assessor();
  pool.senior = await assessor();
  pool.appealSenior = await assessor();
  // Seniors take work only when their turn comes: adjudication, then the appeal.
  await setAssessor(pool.senior.id, 0, true);
  await setAssessor(pool.appealSenior.id, 0, true);

  const started = await call('POST', '/api/v1/submissions', w.educator.cookie, { microCredentialId: w.mcId });
  submissionId = started.json<{ id: string }>().id;
  // A file named after the educator and their school: its name must not reach the assessor.
  const filename = 'Dana Okafor - Lakeside Primary plan.pdf';
  const boundary = '----blind';
  const upload = await w.app.inject({
    method: 'POST',
    url: `/api/v1/submissions/${submissionId}/artifacts/upload`,
    headers: { cookie: w.educator.cookie, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: [
      `--${boundary}`,
      'Content-Disposition: form-data; name="requirementId"',
      '',
      'lesson-plan',
      `--${boundary}`,
      'Content-Disposition: form-data; name="title"',
      '',
      filename,
      `--${boundary}`,
      `Content-Disposition: form-data; name="file"; filename="${filename}"`,
      'Content-Type: application/pdf',
      '',
      '%PDF-1.4 blind',
      `--${boundary}--`,
      '',
    ].join('\r\n'),
  });
  expect(upload.statusCode, upload.body).toBe(201);
  await completeDraft(w.app, w.educator.cookie, submissionId);
  expect(
    (await call('POST', `/api/v1/submissions/${submissionId}/submit`, w.educator.cookie)).statusCode,
  ).toBe(200);
});

describe('the leak check itself', () => {
  it('finds an identifying value inside any nested string', () => {
    expect(leaks({ a: [{ b: 'by dana okafor, 2026' }], c: 1 })).toEqual(['by dana okafor, 2026']);
    expect(leaks({ [`x-${secrets[4]}`]: null })).toHaveLength(1);
    expect(leaks({ a: ['Harbor Teaching Institute'] })).toEqual([]);
  });

  it('finds the identifying file name in the educator’s own view of the submission', async () => {
    const own = await call('GET', `/api/v1/submissions/${submissionId}`, w.educator.cookie);
    expect(leaks(own.json())).toContain('Dana Okafor - Lakeside Primary plan.pdf');
  });
});

describe('every assessor-facing response is blind', () => {
  it('primary and second: queue, review, saved scores and decisions', async () => {
    const scorers = [w.assessor, pool.second];
    const views: { p: Person; view: ReviewView }[] = [];
    for (const p of scorers) {
      const list = expectBlind('GET /reviews', await call('GET', '/api/v1/reviews', p.cookie)) as {
        items: ReviewSummary[];
      };
      expect(list.items).toHaveLength(1);
      const id = list.items[0]!.id;
      const view = expectBlind(
        `GET /reviews/:id (${list.items[0]!.kind})`,
        await call('GET', `/api/v1/reviews/${id}`, p.cookie),
      ) as ReviewView;
      expect(view.evidence.artifacts).toHaveLength(1);
      views.push({ p, view });
    }
    expect(views.map((v) => v.view.kind).sort()).toEqual(['primary', 'second']);
    for (const { p, view } of views)
      expectBlind(
        'PUT /reviews/:id/scores',
        await call('PUT', `/api/v1/reviews/${view.id}/scores`, p.cookie, {
          scores: scoresFor(view, true).slice(0, 2),
        }),
      );
    // The adjudicator may now take work; the two disagree.
    await setAssessor(pool.senior.id, 5, true);
    const [a, b] = views as [(typeof views)[0], (typeof views)[0]];
    const first = expectBlind(
      'POST /reviews/:id/decision (pending)',
      await call('POST', `/api/v1/reviews/${a.view.id}/decision`, a.p.cookie, {
        scores: scoresFor(a.view, true),
      }),
    );
    expect(first).toEqual({ decision: 'earned', final: false });
    expectBlind(
      'POST /reviews/:id/decision (disagreement)',
      await call('POST', `/api/v1/reviews/${b.view.id}/decision`, b.p.cookie, {
        scores: scoresFor(b.view, false),
      }),
    );
    for (const { p, view } of views) {
      expectBlind('GET /reviews (completed)', await call('GET', '/api/v1/reviews', p.cookie));
      expectBlind('GET /reviews/:id (completed)', await call('GET', `/api/v1/reviews/${view.id}`, p.cookie));
    }
  });

  it('adjudication: queue, review and decision', async () => {
    const [adj] = await queue(pool.senior.cookie);
    expect(adj!.kind).toBe('adjudication');
    expectBlind('GET /reviews (adjudication)', await call('GET', '/api/v1/reviews', pool.senior.cookie));
    const view = expectBlind(
      'GET /reviews/:id (adjudication)',
      await call('GET', `/api/v1/reviews/${adj!.id}`, pool.senior.cookie),
    ) as ReviewView;
    const decided = expectBlind(
      'POST /reviews/:id/decision (adjudication)',
      await call('POST', `/api/v1/reviews/${adj!.id}/decision`, pool.senior.cookie, {
        scores: scoresFor(view, false),
      }),
    );
    expect(decided).toEqual({ decision: 'not_yet', final: true });
  });

  it('appeal: queue, review (with the reason) and decision', async () => {
    await setAssessor(pool.appealSenior.id, 5, true);
    const reason = 'The plan marks each check for understanding on its second page; please look again.';
    const filed = await call('POST', `/api/v1/submissions/${submissionId}/appeal`, w.educator.cookie, {
      reason,
    });
    expect(filed.statusCode, filed.body).toBe(201);
    const [appeal] = await queue(pool.appealSenior.cookie);
    expect(appeal!.kind).toBe('appeal');
    expectBlind('GET /reviews (appeal)', await call('GET', '/api/v1/reviews', pool.appealSenior.cookie));
    const view = expectBlind(
      'GET /reviews/:id (appeal)',
      await call('GET', `/api/v1/reviews/${appeal!.id}`, pool.appealSenior.cookie),
    ) as ReviewView;
    expect(view.appealReason).toBe(reason);
    expectBlind(
      'PUT /reviews/:id/scores (appeal)',
      await call('PUT', `/api/v1/reviews/${appeal!.id}/scores`, pool.appealSenior.cookie, {
        scores: scoresFor(view, true).slice(0, 1),
      }),
    );
    const decided = expectBlind(
      'POST /reviews/:id/decision (appeal)',
      await call('POST', `/api/v1/reviews/${appeal!.id}/decision`, pool.appealSenior.cookie, {
        scores: scoresFor(view, true),
      }),
    );
    expect(decided).toEqual({ decision: 'earned', final: true });
  });

  it('calibration: the task list, the anchor to score and the result', async () => {
    const candidates = (
      await call(
        'GET',
        `/api/v1/issuers/${w.issuer.id}/anchor-candidates?microCredentialId=${w.mcId}`,
        w.admin.cookie,
      )
    ).json<{ items: AnchorCandidate[] }>().items;
    expect(candidates).toHaveLength(1);
    const anchor = await call('POST', `/api/v1/issuers/${w.issuer.id}/anchors`, w.admin.cookie, {
      attemptId: candidates[0]!.attemptId,
      title: 'Anchor: a clear plan',
      referenceScores: candidates[0]!.scores,
    });
    expect(anchor.statusCode, anchor.body).toBe(201);
    const anchorId = anchor.json<{ id: string }>().id;
    for (const p of [w.assessor, pool.second, pool.senior, pool.appealSenior]) {
      const tasks = expectBlind('GET /calibration', await call('GET', '/api/v1/calibration', p.cookie)) as {
        items: unknown[];
      };
      expect(tasks.items).toHaveLength(1);
      const view = expectBlind(
        'GET /calibration/anchors/:id',
        await call('GET', `/api/v1/calibration/anchors/${anchorId}`, p.cookie),
      ) as ReviewView;
      expect(view.evidence.artifacts).toHaveLength(1);
      expectBlind(
        'PUT /calibration/anchors/:id/scores',
        await call('PUT', `/api/v1/calibration/anchors/${anchorId}/scores`, p.cookie, {
          scores: candidates[0]!.scores,
        }),
      );
    }
  });

  it('walked every kind of response', () => {
    expect([...new Set(walked)].sort()).toEqual(
      [
        'GET /reviews',
        'GET /reviews (adjudication)',
        'GET /reviews (appeal)',
        'GET /reviews (completed)',
        'GET /reviews/:id (primary)',
        'GET /reviews/:id (second)',
        'GET /reviews/:id (adjudication)',
        'GET /reviews/:id (appeal)',
        'GET /reviews/:id (completed)',
        'PUT /reviews/:id/scores',
        'PUT /reviews/:id/scores (appeal)',
        'POST /reviews/:id/decision (pending)',
        'POST /reviews/:id/decision (disagreement)',
        'POST /reviews/:id/decision (adjudication)',
        'POST /reviews/:id/decision (appeal)',
        'GET /calibration',
        'GET /calibration/anchors/:id',
        'PUT /calibration/anchors/:id/scores',
      ].sort(),
    );
  });
});
