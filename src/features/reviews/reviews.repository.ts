import type { Queryable } from '../../db/database.js';
import type { ReviewsTable } from '../../db/schema.js';

/**
 * Reviews joined with what an assessor may see in the queue. Deliberately selects no column of
 * users, memberships or the submission's educator: blind review starts in the query.
 */
const queueRows = (db: Queryable) =>
  db
    .selectFrom('reviews as r')
    .innerJoin('attempts as a', 'a.id', 'r.attempt_id')
    .innerJoin('submissions as s', 's.id', 'a.submission_id')
    .innerJoin('micro_credential_versions as v', 'v.id', 's.version_id')
    .innerJoin('organizations as o', 'o.id', 'v.issuer_id')
    .select([
      'r.id',
      'r.status',
      'r.kind',
      'r.due_at',
      'r.assessor_id',
      'r.decision',
      'r.assigned_at',
      'r.completed_at',
      'a.id as attempt_id',
      'a.number as attempt_number',
      'a.submitted_at',
      'a.double_scored',
      's.id as submission_id',
      's.micro_credential_id',
      'v.id as version_id',
      'v.version',
      'v.title',
      'o.id as issuer_id',
      'o.name as issuer_name',
      'o.slug as issuer_slug',
    ]);

/** A review with everything the review screen needs: scores, the evidence and the rubric. */
const reviewRows = (db: Queryable) =>
  queueRows(db).select(['r.scores', 'a.answers', 'a.resubmission_note', 'v.content']);

export type QueueRow = Awaited<ReturnType<typeof listQueue>>[number];
export type ReviewRow = Awaited<ReturnType<typeof findReview>> & object;

export const findReview = (db: Queryable, id: string) =>
  reviewRows(db).where('r.id', '=', id).executeTakeFirst();

/**
 * An assessor's queue: open reviews by due date, then the most recent completed ones. Bounded, and
 * read through the (assessor, status, due date) and (assessor, status, completed at) indexes, so
 * it costs the same with a million reviews. The rubric and the evidence stay out of it.
 */
export const listQueue = (
  db: Queryable,
  assessorId: string,
  status: 'assigned' | 'completed',
  limit: number,
) => {
  const q = queueRows(db).where('r.assessor_id', '=', assessorId).where('r.status', '=', status);
  return (status === 'assigned' ? q.orderBy('r.due_at').orderBy('r.id') : q.orderBy('r.completed_at', 'desc'))
    .limit(limit)
    .execute();
};

/** Saves partial scores only while the review is open; returns whether it did. */
export async function saveOpenScores(
  db: Queryable,
  id: string,
  set: Pick<ReviewsTable, 'scores' | 'updated_at'>,
) {
  const r = await db
    .updateTable('reviews')
    .set(set)
    .where('id', '=', id)
    .where('status', '=', 'assigned')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Completes a review only if still open; returns whether it did (guards double decisions). */
export async function completeReview(db: Queryable, id: string, set: Partial<ReviewsTable>) {
  const r = await db
    .updateTable('reviews')
    .set({ ...set, status: 'completed' })
    .where('id', '=', id)
    .where('status', '=', 'assigned')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Completed scores of the submission's earlier attempts. */
export const earlierScores = (db: Queryable, submissionId: string, beforeNumber: number) =>
  db
    .selectFrom('reviews as r')
    .innerJoin('attempts as a', 'a.id', 'r.attempt_id')
    .select(['a.number', 'r.scores'])
    .where('a.submission_id', '=', submissionId)
    .where('a.number', '<', beforeNumber)
    .where('r.status', '=', 'completed')
    // The feedback the educator saw: the deciding review of each earlier attempt.
    .where((eb) => eb('r.decision', '=', eb.ref('a.decision')))
    .orderBy('a.number')
    .execute();
