import { createHash, randomUUID } from 'node:crypto';
import { PostgresAdapter, sql } from 'kysely';
import type { Queryable } from '../../db/database.js';
import type { ReviewKind } from '../../db/schema.js';
import { pickAssessor } from '../../domain/assignment-policy.js';
import { notify } from '../notifications/notify.js';
import { audit } from './audit.js';
import { openReview } from './open-review.js';
import { candidatesFor, loadPool, localOrgsOf, type Pool } from './pool.js';
import { loadSettings, type AssessmentSettings } from './settings.js';

/** A review an attempt needs; it waits in the backlog (`unassigned_reviews`) until assigned. */
export interface ReviewNeed {
  attemptId: string;
  issuerId: string;
  microCredentialId: string;
  kind: ReviewKind;
  /** Assessors who may not take it, beyond those already reviewing the attempt. */
  exclude?: string[];
}

/** Adds reviews an attempt needs to the backlog; `assignWaiting` then gives them to assessors. */
export async function addToBacklog(db: Queryable, at: string, needs: ReviewNeed[]) {
  if (!needs.length) return;
  await db
    .insertInto('unassigned_reviews')
    .values(
      needs.map((n) => ({
        id: randomUUID(),
        attempt_id: n.attemptId,
        issuer_id: n.issuerId,
        micro_credential_id: n.microCredentialId,
        kind: n.kind,
        exclude: JSON.stringify(n.exclude ?? []),
        created_at: at,
      })),
    )
    .execute();
}

/**
 * Whether an attempt is scored by two assessors: every attempt until the micro-credential has
 * `doubleScoreFirst` decided attempts, then a stable pseudo-random `doubleScorePercent` share
 * (the attempt id's hash, so a retry decides the same way).
 */
export async function isDoubleScored(
  db: Queryable,
  settings: AssessmentSettings,
  microCredentialId: string,
  attemptId: string,
): Promise<boolean> {
  if (settings.doubleScoreFirst > 0) {
    const decided = await db
      .selectFrom('attempts as a')
      .innerJoin('submissions as s', 's.id', 'a.submission_id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('s.micro_credential_id', '=', microCredentialId)
      .where('a.status', '=', 'decided')
      .executeTakeFirstOrThrow();
    if (Number(decided.n) < settings.doubleScoreFirst) return true;
  }
  const bucket = createHash('sha256').update(attemptId).digest().readUInt16BE(0) % 100;
  return bucket < settings.doubleScorePercent;
}

interface Waiting {
  id: string;
  attempt_id: string;
  issuer_id: string;
  micro_credential_id: string;
  kind: ReviewKind;
  exclude: string;
}

/** Facts about the waiting attempts the assignment rules need, loaded in a few queries. */
async function attemptFacts(db: Queryable, attemptIds: string[]) {
  const ids = attemptIds.length ? attemptIds : [''];
  const [attempts, reviewers] = await Promise.all([
    db
      .selectFrom('attempts as a')
      .innerJoin('submissions as s', 's.id', 'a.submission_id')
      .select(['a.id', 'a.number', 's.id as submission_id', 's.educator_id', 's.status'])
      .where('a.id', 'in', ids)
      .execute(),
    db
      .selectFrom('reviews')
      .select(['attempt_id', 'assessor_id'])
      .where('attempt_id', 'in', ids)
      .where('status', '!=', 'reassigned')
      .execute(),
  ]);
  const educatorOrgs = await localOrgsOf(db, { ids: [...new Set(attempts.map((a) => a.educator_id))] });
  // The assessor who decided each resubmission's previous attempt.
  const resubmissions = attempts.filter((a) => a.number > 1);
  const previous = resubmissions.length
    ? await db
        .selectFrom('reviews as r')
        .innerJoin('attempts as p', 'p.id', 'r.attempt_id')
        .select(['p.submission_id', 'p.number', 'r.assessor_id', 'r.kind'])
        .where(
          'p.submission_id',
          'in',
          resubmissions.map((a) => a.submission_id),
        )
        .where('r.status', '=', 'completed')
        .orderBy('r.completed_at')
        .execute()
    : [];
  const reviewersOf = new Map<string, string[]>();
  for (const r of reviewers)
    reviewersOf.set(r.attempt_id, [...(reviewersOf.get(r.attempt_id) ?? []), r.assessor_id]);
  return new Map(
    attempts.map((a) => {
      const before = previous.filter((p) => p.submission_id === a.submission_id && p.number === a.number - 1);
      return [
        a.id,
        {
          ...a,
          educatorOrgIds: educatorOrgs.get(a.educator_id) ?? [],
          reviewers: reviewersOf.get(a.id) ?? [],
          firstAssessor: before.find((p) => p.kind === 'primary')?.assessor_id ?? null,
          previousAssessors: before.map((p) => p.assessor_id),
        },
      ];
    }),
  );
}

/**
 * Gives waiting reviews of one issuer to assessors, oldest first: the least-loaded eligible
 * assessor (qualified, no conflict of interest, available, under capacity), a resubmission back to
 * its first assessor when the issuer says so, a senior for adjudications and appeals, and never
 * someone already reviewing the same attempt. What finds nobody keeps waiting. Returns how many
 * reviews were assigned.
 */
export async function assignWaiting(
  db: Queryable,
  issuerId: string,
  at: string,
  options: { attemptIds?: string[]; limit?: number } = {},
): Promise<number> {
  let q = db
    .selectFrom('unassigned_reviews')
    .select(['id', 'attempt_id', 'issuer_id', 'micro_credential_id', 'kind', 'exclude'])
    .where('issuer_id', '=', issuerId)
    .orderBy('created_at')
    .orderBy('id');
  await lockAssignment(db, issuerId);
  if (options.attemptIds)
    q = q.where('attempt_id', 'in', options.attemptIds.length ? options.attemptIds : ['']);
  const waiting: Waiting[] = await q.limit(options.limit ?? 10_000).execute();
  if (!waiting.length) return 0;
  const [settings, pool, facts] = await Promise.all([
    loadSettings(db, issuerId),
    loadPool(db, issuerId, [...new Set(waiting.map((w) => w.micro_credential_id))]),
    attemptFacts(db, [...new Set(waiting.map((w) => w.attempt_id))]),
  ]);
  let assigned = 0;
  for (const w of waiting) {
    const fact = facts.get(w.attempt_id);
    if (!fact) continue;
    const assessorId = choose(pool, settings, w, fact, new Date(at));
    if (!assessorId) continue;
    await assignReview(db, { waiting: w, assessorId, settings, at, submissionId: fact.submission_id });
    fact.reviewers.push(assessorId);
    const member = pool.members.find((m) => m.id === assessorId)!;
    member.openReviews++;
    assigned++;
  }
  return assigned;
}

/**
 * Serializes assignment per issuer until the caller's transaction ends, so two submissions at once
 * cannot both fill an assessor's last free place. SQLite runs one write transaction at a time anyway.
 */
async function lockAssignment(db: Queryable, issuerId: string) {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`select pg_advisory_xact_lock(hashtext(${`assign:${issuerId}`}))`.execute(db);
  }
}

