import { useState } from 'react';
import { Button } from '../../components/Button.js';
import { Checkbox } from '../../components/Field.js';
import { EmptyState } from '../../components/EmptyState.js';
import { Notice } from '../../components/Notice.js';
import { QueryState } from '../../components/QueryState.js';
import { ListSkeleton } from '../../components/Skeleton.js';
import { StatusChip } from '../../components/StatusChip.js';
import { formatDate, plural } from '../../lib/format.js';
import { useOpenReviews, usePool, type OpenReview } from './assessment-api.js';
import { formatAge, REVIEW_KINDS } from './assessment-format.js';
import { ReassignDialog } from './ReassignDialog.js';

function ReviewRow({ review, onReassign }: { review: OpenReview; onReassign: () => void }) {
  const kind = REVIEW_KINDS[review.kind];
  const now = new Date();
  return (
    <article
      className={`card flex flex-col gap-3 p-4 sm:flex-row sm:items-center sm:justify-between ${
        review.overdue ? 'border-red-300' : ''
      }`}
    >
      <div className="min-w-0 space-y-1.5">
        <h3 className="font-semibold break-words text-slate-900">
          {review.microCredential.title}{' '}
          <span className="font-normal text-slate-700">· attempt {review.attemptNumber}</span>
        </h3>
        <div className="flex flex-wrap gap-1.5">
          <StatusChip tone={kind.tone} icon={kind.icon}>
            {kind.label}
          </StatusChip>
          {review.state === 'waiting' ? (
            <StatusChip tone="warning" icon="inbox">
              Waiting for an assessor
            </StatusChip>
          ) : null}
          {review.overdue ? (
            <StatusChip tone="danger" icon="alert">
              Overdue
            </StatusChip>
          ) : null}
        </div>
        <p className="text-sm text-slate-700">
          {review.assessor ? `With ${review.assessor.name}` : 'No assessor yet'} · since{' '}
          {formatDate(review.since)} ({formatAge(review.since, now)})
          {review.dueAt ? (
            <>
              {' · '}
              <span className={review.overdue ? 'font-semibold text-red-800' : ''}>
                due {formatDate(review.dueAt)}
              </span>
            </>
          ) : null}
        </p>
      </div>
      <Button
        variant="secondary"
        size="sm"
        icon="refresh"
        onClick={onReassign}
        aria-label={`${review.state === 'waiting' ? 'Assign' : 'Reassign'} ${review.microCredential.title}, attempt ${review.attemptNumber}`}
        className="self-start sm:self-center"
      >
        {review.state === 'waiting' ? 'Assign' : 'Reassign'}
      </Button>
    </article>
  );
}

/** Every review waiting or in progress, due first, with a way to move one. */
export function OpenReviewsTab({ issuerId }: { issuerId: string }) {
  const open = useOpenReviews(issuerId);
  const pool = usePool(issuerId);
  const [target, setTarget] = useState<OpenReview | null>(null);
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  return (
    <div className="space-y-4">
      <div aria-live="polite">{done ? <Notice tone="success">{done}</Notice> : null}</div>
      <QueryState query={open} loading={<ListSkeleton rows={3} label="Loading open reviews…" />}>
        {(items) => {
          const overdue = items.filter((r) => r.overdue).length;
          const shown = overdueOnly ? items.filter((r) => r.overdue) : items;
          if (!items.length)
            return (
              <EmptyState icon="inbox" title="No open reviews">
                Every submitted attempt has been decided.
              </EmptyState>
            );
          return (
            <>
              <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
                <p className="text-slate-800">
                  {plural(items.length, 'open review')}, {overdue} overdue
                </p>
                <Checkbox
                  label="Overdue only"
                  checked={overdueOnly}
                  onChange={(e) => setOverdueOnly(e.target.checked)}
                />
              </div>
              {shown.length ? (
                <ul className="space-y-3" aria-label="Open reviews">
                  {shown.map((r) => (
                    <li key={r.id}>
                      <ReviewRow
                        review={r}
                        onReassign={() => {
                          setDone(null);
                          setTarget(r);
                        }}
                      />
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="text-slate-700">Nothing is overdue.</p>
              )}
            </>
          );
        }}
      </QueryState>
      <ReassignDialog
        issuerId={issuerId}
        review={target}
        pool={pool.data ?? []}
        onDone={setDone}
        onClose={() => setTarget(null)}
      />
    </div>
  );
}
