import type { SubmissionStatusId } from '../../api/types.js';
import { Icon } from '../../components/Icon.js';
import { formatDate } from '../../lib/format.js';

type Step = { label: string; date?: string | null };

const ORDER: Record<SubmissionStatusId, number> = {
  in_progress: 0,
  submitted: 1,
  in_review: 2,
  earned: 3,
  not_yet: 3,
  withdrawn: -1,
};

type Props = {
  status: SubmissionStatusId;
  submittedAt?: string | null;
  decidedAt?: string | null;
  /** A one-line version for lists. */
  compact?: boolean;
};

/** in progress → submitted → in review → earned / not yet, with where this submission is. */
export function StatusTimeline({ status, submittedAt, decidedAt, compact = false }: Props) {
  const current = ORDER[status];
  const final = status === 'earned' ? 'Earned' : status === 'not_yet' ? 'Not yet' : 'Decision';
  const steps: Step[] = [
    { label: 'In progress' },
    { label: 'Submitted', date: submittedAt },
    { label: 'In review' },
    { label: final, date: decidedAt },
  ];
  if (status === 'withdrawn') return <p className="text-sm text-slate-700">This submission was withdrawn.</p>;
  return (
    <ol
      aria-label="Submission progress"
      className={`flex ${compact ? 'gap-1' : 'flex-col gap-3 sm:flex-row sm:gap-0'}`}
    >
      {steps.map((step, i) => {
        const done = i < current || (i === current && i === 3);
        const here = i === current;
        const state = done ? 'done' : here ? 'current' : 'upcoming';
        if (compact) {
          return (
            <li key={step.label} className="flex-1" aria-current={here ? 'step' : undefined}>
              <span
                className={`block h-1.5 rounded-full ${
                  state === 'upcoming'
                    ? 'bg-slate-200'
                    : status === 'not_yet' && i === 3
                      ? 'bg-amber-500'
                      : 'bg-brand-700'
                }`}
              />
              <span className="sr-only">
                {step.label}:{' '}
                {state === 'done' ? 'done' : state === 'current' ? 'current step' : 'not yet reached'}
              </span>
            </li>
          );
        }
        return (
          <li
            key={step.label}
            className="flex flex-1 items-center gap-2 sm:flex-col sm:items-start"
            aria-current={here ? 'step' : undefined}
          >
            <div className="flex items-center gap-2 sm:w-full">
              <span
                className={`flex h-7 w-7 shrink-0 items-center justify-center rounded-full text-xs font-semibold ${
                  state === 'done'
                    ? status === 'not_yet' && i === 3
                      ? 'bg-amber-600 text-white'
                      : 'bg-emerald-700 text-white'
                    : state === 'current'
                      ? 'bg-brand-800 text-white ring-4 ring-brand-100'
                      : 'bg-slate-200 text-slate-700'
                }`}
              >
                {state === 'done' ? (
                  <Icon name={status === 'not_yet' && i === 3 ? 'refresh' : 'check'} className="h-4 w-4" />
                ) : (
                  i + 1
                )}
              </span>
              {i < steps.length - 1 ? (
                <span
                  aria-hidden="true"
                  className={`hidden h-0.5 flex-1 sm:block ${i < current ? 'bg-emerald-700' : 'bg-slate-200'}`}
                />
              ) : null}
            </div>
            <div>
              <p
                className={`text-sm font-semibold ${state === 'upcoming' ? 'text-slate-600' : 'text-slate-900'}`}
              >
                {step.label}
                <span className="sr-only">
                  {' '}
                  ({state === 'done' ? 'done' : state === 'current' ? 'current step' : 'not yet reached'})
                </span>
              </p>
              {step.date ? <p className="text-xs text-slate-600">{formatDate(step.date)}</p> : null}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
