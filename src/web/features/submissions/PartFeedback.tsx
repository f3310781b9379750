import type { CriterionFeedback } from '../../../contracts/submissions.js';
import { StatusChip } from '../../components/StatusChip.js';
import { feedbackSummary, orderFeedback } from './part-feedback.js';

/**
 * The assessor's per-criterion scores and feedback for one part, shown beside that part: at
 * wide widths a column that stays in view while the part scrolls; on a phone above the part, so
 * the feedback is read before the work it concerns rather than after all of it. Criteria to work
 * on come first; each says in words, not only color, whether it is demonstrated.
 */
export function PartFeedback({
  feedback,
  attemptNumber,
}: {
  feedback: readonly CriterionFeedback[];
  attemptNumber: number;
}) {
  if (!feedback.length) return null;
  const headingId = `part-feedback-${attemptNumber}-${feedback[0]!.criterionId}`;
  return (
    <aside
      aria-labelledby={headingId}
      className="order-first self-start rounded-lg border border-amber-200 bg-amber-50/60 p-4 lg:sticky lg:top-16 lg:order-none lg:max-h-[calc(100dvh-5rem)] lg:overflow-y-auto"
    >
      <h3 id={headingId} className="font-semibold text-slate-900">
        Assessor feedback · attempt {attemptNumber}
      </h3>
      <p className="mt-0.5 text-sm text-slate-700">{feedbackSummary(feedback)}</p>
      <ul className="mt-3 space-y-4">
        {orderFeedback(feedback).map((f) => (
          <li key={f.criterionId} className="border-t border-amber-200 pt-3 first:border-0 first:pt-0">
            <p className="font-medium text-slate-900">{f.criterionTitle}</p>
            <div className="mt-1">
              <StatusChip
                tone={f.demonstrated ? 'success' : 'warning'}
                icon={f.demonstrated ? 'check' : 'refresh'}
              >
                {f.levelLabel}
                <span className="sr-only">
                  {f.demonstrated ? ' (demonstrated)' : ' (not yet demonstrated)'}
                </span>
              </StatusChip>
            </div>
            {f.feedback ? (
              <p className="prose-text mt-1.5 text-sm whitespace-pre-line">{f.feedback}</p>
            ) : null}
          </li>
        ))}
      </ul>
    </aside>
  );
}