function choose(
  pool: Pool,
  settings: AssessmentSettings,
  w: Waiting,
  fact: {
    educator_id: string;
    educatorOrgIds: string[];
    reviewers: string[];
    firstAssessor: string | null;
    previousAssessors: string[];
  },
  at: Date,
): string | null {
  const routedElsewhere = w.kind === 'primary' && settings.resubmissionRouting === 'other';
  const picked = pickAssessor(candidatesFor(pool, w.micro_credential_id), {
    educatorId: fact.educator_id,
    educatorOrgIds: fact.educatorOrgIds,
    excludeIds: [
      ...fact.reviewers,
      ...(JSON.parse(w.exclude) as string[]),
      ...(routedElsewhere ? fact.previousAssessors : []),
    ],
    preferredId: w.kind === 'primary' && !routedElsewhere ? fact.firstAssessor : null,
    requireSenior: w.kind === 'adjudication' || w.kind === 'appeal',
    at,
  });
  return picked?.id ?? null;
}

const KIND_LABEL: Record<ReviewKind, string> = {
  primary: 'A new review',
  second: 'A double-scored review',
  adjudication: 'An adjudication',
  appeal: 'An appeal',
};

/** Turns a waiting review into an assigned one, due after the issuer's SLA in business days. */
async function assignReview(
  db: Queryable,
  x: { waiting: Waiting; assessorId: string; settings: AssessmentSettings; at: string; submissionId: string },
) {
  const { waiting: w, assessorId, settings, at } = x;
  const removed = await db.deleteFrom('unassigned_reviews').where('id', '=', w.id).executeTakeFirst();
  if (Number(removed.numDeletedRows) !== 1) return;
  const { id, dueAt } = await openReview(db, at, {
    attemptId: w.attempt_id,
    assessorId,
    kind: w.kind,
    issuerId: w.issuer_id,
    microCredentialId: w.micro_credential_id,
    settings,
  });
  // The first assignment starts the review of a waiting submission.
  await db
    .updateTable('submissions')
    .set({ status: 'in_review', updated_at: at })
    .where('id', '=', x.submissionId)
    .where('status', '=', 'submitted')
    .execute();
  await audit(db, at, {
    issuerId: w.issuer_id,
    actorId: null,
    action: 'review.assigned',
    subjectType: 'review',
    subjectId: id,
    after: { attemptId: w.attempt_id, assessorId, kind: w.kind, dueAt },
  });
  await notify(db, at, {
    userId: assessorId,
    kind: 'review_assigned',
    title: `${KIND_LABEL[w.kind]} is in your queue`,
    body: `Due ${dueAt.slice(0, 10)}.`,
    link: `/reviews/${id}`,
  });
}

/**
 * A submitted attempt asks for its reviews: one, or two scored independently (double scoring);
 * then they are assigned at once where an assessor is free. Returns whether review has started.
 */
export async function requestReviews(
  db: Queryable,
  at: string,
  x: { attemptId: string; microCredentialId: string },
): Promise<{ doubleScored: boolean; assigned: number }> {
  const { issuer_id: issuerId } = await db
    .selectFrom('micro_credentials')
    .select('issuer_id')
    .where('id', '=', x.microCredentialId)
    .executeTakeFirstOrThrow();
  const settings = await loadSettings(db, issuerId);
  const doubleScored = await isDoubleScored(db, settings, x.microCredentialId, x.attemptId);
  if (doubleScored) {
    await db.updateTable('attempts').set({ double_scored: 1 }).where('id', '=', x.attemptId).execute();
  }
  const need = { attemptId: x.attemptId, issuerId, microCredentialId: x.microCredentialId };
  await addToBacklog(db, at, [
    { ...need, kind: 'primary' },
    ...(doubleScored ? [{ ...need, kind: 'second' as const }] : []),
  ]);
  const assigned = await assignWaiting(db, issuerId, at, { attemptIds: [x.attemptId] });
  return { doubleScored, assigned };
}
