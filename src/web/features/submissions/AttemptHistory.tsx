import type { AttemptSummary } from '../../../contracts/submissions.js';
import { StatusChip } from '../../components/StatusChip.js';
import { formatDate } from '../../lib/format.js';

function AttemptStatus({ attempt }: { attempt: AttemptSummary }) {
  if (attempt.decision === 'earned')
    return (
      <StatusChip tone="success" icon="award">
        Earned
      </StatusChip>
    );
  if (attempt.decision === 'not_yet')
    return (
      <StatusChip tone="warning" icon="refresh">
        Not yet
      </StatusChip>
    );
  if (attempt.status === 'submitted')
    return (
      <StatusChip tone="brand" icon="clock">
        Submitted
      </StatusChip>
    );
  return (
    <StatusChip tone="info" icon="pencil">
      Draft
    </StatusChip>
  );
}

/** Every attempt: when it was sent and decided, the note on what changed, the decision. */
export function AttemptHistory({ attempts }: { attempts: readonly AttemptSummary[] }) {
  if (!attempts.length) return null;
  return (
    <section aria-labelledby="attempts-h" className="mt-8">
      <h3 id="attempts-h" className="mb-3 text-lg font-semibold">
        Attempts
      </h3>
      <ol className="space-y-3">
        {[...attempts].reverse().map((a) => (
          <li key={a.number} className="card p-4">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <p className="font-semibold">Attempt {a.number}</p>
              <AttemptStatus attempt={a} />
            </div>
            <p className="mt-1 text-sm text-slate-700">
              {a.submittedAt ? `Submitted ${formatDate(a.submittedAt)}` : 'Not submitted yet'}
              {a.decidedAt ? ` · decided ${formatDate(a.decidedAt)}` : ''}
            </p>
            {a.resubmissionNote ? (
              <p className="prose-text mt-2 rounded-md bg-slate-50 p-2 text-sm">
                <span className="font-medium">What changed: </span>
                {a.resubmissionNote}
              </p>
            ) : null}
            {a.feedback?.length ? (
              <ul className="mt-3 space-y-2 border-t border-slate-100 pt-3 text-sm">
                {a.feedback.map((f) => (
                  <li key={f.criterionId}>
                    <span className="font-medium">{f.criterionTitle}</span>{' '}
                    <StatusChip
                      tone={f.demonstrated ? 'success' : 'warning'}
                      icon={f.demonstrated ? 'check' : 'refresh'}
                    >
                      {f.levelLabel}
                    </StatusChip>
                    {f.feedback ? <p className="prose-text mt-0.5 text-slate-800">{f.feedback}</p> : null}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
