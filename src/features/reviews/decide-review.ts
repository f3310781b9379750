import type { Score } from '../../contracts/reviews.js';
import { applyEarnRule } from '../../domain/earn-rule.js';
import type { Deps } from '../../server/deps.js';
import { AppError } from '../../server/errors.js';
import type { Auth } from '../auth/auth-context.js';
import { assignWaiting } from '../assessment/assign.js';
import { audit } from '../assessment/audit.js';
import { settleAttempt } from '../assessment/outcome.js';
import { loadSettings } from '../assessment/settings.js';
import { awardPathways } from '../pathways/award-pathways.js';
import { lockUser } from '../pathways/pathways.repository.js';
import { checkScores, loadAssignedReview, requireOpen } from './assigned-review.js';
import * as repo from './reviews.repository.js';

/**
 * Records the assessor's scores and decision by the earn rule, then settles the attempt in the
 * same transaction (outcome.ts): a final decision issues the signed credential when earned, so an
 * "earned" never exists without its credential; a double-scored attempt may wait for its second
 * scorer or go to adjudication. A decision sent twice counts once. An earned credential may
 * complete pathways: their stacked credentials are awarded in the same transaction, with the
 * educator's row locked first (before any status list), so two decisions for one educator take
 * their turns and the later one sees the earlier one's credential.
 */
export async function decideReview(deps: Deps, auth: Auth | null, id: string, scores: Score[]) {
  return deps.db.transaction().execute(async (trx) => {
    const { review, content } = await loadAssignedReview(trx, auth, id);
    requireOpen(review);
    const settings = await loadSettings(trx, review.issuer_id);
    checkScores(content, scores, { complete: true, minNotYetFeedback: settings.minNotYetFeedback });
    const outcome = applyEarnRule(content.rubric, scores);
    if (!outcome.complete)
      throw new AppError('VALIDATION_FAILED', 'Score every criterion of the rubric once.');
    const { educator_id: educatorId } = await trx
      .selectFrom('submissions')
      .select('educator_id')
      .where('id', '=', review.submission_id)
      .executeTakeFirstOrThrow();
    await lockUser(trx, deps.dialect, educatorId);
    const at = deps.clock.now().toISOString();
    if (
      !(await repo.completeReview(trx, id, {
        scores: JSON.stringify(scores),
        decision: outcome.decision,
        completed_at: at,
        updated_at: at,
      }))
    ) {
      requireOpen(await repo.findReview(trx, id).then((r) => r!));
      throw new AppError('INVALID_STATE', 'This review is already decided.');
    }
    await audit(trx, at, {
      issuerId: review.issuer_id,
      actorId: review.assessor_id,
      action: 'review.scored',
      subjectType: 'review',
      subjectId: id,
      after: { kind: review.kind, decision: outcome.decision, scores },
    });
    const { final } = await settleAttempt(
      trx,
      deps,
      {
        id,
        kind: review.kind,
        decision: outcome.decision,
        attemptId: review.attempt_id,
        submissionId: review.submission_id,
        issuerId: review.issuer_id,
        microCredentialId: review.micro_credential_id,
        title: review.title,
      },
      at,
    );
    if (final === 'earned')
      await awardPathways(trx, deps, { educatorId, microCredentialId: review.micro_credential_id });
    // The place this review held is free: work waiting for this pool may take it now.
    await assignWaiting(trx, review.issuer_id, at, { limit: 100 });
    return { decision: outcome.decision, final: final !== null };
  });
}
