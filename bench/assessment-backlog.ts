import {
  addToBacklog,
  assignWaiting,
  isDoubleScored,
  type ReviewNeed,
} from '../src/features/assessment/assign.js';
import type { Db, Queryable } from '../src/db/database.js';
import type { AttemptsTable, ReviewsTable, SubmissionsTable } from '../src/db/schema.js';
import { DAY_MS, daysBefore, ID_SPACE, insertRows, syntheticId } from './assessment-bulk.js';
import type { Person, PoolMember, World } from './assessment-world.js';

/** Backlog attempts and their first decided attempt's reviews: phase 1 of each id space. */
const PHASE = 1;
/** One attempt in ten is a resubmission: its first attempt was decided "not yet" by a pool member. */
const isResubmission = (i: number) => i % 10 === 7;

export interface BacklogAttempt {
  attemptId: string;
  submissionId: string;
  educator: Person;
  microCredentialId: string;
  doubleScored: boolean;
  /** Who decided the previous attempt of a resubmission. */
  firstAssessor: string | null;
}

const shareOrg = (a: Person, b: Person) => a.localOrgIds.some((o) => b.localOrgIds.includes(o));

/**
 * Puts `count` submitted attempts (numbers `from`…) into the measured issuer's backlog as the
 * product does when an educator submits: submission and attempt rows (synthetic), double scoring by
 * the product's rule (`isDoubleScored`), and the reviews they need through `addToBacklog`, in the
 * order they were submitted over the last two days. Each educator submits at most once per
 * micro-credential; one attempt in ten is a second attempt after a "not yet".
 */
export async function submitBacklog(
  db: Db,
  world: World,
  from: number,
  count: number,
): Promise<BacklogAttempt[]> {
  const { educators, issuerMicroCredentials: mcs, pool, now } = world;
  if (from + count > educators.length * mcs.length) {
    throw new Error(`${from + count} attempts need more than ${educators.length} educators`);
  }
  const submissions: SubmissionsTable[] = [];
  const attempts: AttemptsTable[] = [];
  const priorReviews: ReviewsTable[] = [];
  const needs: { at: string; need: ReviewNeed }[] = [];
  const out: BacklogAttempt[] = [];
  const decidedAt = daysBefore(now, 10);
  for (let i = from; i < from + count; i++) {
    const educator = educators[i % educators.length]!;
    const mc = mcs[Math.floor(i / educators.length) % mcs.length]!;
    const submittedAt = new Date(now.getTime() - 2 * DAY_MS * (1 - (i - from) / count)).toISOString();
    const submissionId = syntheticId(ID_SPACE.submission, PHASE, i);
    const attemptId = syntheticId(ID_SPACE.attempt, PHASE, 2 * i + 1);
    const resubmission = isResubmission(i);
    const firstAssessor = resubmission ? firstAssessorFor(pool, educator, i) : null;
    const doubleScored = await isDoubleScored(db, world.settings, mc.id, attemptId);
    submissions.push({
      id: submissionId,
      educator_id: educator.id,
      micro_credential_id: mc.id,
      version_id: mc.versionId,
      status: 'submitted',
      attempt_number: resubmission ? 2 : 1,
      created_at: daysBefore(now, 20),
      updated_at: submittedAt,
      submitted_at: submittedAt,
      decided_at: null,
    });
    const attempt = (id: string, number: number, decided: boolean): AttemptsTable => ({
      id,
      submission_id: submissionId,
      number,
      status: decided ? 'decided' : 'submitted',
      answers: '{"part1":{},"part3":{}}',
      resubmission_note: number > 1 ? 'I added a clearer lesson plan.' : null,
      attestation: '{"ownWork":true,"studentPrivacy":true}',
      revision: 3,
      decision: decided ? 'not_yet' : null,
      created_at: daysBefore(now, 20),
      updated_at: decided ? decidedAt : submittedAt,
      submitted_at: decided ? daysBefore(now, 15) : submittedAt,
      decided_at: decided ? decidedAt : null,
      double_scored: decided ? 0 : Number(doubleScored),
    });
    if (firstAssessor) {
      const firstId = syntheticId(ID_SPACE.attempt, PHASE, 2 * i);
      attempts.push(attempt(firstId, 1, true));
      priorReviews.push({
        id: syntheticId(ID_SPACE.review, PHASE, i),
        attempt_id: firstId,
        assessor_id: firstAssessor,
        status: 'completed',
        scores: mc.scores.notYet,
        decision: 'not_yet',
        assigned_at: daysBefore(now, 14),
        updated_at: decidedAt,
        completed_at: decidedAt,
        kind: 'primary',
        issuer_id: world.issuerId,
        micro_credential_id: mc.id,
        due_at: daysBefore(now, 7),
        ended_at: null,
        overdue_alerted_at: null,
      });
    }
    attempts.push(attempt(attemptId, resubmission ? 2 : 1, false));
    const need = { attemptId, issuerId: world.issuerId, microCredentialId: mc.id };
    needs.push({ at: submittedAt, need: { ...need, kind: 'primary' } });
    if (doubleScored) needs.push({ at: submittedAt, need: { ...need, kind: 'second' } });
    out.push({ attemptId, submissionId, educator, microCredentialId: mc.id, doubleScored, firstAssessor });
  }
  await db.transaction().execute(async (trx) => {
    await insertRows(trx, 'submissions', submissions);
    await insertRows(trx, 'attempts', attempts);
    await insertRows(trx, 'reviews', priorReviews);
    // As submitted: a few hundred needs at a time, each batch stamped with its time.
    for (let i = 0; i < needs.length; i += 500) {
      const batch = needs.slice(i, i + 500);
      await addToBacklog(
        trx,
        batch[0]!.at,
        batch.map((b) => b.need),
      );
    }
  });
  return out;
}

