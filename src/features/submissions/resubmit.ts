import { randomUUID } from 'node:crypto';
import type { SubmissionView } from '../../contracts/submissions.js';
import type { Deps } from '../../server/deps.js';
import { AppError } from '../../server/errors.js';
import { canResubmit, nextStatus, resubmitDeadline } from '../../domain/submission-lifecycle.js';
import type { Auth } from '../auth/auth-context.js';
import { getSubmission } from './get-submission.js';
import { loadOwnSubmission } from './own-submission.js';
import { EMPTY_ATTESTATION } from './start-submission.js';
import * as repo from './submissions.repository.js';
import { formatDay } from '../notifications/messages.js';

/**
 * After "not yet", within `config.resubmitWindowDays` of the decision: opens the next attempt with
 * the previous answers and artifacts carried forward (files are not uploaded again), and the
 * educator's note on what will change.
 */
export async function resubmit(
  { db, clock, config }: Pick<Deps, 'db' | 'clock' | 'config'>,
  auth: Auth | null,
  id: string,
  note: string,
): Promise<SubmissionView> {
  await db.transaction().execute(async (trx) => {
    const { submission, attempt, content } = await loadOwnSubmission(trx, auth, id);
    if (nextStatus(submission.status, 'resubmit') === null) {
      throw new AppError('INVALID_STATE', 'Only a submission scored “not yet” can be resubmitted.');
    }
    if (!canResubmit(submission.status, submission.attempt_number, content.maxAttempts)) {
      throw new AppError(
        'ATTEMPTS_EXHAUSTED',
        `You have used all ${content.maxAttempts} attempts for this micro-credential. Ask your coach or the issuer about next steps.`,
      );
    }
    const now = clock.now();
    if (submission.decided_at) {
      const closes = resubmitDeadline(submission.decided_at, config.resubmitWindowDays);
      if (now > closes) {
        throw new AppError(
          'RESUBMISSION_CLOSED',
          `The window to resubmit closed on ${formatDay(closes)}, ${config.resubmitWindowDays} days after the decision. Ask the issuer about next steps.`,
          { closedAt: closes.toISOString() },
        );
      }
    }
    const at = now.toISOString();
    if (
      !(await repo.moveSubmission(trx, id, 'not_yet', {
        status: 'in_progress',
        attempt_number: attempt.number + 1,
        updated_at: at,
      }))
    ) {
      throw new AppError('INVALID_STATE', 'This submission changed meanwhile; reload and try again.');
    }
    const next = {
      id: randomUUID(),
      submission_id: id,
      number: attempt.number + 1,
      status: 'draft' as const,
      answers: attempt.answers,
      resubmission_note: note,
      attestation: EMPTY_ATTESTATION,
      revision: 0,
      decision: null,
      created_at: at,
      updated_at: at,
      submitted_at: null,
      decided_at: null,
      double_scored: 0,
    };
    await repo.insertAttempt(trx, next);
    // Evidence deleted under retention has nothing left to carry.
    for (const a of (await repo.listArtifacts(trx, attempt.id)).filter((x) => !x.purged_at)) {
      await repo.insertArtifact(trx, { ...a, id: randomUUID(), attempt_id: next.id, created_at: at });
    }
  });
  return getSubmission({ db, clock, config }, auth, id);
}

/** Withdraws work not yet under review; what was written stays readable. */
export async function withdraw(
  { db, clock, config }: Pick<Deps, 'db' | 'clock' | 'config'>,
  auth: Auth | null,
  id: string,
) {
  const { submission } = await loadOwnSubmission(db, auth, id);
  if (nextStatus(submission.status, 'withdraw') === null) {
    throw new AppError(
      'INVALID_STATE',
      submission.status === 'in_review'
        ? 'An assessor is reviewing this attempt; it can be withdrawn after the decision.'
        : 'This submission can no longer be withdrawn.',
    );
  }
  const at = clock.now().toISOString();
  await db.transaction().execute(async (trx) => {
    if (!(await repo.moveSubmission(trx, id, submission.status, { status: 'withdrawn', updated_at: at }))) {
      throw new AppError('INVALID_STATE', 'This submission changed meanwhile; reload and try again.');
    }
    // Whatever waited for an assessor leaves the backlog with it.
    await trx
      .deleteFrom('unassigned_reviews')
      .where('attempt_id', 'in', (eb) =>
        eb.selectFrom('attempts').select('id').where('submission_id', '=', id),
      )
      .execute();
  });
  return getSubmission({ db, clock, config }, auth, id);
}
