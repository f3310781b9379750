import type { Queryable } from '../../db/database.js';
import { eligibility } from '../../domain/assignment-policy.js';
import { AppError } from '../../server/errors.js';
import { notify } from '../notifications/notify.js';
import { addToBacklog, assignWaiting } from './assign.js';
import { audit } from './audit.js';
import { openReview } from './open-review.js';
import { candidatesFor, loadPool, localOrgsOf } from './pool.js';
import { loadSettings } from './settings.js';

const ELIGIBILITY_MESSAGE: Record<string, string> = {
  self: 'An educator cannot review their own work.',
  conflict: 'That assessor works in the educator’s school or district (conflict of interest).',
  unqualified: 'That assessor is not qualified for this micro-credential.',
  away: 'That assessor is away.',
  full: 'That assessor’s queue is full.',
  inactive: 'That assessor’s account is not active.',
  excluded: 'That assessor already reviews this attempt.',
  not_senior: 'Adjudications and appeals need a senior assessor.',
};

/**
 * Ends an open review and gives the attempt's review to someone else: the assessor the issuer
 * admin named (checked against every assignment rule), or the next eligible one; with nobody
 * eligible the review waits in the backlog. The previous assessor can no longer submit it (409
 * REVIEW_REASSIGNED) and keeps nothing of it in their queue but the record that it moved.
 */
export async function reassignReview(
  db: Queryable,
  at: string,
  x: {
    reviewId: string;
    issuerId: string;
    toAssessorId?: string | null;
    actorId: string | null;
    reason: string;
  },
): Promise<{ assessorId: string | null }> {
  const review = await db
    .selectFrom('reviews as r')
    .innerJoin('attempts as a', 'a.id', 'r.attempt_id')
    .innerJoin('submissions as s', 's.id', 'a.submission_id')
    .select([
      'r.id',
      'r.status',
      'r.kind',
      'r.assessor_id',
      'r.attempt_id',
      'r.issuer_id',
      'r.micro_credential_id',
      's.educator_id',
    ])
    .where('r.id', '=', x.reviewId)
    .executeTakeFirst();
  if (!review || review.issuer_id !== x.issuerId)
    throw new AppError('NOT_FOUND', 'That review was not found');
  if (review.status !== 'assigned')
    throw new AppError('INVALID_STATE', 'Only an open review can be reassigned; this one is finished.');
  const microCredentialId = review.micro_credential_id!;
  const others = await db
    .selectFrom('reviews')
    .select('assessor_id')
    .where('attempt_id', '=', review.attempt_id)
    .where('status', '!=', 'reassigned')
    .execute();
  if (x.toAssessorId) {
    const [pool, educatorOrgs] = await Promise.all([
      loadPool(db, x.issuerId, [microCredentialId]),
      localOrgsOf(db, { ids: [review.educator_id] }),
    ]);
    const target = candidatesFor(pool, microCredentialId).find((c) => c.id === x.toAssessorId);
    if (!target)
      throw new AppError('VALIDATION_FAILED', 'That person is not in this issuer’s assessor pool.');
    const verdict = eligibility(target, {
      educatorId: review.educator_id,
      educatorOrgIds: educatorOrgs.get(review.educator_id) ?? [],
      excludeIds: others.map((o) => o.assessor_id),
      requireSenior: review.kind === 'adjudication' || review.kind === 'appeal',
      at: new Date(at),
    });
    if (verdict !== 'ok') throw new AppError('VALIDATION_FAILED', ELIGIBILITY_MESSAGE[verdict] ?? verdict);
  }
  const ended = await db
    .updateTable('reviews')
    .set({ status: 'reassigned', ended_at: at, updated_at: at })
    .where('id', '=', review.id)
    .where('status', '=', 'assigned')
    .executeTakeFirst();
  if (Number(ended.numUpdatedRows) !== 1)
    throw new AppError('INVALID_STATE', 'This review was just decided or moved; reload to see where it is.');
  let assessorId: string | null = null;
  if (x.toAssessorId) {
    assessorId = x.toAssessorId;
    const { id, dueAt } = await openReview(db, at, {
      attemptId: review.attempt_id,
      assessorId,
      kind: review.kind,
      issuerId: x.issuerId,
      microCredentialId,
      settings: await loadSettings(db, x.issuerId),
    });
    await notify(db, at, {
      userId: assessorId,
      kind: 'review_assigned',
      title: 'A review was reassigned to you',
      body: `Due ${dueAt.slice(0, 10)}.`,
      link: `/reviews/${id}`,
    });
  } else {
    await addToBacklog(db, at, [
      {
        attemptId: review.attempt_id,
        issuerId: x.issuerId,
        microCredentialId,
        kind: review.kind,
        exclude: [review.assessor_id],
      },
    ]);
    await assignWaiting(db, x.issuerId, at, { attemptIds: [review.attempt_id] });
    const next = await db
      .selectFrom('reviews')
      .select('assessor_id')
      .where('attempt_id', '=', review.attempt_id)
      .where('kind', '=', review.kind)
      .where('status', '=', 'assigned')
      .executeTakeFirst();
    assessorId = next?.assessor_id ?? null;
  }
  await audit(db, at, {
    issuerId: x.issuerId,
    actorId: x.actorId,
    action: 'review.reassigned',
    subjectType: 'review',
    subjectId: review.id,
    before: { assessorId: review.assessor_id },
    after: { assessorId, reason: x.reason },
  });
  await notify(db, at, {
    userId: review.assessor_id,
    kind: 'review_reassigned',
    title: 'A review left your queue',
    body: x.reason,
    link: '/reviews',
  });
  return { assessorId };
}
