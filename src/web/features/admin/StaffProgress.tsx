import { useState } from 'react';
import { EmptyState } from '../../components/EmptyState.js';
import { SearchInput } from '../../components/SearchInput.js';
import { Pagination } from '../../components/Pagination.js';
import { QueryState } from '../../components/QueryState.js';
import { ListSkeleton } from '../../components/Skeleton.js';
import { useDebouncedInput } from '../../lib/use-debounced-input.js';
import { STAFF_PROGRESS_PAGE, useStaffProgress } from './staff-progress-api.js';
import { StaffProgressSummary, StaffProgressSummarySkeleton } from './StaffProgressSummary.js';
import { StaffProgressTable } from './StaffProgressTable.js';

function showing(offset: number, count: number, total: number) {
  if (total === 0) return '';
  const noun = total === 1 ? 'educator' : 'educators';
  return `Showing ${offset + 1}–${offset + count} of ${total.toLocaleString()} ${noun}`;
}

/** Where each educator in the admin's schools and districts stands: totals, search, a page of people. */
export function StaffProgress() {
  const [q, setQ] = useState('');
  const [offset, setOffset] = useState(0);
  const [text, setText] = useDebouncedInput(q, (v) => {
    setQ(v.trim());
    setOffset(0);
  });
  const progress = useStaffProgress(q, offset);
  const { data } = progress;
  return (
    <div className="space-y-5">
      {progress.isPending ? (
        <StaffProgressSummarySkeleton />
      ) : data && data.totals.educators > 0 ? (
        <StaffProgressSummary totals={data.totals} q={q} />
      ) : null}
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
        <SearchInput
          id="progress-q"
          label="Search educators by name or email"
          placeholder="Search by name or email"
          value={text}
          onChange={setText}
          className="w-full max-w-md"
        />
        <p aria-live="polite" className="text-sm text-slate-700">
          {data ? showing(offset, data.items.length, data.total) : ''}
        </p>
      </div>
      <QueryState
        query={progress}
        loading={<ListSkeleton rows={3} label="Loading staff progress…" />}
        errorTitle="Staff progress could not be loaded"
      >
        {({ items, total }) =>
          items.length === 0 ? (
            <EmptyState icon="user" title={q ? 'No educators match' : 'No educators yet'}>
              {q
                ? 'Try part of a name or an email address.'
                : 'Educators appear here once they join a school or district you administer.'}
            </EmptyState>
          ) : (
            <div
              aria-busy={progress.isPlaceholderData}
              className={progress.isPlaceholderData ? 'opacity-60' : ''}
            >
              <StaffProgressTable rows={items} />
              <Pagination
                total={total}
                limit={STAFF_PROGRESS_PAGE}
                offset={offset}
                onChange={setOffset}
                label="Staff progress pages"
              />
            </div>
          )
        }
      </QueryState>
    </div>
  );
}
