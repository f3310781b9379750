import type { Score } from '../../contracts/reviews.js';
import { applyEarnRule } from '../../domain/earn-rule.js';
import { nextStatus } from '../../domain/submission-lifecycle.js';
import type { Deps } from '../../server/deps.js';
import { AppError } from '../../server/errors.js';
import type { Auth } from '../auth/auth-context.js';
import { issueCredential } from '../issuance/issue-credential.js';
import * as submissions from '../submissions/submissions.repository.js';
import { checkScores, loadAssignedReview, requireOpen } from './assigned-review.js';
import * as repo from './reviews.repository.js';

/**
 * Records the assessor's scores, decides by the earn rule and — when earned — issues the signed
 * credential in the same transaction, so an "earned" never exists without its credential.
 */
export async function decideReview(deps: Deps, auth: Auth | null, id: string, scores: Score[]) {
  return deps.db.transaction().execute(async (trx) => {
    const { review, content } = await loadAssignedReview(trx, auth, id);
    requireOpen(review);
    checkScores(content, scores, { complete: true });
    const outcome = applyEarnRule(content.rubric, scores);
    if (!outcome.complete)
      throw new AppError('VALIDATION_FAILED', 'Score every criterion of the rubric once.');
    const at = deps.clock.now().toISOString();
    if (
      !(await repo.completeReview(trx, id, {
        scores: JSON.stringify(scores),
        decision: outcome.decision,
        completed_at: at,
        updated_at: at,
      }))
    ) {
      throw new AppError('INVALID_STATE', 'This review is already decided.');
    }
    await submissions.updateAttempt(trx, review.attempt_id, {
      status: 'decided',
      decision: outcome.decision,
      decided_at: at,
      updated_at: at,
    });
    const to = nextStatus('in_review', outcome.decision === 'earned' ? 'decide-earned' : 'decide-not-yet')!;
    if (
      !(await submissions.moveSubmission(trx, review.submission_id, 'in_review', {
        status: to,
        decided_at: at,
        updated_at: at,
      }))
    ) {
      throw new AppError('INVALID_STATE', 'This submission is no longer under review.');
    }
    if (outcome.decision === 'earned') {
      await issueCredential(trx, deps, {
        submissionId: review.submission_id,
        attemptId: review.attempt_id,
      });
    }
    return { decision: outcome.decision };
  });
}
