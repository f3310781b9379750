import type { Decision, ReviewKind } from '../../db/schema.js';
import { nextStatus } from '../../domain/submission-lifecycle.js';
import type { Deps } from '../../server/deps.js';
import { AppError } from '../../server/errors.js';
import type { Queryable } from '../../db/database.js';
import { issueCredential } from '../issuance/issue-credential.js';
import { notify } from '../notifications/notify.js';
import * as submissions from '../submissions/submissions.repository.js';
import { addToBacklog, assignWaiting } from './assign.js';
import { audit } from './audit.js';
import { checkDrift } from './calibration.js';

interface SettledReview {
  id: string;
  kind: ReviewKind;
  decision: Decision;
  attemptId: string;
  submissionId: string;
  issuerId: string;
  microCredentialId: string;
  title: string;
}

/**
 * What a completed review means for its attempt. A single review, an adjudication or an appeal
 * decides. Of a double-scored pair, the first to finish waits for the other; two equal decisions
 * decide; two different ones call in a senior assessor to adjudicate (neither of the two). A final
 * decision moves the submission, issues the credential when earned, and tells the educator.
 */
export async function settleAttempt(
  db: Queryable,
  deps: Pick<Deps, 'config' | 'clock' | 'secret' | 'dialect'>,
  r: SettledReview,
  at: string,
): Promise<{ final: Decision | null }> {
  const attempt = await db
    .selectFrom('attempts')
    .select(['double_scored'])
    .where('id', '=', r.attemptId)
    .executeTakeFirstOrThrow();
  if (attempt.double_scored === 1 && (r.kind === 'primary' || r.kind === 'second')) {
    const pair = await db
      .selectFrom('reviews')
      .select(['kind', 'status', 'decision'])
      .where('attempt_id', '=', r.attemptId)
      .where('kind', 'in', ['primary', 'second'])
      .where('status', '=', 'completed')
      .execute();
    if (pair.length < 2) return { final: null };
    if (pair[0]!.decision !== pair[1]!.decision) {
      await addToBacklog(db, at, [
        {
          attemptId: r.attemptId,
          issuerId: r.issuerId,
          microCredentialId: r.microCredentialId,
          kind: 'adjudication',
        },
      ]);
      await audit(db, at, {
        issuerId: r.issuerId,
        actorId: null,
        action: 'attempt.adjudication_needed',
        subjectType: 'attempt',
        subjectId: r.attemptId,
        after: { decisions: pair.map((p) => ({ kind: p.kind, decision: p.decision })) },
      });
      await assignWaiting(db, r.issuerId, at, { attemptIds: [r.attemptId] });
      return { final: null };
    }
  }
  await decideAttempt(db, deps, r, at);
  return { final: r.decision };
}

async function decideAttempt(
  db: Queryable,
  deps: Pick<Deps, 'config' | 'clock' | 'secret' | 'dialect'>,
  r: SettledReview,
  at: string,
) {
  await submissions.updateAttempt(db, r.attemptId, {
    status: 'decided',
    decision: r.decision,
    decided_at: at,
    updated_at: at,
  });
  const to = nextStatus('in_review', r.decision === 'earned' ? 'decide-earned' : 'decide-not-yet')!;
  if (
    !(await submissions.moveSubmission(db, r.submissionId, 'in_review', {
      status: to,
      decided_at: at,
      updated_at: at,
    }))
  ) {
    throw new AppError('INVALID_STATE', 'This submission is no longer under review.');
  }
  if (r.kind === 'appeal') {
    await db
      .updateTable('appeals')
      .set({ status: r.decision === 'earned' ? 'overturned' : 'upheld', decided_at: at })
      .where('attempt_id', '=', r.attemptId)
      .where('status', '=', 'open')
      .execute();
    await audit(db, at, {
      issuerId: r.issuerId,
      actorId: null,
      action: 'appeal.decided',
      subjectType: 'attempt',
      subjectId: r.attemptId,
      after: { decision: r.decision, reviewId: r.id },
    });
  }
  if (r.decision === 'earned') {
    await issueCredential(db, deps, { submissionId: r.submissionId, attemptId: r.attemptId });
  }
  await audit(db, at, {
    issuerId: r.issuerId,
    actorId: null,
    action: 'attempt.decided',
    subjectType: 'attempt',
    subjectId: r.attemptId,
    after: { decision: r.decision, by: r.kind },
  });
  const { educator_id } = await db
    .selectFrom('submissions')
    .select('educator_id')
    .where('id', '=', r.submissionId)
    .executeTakeFirstOrThrow();
  await notify(db, at, {
    userId: educator_id,
    kind: r.kind === 'appeal' ? 'appeal_decided' : 'submission_decided',
    title: r.decision === 'earned' ? `You earned “${r.title}”` : `Feedback on “${r.title}”`,
    body:
      r.decision === 'earned'
        ? 'Your credential is signed and ready to share.'
        : r.kind === 'appeal'
          ? 'Your appeal was decided: the decision stands. The feedback says what to change.'
          : 'Not yet: the feedback beside each part says what to change before you resubmit.',
    link: `/submissions/${r.submissionId}`,
  });
  await checkDrift(
    db,
    { attemptId: r.attemptId, microCredentialId: r.microCredentialId, issuerId: r.issuerId },
    at,
  );
}
