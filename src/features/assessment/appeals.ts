import { randomUUID } from 'node:crypto';
import type { Deps } from '../../server/deps.js';
import { nextStatus } from '../../domain/submission-lifecycle.js';
import { AppError } from '../../server/errors.js';
import type { Auth } from '../auth/auth-context.js';
import { loadOwnSubmission } from '../submissions/own-submission.js';
import * as submissions from '../submissions/submissions.repository.js';
import { addToBacklog, assignWaiting } from './assign.js';
import { audit } from './audit.js';

export const MIN_APPEAL_REASON = 30;

/**
 * An educator appeals a "not yet" once per attempt, with a reason. The submission goes back under
 * review; a senior assessor who has not reviewed this attempt decides, and that decision is final.
 * Resubmitting waits until the appeal is decided.
 */
export async function fileAppeal(
  { db, clock }: Pick<Deps, 'db' | 'clock'>,
  auth: Auth | null,
  submissionId: string,
  reason: string,
) {
  const text = reason.trim();
  if (text.length < MIN_APPEAL_REASON)
    throw new AppError(
      'VALIDATION_FAILED',
      `Say why the decision should change — at least ${MIN_APPEAL_REASON} characters.`,
      [{ path: 'reason', message: 'too short' }],
    );
  return db.transaction().execute(async (trx) => {
    const own = await loadOwnSubmission(trx, auth, submissionId);
    const { submission, attempt } = own;
    if (submission.status !== 'not_yet' || attempt.status !== 'decided' || attempt.decision !== 'not_yet')
      throw new AppError('INVALID_STATE', 'Only a “not yet” decision can be appealed.');
    const existing = await trx
      .selectFrom('appeals')
      .select('id')
      .where('attempt_id', '=', attempt.id)
      .executeTakeFirst();
    if (existing)
      throw new AppError('ALREADY_EXISTS', 'This decision was already appealed; the outcome is final.');
    const { issuer_id } = await trx
      .selectFrom('micro_credentials')
      .select('issuer_id')
      .where('id', '=', submission.micro_credential_id)
      .executeTakeFirstOrThrow();
    const at = clock.now().toISOString();
    if (
      !(await submissions.moveSubmission(trx, submissionId, 'not_yet', {
        status: nextStatus('not_yet', 'appeal')!,
        updated_at: at,
      }))
    )
      throw new AppError('INVALID_STATE', 'This submission changed meanwhile; reload it.');
    const id = randomUUID();
    await trx
      .insertInto('appeals')
      .values({
        id,
        attempt_id: attempt.id,
        submission_id: submissionId,
        educator_id: submission.educator_id,
        issuer_id,
        reason: text,
        status: 'open',
        created_at: at,
        decided_at: null,
      })
      .execute();
    await addToBacklog(trx, at, [
      {
        attemptId: attempt.id,
        issuerId: issuer_id,
        microCredentialId: submission.micro_credential_id,
        kind: 'appeal',
      },
    ]);
    await audit(trx, at, {
      issuerId: issuer_id,
      actorId: submission.educator_id,
      action: 'appeal.filed',
      subjectType: 'appeal',
      subjectId: id,
      after: { attemptId: attempt.id, reason: text },
    });
    await assignWaiting(trx, issuer_id, at, { attemptIds: [attempt.id] });
    return { id, status: 'open' as const };
  });
}
