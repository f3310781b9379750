import type { CriterionFeedback } from '../../../contracts/submissions.js';
import { StatusChip } from '../../components/StatusChip.js';

/** The assessor's per-criterion scores and feedback for one part, shown beside that part. */
export function PartFeedback({
  feedback,
  attemptNumber,
}: {
  feedback: readonly CriterionFeedback[];
  attemptNumber: number;
}) {
  if (!feedback.length) return null;
  return (
    <aside
      aria-label={`Assessor feedback on attempt ${attemptNumber}`}
      className="self-start rounded-lg border border-amber-200 bg-amber-50/60 p-4"
    >
      <h3 className="font-semibold text-slate-900">Assessor feedback · attempt {attemptNumber}</h3>
      <ul className="mt-3 space-y-4">
        {feedback.map((f) => (
          <li key={f.criterionId}>
            <p className="font-medium text-slate-900">{f.criterionTitle}</p>
            <div className="mt-1">
              <StatusChip
                tone={f.demonstrated ? 'success' : 'warning'}
                icon={f.demonstrated ? 'check' : 'refresh'}
              >
                {f.levelLabel}
              </StatusChip>
            </div>
            {f.feedback ? <p className="prose-text mt-1.5 text-sm">{f.feedback}</p> : null}
          </li>
        ))}
      </ul>
    </aside>
  );
}