/** A pool member free to have decided the first attempt: at work, no conflict with the educator. */
function firstAssessorFor(pool: PoolMember[], educator: Person, i: number): string {
  for (let k = 0; k < pool.length; k++) {
    const m = pool[(i * 31 + k) % pool.length]!;
    if (!m.away && !shareOrg(m, educator)) return m.id;
  }
  throw new Error('no pool member could have decided the first attempt');
}

/**
 * Drains the issuer's backlog as the server's sweep does: `assignWaiting` (the real code, up to
 * 10,000 waiting reviews a call) in one transaction per call, until a call assigns nothing.
 */
export async function drainBacklog(db: Db, issuerId: string, at: string) {
  const started = performance.now();
  let calls = 0;
  let assigned = 0;
  for (;;) {
    calls++;
    const n = await db.transaction().execute((trx) => assignWaiting(trx, issuerId, at));
    assigned += n;
    if (n === 0) break;
  }
  return { calls, assigned, ms: performance.now() - started };
}

/**
 * The floor to compare assignment with: one plain INSERT statement per review row, as many rows as
 * the backlog had reviews, in one transaction that is then rolled back. Returns its milliseconds.
 */
export async function plainInsertMs(db: Db, world: World, attempts: BacklogAttempt[]): Promise<number> {
  const at = world.now.toISOString();
  const rows = attempts.flatMap((a, i) =>
    (a.doubleScored ? ['primary', 'second'] : ['primary']).map((kind, k): ReviewsTable => ({
      id: syntheticId(ID_SPACE.review, 99, 2 * i + k),
      attempt_id: a.attemptId,
      assessor_id: world.pool[(i + k) % world.pool.length]!.id,
      status: 'assigned',
      scores: '[]',
      decision: null,
      assigned_at: at,
      updated_at: at,
      completed_at: null,
      kind: kind as ReviewsTable['kind'],
      issuer_id: world.issuerId,
      micro_credential_id: a.microCredentialId,
      due_at: at,
      ended_at: null,
      overdue_alerted_at: null,
    })),
  );
  let ms = 0;
  const rollback = new Error('rollback');
  try {
    await db.transaction().execute(async (trx) => {
      const started = performance.now();
      for (const row of rows) await trx.insertInto('reviews').values(row).execute();
      ms = performance.now() - started;
      throw rollback;
    });
  } catch (err) {
    if (err !== rollback) throw err;
  }
  return ms;
}

