import type { CriterionFeedback } from '../../../contracts/submissions.js';

/**
 * A part's feedback in the order to act on it: criteria not yet demonstrated first (what to work
 * on), then the demonstrated ones, each group in rubric order. A new array.
 */
export function orderFeedback(feedback: readonly CriterionFeedback[]): CriterionFeedback[] {
  return [...feedback.filter((f) => !f.demonstrated), ...feedback.filter((f) => f.demonstrated)];
}

/** "2 of 3 criteria demonstrated", as a one-line summary at the top of a part's feedback. */
export function feedbackSummary(feedback: readonly CriterionFeedback[]): string {
  const shown = feedback.filter((f) => f.demonstrated).length;
  const total = feedback.length;
  if (shown === total)
    return total === 1 ? 'The criterion is demonstrated.' : `All ${total} criteria demonstrated.`;
  return `${shown} of ${total} ${total === 1 ? 'criterion' : 'criteria'} demonstrated.`;
}
