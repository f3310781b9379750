import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import type { ReviewSummary } from '../../../contracts/reviews.js';
import { buttonClass } from '../../components/Button.js';
import { EmptyState } from '../../components/EmptyState.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryState } from '../../components/QueryState.js';
import { ListSkeleton } from '../../components/Skeleton.js';
import { StatusChip } from '../../components/StatusChip.js';
import { TabList, TabPanel } from '../../components/Tabs.js';
import { formatDate, plural } from '../../lib/format.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { RequireAuth } from '../auth/RequireAuth.js';
import { useReviewQueue } from './reviews-api.js';

type QueueStatus = 'assigned' | 'completed';

export function DecisionChip({ decision }: { decision: ReviewSummary['decision'] }) {
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

function ReviewRow({ review: r }: { review: ReviewSummary }) {
  return (
    <article className="card relative flex flex-col gap-3 p-4 transition hover:border-brand-200 hover:shadow-md sm:flex-row sm:items-center">
      <div className="min-w-0 flex-1">
        <h3 className="font-semibold">
          <Link
            to="/reviews/$id"
            params={{ id: r.id }}
            className="text-slate-900 after:absolute after:inset-0 after:content-['']"
          >
            {r.microCredential.title}
          </Link>
        </h3>
        <p className="text-sm text-slate-700">
          Anonymous educator · attempt {r.attemptNumber} · {r.microCredential.issuer.name} · v
          {r.microCredential.version}
        </p>
        <p className="mt-1 text-sm text-slate-600">
          Assigned {formatDate(r.assignedAt)}
          {r.submittedAt ? ` · submitted ${formatDate(r.submittedAt)}` : ''}
          {r.completedAt ? ` · completed ${formatDate(r.completedAt)}` : ''}
        </p>
      </div>
      <DecisionChip decision={r.decision} />
    </article>
  );
}

function Queue({ status }: { status: QueueStatus }) {
  const queue = useReviewQueue(status);
  return (
    <QueryState query={queue} loading={<ListSkeleton label="Loading reviews…" />}>
      {({ items }) =>
        items.length === 0 ? (
          <EmptyState
            icon="inbox"
            title={status === 'assigned' ? 'Your queue is clear' : 'No completed reviews yet'}
          >
            {status === 'assigned'
              ? 'New submissions are assigned to you automatically when educators submit them.'
              : 'Reviews you decide are listed here.'}
          </EmptyState>
        ) : (
          <>
            <p className="mb-3 text-slate-700">{plural(items.length, 'review')}</p>
            <ul className="space-y-3">
              {items.map((r) => (
                <li key={r.id}>
                  <ReviewRow review={r} />
                </li>
              ))}
            </ul>
          </>
        )
      }
    </QueryState>
  );
}

export function ReviewQueuePage() {
  useDocumentTitle('Reviews');
  const [status, setStatus] = useState<QueueStatus>('assigned');
  return (
    <RequireAuth roles={['assessor']}>
      {() => (
        <>
          <PageHeader
            title="Review queue"
            description="Submissions are anonymized: you see the evidence and the rubric, never who submitted it."
            actions={
              <Link to="/" className={buttonClass('secondary')}>
                Browse the catalog
              </Link>
            }
          />
          <TabList
            tabs={[
              { id: 'assigned', label: 'Assigned to me' },
              { id: 'completed', label: 'Completed' },
            ]}
            selected={status}
            onSelect={setStatus}
            label="Review status"
            idPrefix="queue"
          />
          <TabPanel
            idPrefix="queue"
            id={status}
            title={status === 'assigned' ? 'Assigned to me' : 'Completed'}
            selected
          >
            <Queue status={status} />
          </TabPanel>
        </>
      )}
    </RequireAuth>
  );
}
