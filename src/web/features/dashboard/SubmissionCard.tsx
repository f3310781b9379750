import { Link } from '@tanstack/react-router';
import type { SubmissionSummary } from '../../../contracts/submissions.js';
import { formatDate } from '../../lib/format.js';
import { StatusTimeline } from '../submissions/StatusTimeline.js';
import { SubmissionStatusChip } from '../submissions/submission-status.js';

/** A submission in a list: where it stands and a way back into it. */
export function SubmissionCard({ submission: s }: { submission: SubmissionSummary }) {
  const when =
    s.status === 'in_progress'
      ? `Last saved ${formatDate(s.updatedAt)}`
      : s.decidedAt
        ? `Decided ${formatDate(s.decidedAt)}`
        : s.submittedAt
          ? `Submitted ${formatDate(s.submittedAt)}`
          : `Updated ${formatDate(s.updatedAt)}`;
  return (
    <article className="card relative p-4 transition hover:border-brand-200 hover:shadow-md">
      <div className="flex items-start gap-3">
        <img
          src={s.microCredential.imageUrl}
          alt=""
          width={48}
          height={48}
          className="h-12 w-12 shrink-0 rounded-full bg-slate-100"
        />
        <div className="min-w-0 flex-1">
          <h3 className="leading-snug font-semibold">
            <Link
              to="/submissions/$id"
              params={{ id: s.id }}
              className="text-slate-900 after:absolute after:inset-0 after:content-[''] hover:text-brand-800"
            >
              {s.microCredential.title}
            </Link>
          </h3>
          <p className="text-sm text-slate-700">{s.microCredential.issuer.name}</p>
        </div>
        <SubmissionStatusChip status={s.status} />
      </div>
      <div className="mt-4">
        <StatusTimeline status={s.status} compact />
      </div>
      <p className="mt-2 flex flex-wrap justify-between gap-2 text-sm text-slate-700">
        <span>{when}</span>
        <span>
          Attempt {s.attemptNumber} of {s.maxAttempts}
        </span>
      </p>
    </article>
  );
}
