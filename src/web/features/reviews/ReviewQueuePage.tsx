import { Link, useRouter } from '@tanstack/react-router';
import { useState } from 'react';
import type { ReviewSummary } from '../../../contracts/reviews.js';
import { buttonClass } from '../../components/Button.js';
import { EmptyState } from '../../components/EmptyState.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryState } from '../../components/QueryState.js';
import { ListSkeleton } from '../../components/Skeleton.js';
import { TabList, TabPanel } from '../../components/Tabs.js';
import { formatDate, plural } from '../../lib/format.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { RequireAuth } from '../auth/RequireAuth.js';
import { CalibrationTab } from './CalibrationTab.js';
import { parseQueueTab, scoringKind, sortByDue, type QueueTab } from './queue-rules.js';
import { DecisionChip, DueDate, KindBadge } from './ReviewBadges.js';
import { useReviewQueue } from './reviews-api.js';
import { useNow } from './use-now.js';

type QueueStatus = Exclude<QueueTab, 'calibration'>;

const TAB_TITLES: Record<QueueTab, string> = {
  assigned: 'Assigned to me',
  completed: 'Completed',
  calibration: 'Calibration',
};

function ReviewRow({ review: r, now }: { review: ReviewSummary; now: Date }) {
  const open = r.status === 'assigned';
  return (
    <article
      className={`card relative flex flex-col gap-3 p-4 transition hover:border-brand-200 hover:shadow-md sm:flex-row sm:items-center ${open && r.overdue ? 'border-l-4 border-l-red-700' : ''}`}
    >
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
        {open && r.dueAt ? (
          <p className="mt-1 text-sm">
            <DueDate dueAt={r.dueAt} overdue={r.overdue} now={now} />
          </p>
        ) : null}
        <p className="mt-1 text-sm text-slate-600">
          Assigned {formatDate(r.assignedAt)}
          {r.submittedAt ? ` · submitted ${formatDate(r.submittedAt)}` : ''}
          {r.completedAt ? ` · completed ${formatDate(r.completedAt)}` : ''}
        </p>
      </div>
      <div className="flex flex-wrap items-center gap-2 sm:justify-end">
        <KindBadge kind={scoringKind(r)} />
        <DecisionChip decision={r.decision} status={r.status} />
      </div>
    </article>
  );
}

function Queue({ status }: { status: QueueStatus }) {
  const queue = useReviewQueue(status);
  const now = useNow();
  return (
    <QueryState query={queue} loading={<ListSkeleton label="Loading reviews…" />}>
      {({ items }) => {
        if (items.length === 0)
          return (
            <EmptyState
              icon="inbox"
              title={status === 'assigned' ? 'Your queue is clear' : 'No completed reviews yet'}
            >
              {status === 'assigned'
                ? 'New submissions are assigned to you automatically when educators submit them.'
                : 'Reviews you decide are listed here.'}
            </EmptyState>
          );
        const list = status === 'assigned' ? sortByDue(items) : items;
        const overdue = status === 'assigned' ? items.filter((r) => r.overdue).length : 0;
        return (
          <>
            <p className="mb-3 text-slate-700">
              {plural(items.length, 'review')}
              {status === 'assigned' ? ', earliest due first' : ''}
              {overdue ? (
                <>
                  {' · '}
                  <strong className="text-red-800">{overdue} overdue</strong>
                </>
              ) : null}
            </p>
            <ul className="space-y-3">
              {list.map((r) => (
                <li key={r.id}>
                  <ReviewRow review={r} now={now} />
                </li>
              ))}
            </ul>
          </>
        );
      }}
    </QueryState>
  );
}

export function ReviewQueuePage() {
  useDocumentTitle('Reviews');
  const router = useRouter();
  // The tab lives in `?tab=` (a link can open the calibration tab); replaced, not pushed.
  const [tab, setTab] = useState<QueueTab>(() =>
    parseQueueTab(new URLSearchParams(router.state.location.searchStr).get('tab')),
  );
  const select = (next: QueueTab) => {
    setTab(next);
    router.history.replace(next === 'assigned' ? '/reviews' : `/reviews?tab=${next}`);
  };
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
            tabs={(['assigned', 'completed', 'calibration'] as const).map((id) => ({
              id,
              label: TAB_TITLES[id],
            }))}
            selected={tab}
            onSelect={select}
            label="Reviews"
            idPrefix="queue"
          />
          <TabPanel idPrefix="queue" id={tab} title={TAB_TITLES[tab]} selected>
            {tab === 'calibration' ? <CalibrationTab /> : <Queue status={tab} />}
          </TabPanel>
        </>
      )}
    </RequireAuth>
  );
}
