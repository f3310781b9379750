import { ApiError } from '../../api/api-error.js';
import type { ReviewKind } from '../../../contracts/reviews.js';

type Decision = 'earned' | 'not_yet';

export const OUTCOME_TEXT: Record<Decision, string> = { earned: 'Earned', not_yet: 'Not yet' };

/**
 * What happens after the assessor's decision is recorded, in words. `final: false` means a
 * double-scored attempt is waiting for its other scorer or has gone to adjudication; nothing
 * reaches the educator yet. An appeal's decision closes the appeal for good.
 */
export function recordedMessage(result: { decision: Decision; final: boolean }, kind: ReviewKind): string {
  if (!result.final)
    return 'Your decision is recorded; the attempt waits for the other assessor, or for adjudication by a senior assessor if your decisions differ. The educator sees nothing until then.';
  if (kind === 'appeal')
    return result.decision === 'earned'
      ? 'The appeal is granted: the credential is being issued to the educator. This outcome is final.'
      : 'The “not yet” stands and the appeal is closed. This outcome is final.';
  return result.decision === 'earned'
    ? 'The credential is being issued to the educator.'
    : 'The educator will see your feedback and may revise and resubmit.';
}

/** What the confirmation says will follow a decision of this kind, before it is sent. */
export function confirmConsequence(decision: Decision | null, kind: ReviewKind): string {
  if (kind === 'second')
    return 'Your decision is compared with the other assessor’s; if they differ, a senior assessor decides.';
  if (kind === 'appeal') return 'This settles the educator’s appeal; the outcome is final.';
  const effect =
    decision === 'earned'
      ? 'a signed credential is issued to the educator.'
      : 'the educator sees your feedback and may resubmit.';
  return kind === 'adjudication'
    ? `This settles the disagreement: ${effect}`
    : `${effect[0]!.toUpperCase()}${effect.slice(1)}`;
}

/** The API's 409 when the review moved to another assessor while it was open here. */
export const isReassigned = (err: unknown) => err instanceof ApiError && err.code === 'REVIEW_REASSIGNED';
