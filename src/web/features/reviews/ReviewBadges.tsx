import type { ReviewKind, ReviewSummary } from '../../../contracts/reviews.js';
import { StatusChip } from '../../components/StatusChip.js';
import { formatDateTime } from '../../lib/format.js';
import { kindBadge, relativeDue } from './queue-rules.js';

/** Where a review stands: its decision, moved to someone else, or still to score. */
export function DecisionChip({
  decision,
  status,
}: {
  decision: ReviewSummary['decision'];
  status?: ReviewSummary['status'];
}) {
  if (status === 'reassigned')
    return (
      <StatusChip tone="neutral" icon="arrowRight">
        Reassigned
      </StatusChip>
    );
  if (decision === 'earned')
    return (
      <StatusChip tone="success" icon="award">
        Earned
      </StatusChip>
    );
  if (decision === 'not_yet')
    return (
      <StatusChip tone="warning" icon="refresh">
        Not yet
      </StatusChip>
    );
  return (
    <StatusChip tone="brand" icon="clock">
      To score
    </StatusChip>
  );
}

/** "Double-scored", "Adjudication" or "Appeal"; nothing for an ordinary review. */
export function KindBadge({ kind }: { kind: ReviewKind }) {
  const badge = kindBadge(kind);
  if (!badge) return null;
  return (
    <span title={badge.description}>
      <StatusChip tone={badge.tone} icon={badge.icon}>
        {badge.label}
      </StatusChip>
    </span>
  );
}

/**
 * The due date, absolute and relative ("Due Mar 4, 2025, 5:00 PM · in 3 days"), and an
 * "Overdue" flag in words when the server says the review is late.
 */
export function DueDate({ dueAt, overdue, now }: { dueAt: string | null; overdue: boolean; now: Date }) {
  if (!dueAt) return null;
  const relative = relativeDue(dueAt, now);
  return (
    <span className="inline-flex flex-wrap items-center gap-x-2 gap-y-1">
      {overdue ? (
        <StatusChip tone="danger" icon="alert">
          Overdue
        </StatusChip>
      ) : null}
      <span className={overdue ? 'font-medium text-red-800' : 'text-slate-700'}>
        <time dateTime={dueAt}>Due {formatDateTime(dueAt)}</time>
        {relative ? <> · {relative.replace(/^Due /, '')}</> : null}
      </span>
    </span>
  );
}