export interface AssignmentCheck {
  /** Rule violations; the benchmark fails on any. */
  problems: string[];
  reviews: number;
  resubmissions: number;
  /** Resubmissions whose primary review went back to the first attempt's assessor. */
  backToFirstAssessor: number;
  /** Highest open reviews ÷ capacity over the pool. */
  fullestShare: number;
}

/**
 * Checks the outcome against the rules, from the benchmark's own record of who is who (not the
 * product's queries): every attempt has its review(s) by distinct pool members, nothing waits, no
 * member is over capacity, away or in conflict with the educator, every submission is in review.
 */
export async function checkAssignments(
  db: Queryable,
  world: World,
  attempts: BacklogAttempt[],
): Promise<AssignmentCheck> {
  const problems: string[] = [];
  const waiting = await db
    .selectFrom('unassigned_reviews')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('issuer_id', '=', world.issuerId)
    .executeTakeFirstOrThrow();
  if (Number(waiting.n) > 0) problems.push(`${waiting.n} reviews still wait in the backlog`);
  const open = await db
    .selectFrom('reviews')
    .select(['attempt_id', 'assessor_id', 'kind'])
    .where('issuer_id', '=', world.issuerId)
    .where('status', '=', 'assigned')
    .execute();
  const byAttempt = new Map<string, typeof open>();
  const load = new Map<string, number>();
  for (const r of open) {
    byAttempt.set(r.attempt_id, [...(byAttempt.get(r.attempt_id) ?? []), r]);
    load.set(r.assessor_id, (load.get(r.assessor_id) ?? 0) + 1);
  }
  const members = new Map(world.pool.map((m) => [m.id, m]));
  const note = (kind: string, detail: string) => {
    if (problems.filter((p) => p.startsWith(kind)).length < 5) problems.push(`${kind}: ${detail}`);
  };
  let backToFirstAssessor = 0;
  for (const a of attempts) {
    const reviews = byAttempt.get(a.attemptId) ?? [];
    const kinds = reviews.map((r) => r.kind).sort();
    const expected = a.doubleScored ? ['primary', 'second'] : ['primary'];
    if (kinds.join() !== expected.join()) note('wrong reviews', `${a.attemptId} has [${kinds.join()}]`);
    if (new Set(reviews.map((r) => r.assessor_id)).size !== reviews.length) {
      note('same assessor twice', a.attemptId);
    }
    for (const r of reviews) {
      const m = members.get(r.assessor_id);
      if (!m) note('outside the pool', `${r.assessor_id} on ${a.attemptId}`);
      else if (m.away) note('away', `${m.id} got ${a.attemptId}`);
      else if (shareOrg(m, a.educator)) note('conflict of interest', `${m.id} got ${a.attemptId}`);
    }
    const primary = reviews.find((r) => r.kind === 'primary');
    if (a.firstAssessor && primary?.assessor_id === a.firstAssessor) backToFirstAssessor++;
  }
  let fullestShare = 0;
  for (const [id, n] of load) {
    const m = members.get(id);
    if (m && n > m.capacity) note('over capacity', `${id} has ${n} of ${m.capacity}`);
    if (m) fullestShare = Math.max(fullestShare, n / m.capacity);
  }
  // Backlog submissions are the only ones of the issuer so far: none may still be just "submitted".
  const notInReview = await db
    .selectFrom('submissions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', '!=', 'in_review')
    .where(
      'micro_credential_id',
      'in',
      world.issuerMicroCredentials.map((m) => m.id),
    )
    .executeTakeFirstOrThrow();
  if (Number(notInReview.n) > 0) problems.push(`${notInReview.n} submissions are not in review`);
  return {
    problems,
    reviews: open.length,
    resubmissions: attempts.filter((a) => a.firstAssessor).length,
    backToFirstAssessor,
    fullestShare,
  };
}
