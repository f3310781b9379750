import type { Queryable } from '../../db/database.js';
import type { ReviewsTable } from '../../db/schema.js';

/**
 * Reviews joined with what an assessor may see. Deliberately selects no column of users,
 * memberships or the submission's educator: blind review starts in the query.
 */
const reviewRows = (db: Queryable) =>
  db
    .selectFrom('reviews as r')
    .innerJoin('attempts as a', 'a.id', 'r.attempt_id')
    .innerJoin('submissions as s', 's.id', 'a.submission_id')
    .innerJoin('micro_credential_versions as v', 'v.id', 's.version_id')
    .innerJoin('organizations as o', 'o.id', 'v.issuer_id')
    .select([
      'r.id',
      'r.status',
      'r.assessor_id',
      'r.scores',
      'r.decision',
      'r.assigned_at',
      'r.completed_at',
      'a.id as attempt_id',
      'a.number as attempt_number',
      'a.submitted_at',
      'a.answers',
      'a.resubmission_note',
      's.id as submission_id',
      's.micro_credential_id',
      'v.id as version_id',
      'v.version',
      'v.title',
      'v.content',
      'o.id as issuer_id',
      'o.name as issuer_name',
      'o.slug as issuer_slug',
    ]);

export type ReviewRow = Awaited<ReturnType<typeof findReview>> & object;

export const findReview = (db: Queryable, id: string) =>
  reviewRows(db).where('r.id', '=', id).executeTakeFirst();

export const listQueue = (db: Queryable, assessorId: string, status?: 'assigned' | 'completed') => {
  let q = reviewRows(db).where('r.assessor_id', '=', assessorId);
  if (status) q = q.where('r.status', '=', status);
  return q.orderBy('r.status').orderBy('r.assigned_at').execute();
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
    .orderBy('a.number')
    .execute();
