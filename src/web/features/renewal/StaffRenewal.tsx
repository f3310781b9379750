import { useState } from 'react';
import { Button } from '../../components/Button.js';
import { Dialog } from '../../components/Dialog.js';
import { Pagination } from '../../components/Pagination.js';
import { QueryState } from '../../components/QueryState.js';
import { SearchInput } from '../../components/SearchInput.js';
import { ListSkeleton } from '../../components/Skeleton.js';
import { StatusChip, type Tone } from '../../components/StatusChip.js';
import { plural } from '../../lib/format.js';
import { RenewalItemsTable } from './RenewalItemsTable.js';
import { RenewalProgressCard } from './RenewalProgressCard.js';
import {
  STAFF_RENEWAL_PAGE,
  hoursText,
  usePersonRenewal,
  useStaffRenewal,
  type StaffRenewalData,
} from './renewal-api.js';

type Pace = StaffRenewalData['items'][number]['pace'];
const PACES: {
  key: keyof StaffRenewalData['summary'];
  pace: Pace;
  label: string;
  tone: Tone;
  fill: string;
}[] = [
  { key: 'complete', pace: 'complete', label: 'Requirement met', tone: 'success', fill: 'bg-emerald-700' },
  { key: 'onTrack', pace: 'on track', label: 'On track', tone: 'info', fill: 'bg-sky-600' },
  { key: 'behind', pace: 'behind', label: 'Behind pace', tone: 'warning', fill: 'bg-amber-500' },
  {
    key: 'noPolicy',
    pace: 'no policy',
    label: 'No policy for license',
    tone: 'neutral',
    fill: 'bg-slate-500',
  },
  {
    key: 'noLicense',
    pace: 'no license',
    label: 'No license recorded',
    tone: 'neutral',
    fill: 'bg-slate-300',
  },
];

/** How many of the staff are on track: one stacked bar, with every number in the legend as text. */
export function RenewalSummaryChart({ summary }: { summary: StaffRenewalData['summary'] }) {
  const total = PACES.reduce((s, p) => s + summary[p.key], 0);
  return (
    <figure className="card space-y-3 p-4 sm:p-5">
      <figcaption className="flex flex-wrap items-baseline justify-between gap-2 text-sm text-slate-700">
        <span className="font-semibold text-slate-900">Where your educators stand this cycle</span>
        <span>{plural(total, 'educator')}</span>
      </figcaption>
      <div
        aria-hidden="true"
        className="flex h-6 w-full gap-0.5 overflow-hidden rounded-md bg-slate-100 ring-1 ring-slate-300 ring-inset"
      >
        {PACES.filter((p) => summary[p.key] > 0).map((p) => (
          <div
            key={p.key}
            className={`h-full min-w-1 ${p.fill}`}
            style={{ flexGrow: summary[p.key], flexBasis: 0 }}
          />
        ))}
      </div>
      <ul className="grid grid-cols-2 gap-x-4 gap-y-2 sm:grid-cols-5">
        {PACES.map((p) => (
          <li key={p.key} className="flex items-start gap-2">
            <span
              aria-hidden="true"
              className={`mt-1 inline-block h-3.5 w-3.5 shrink-0 rounded-sm ${p.fill}`}
            />
            <span>
              <span className="block text-sm text-slate-700">{p.label}</span>
              <span className="block text-lg font-semibold text-slate-900 tabular-nums">
                {summary[p.key].toLocaleString()}
              </span>
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}

function PersonDialog({ userId, onClose }: { userId: string | null; onClose: () => void }) {
  const query = usePersonRenewal(userId);
  return (
    <Dialog
      open={userId !== null}
      onClose={onClose}
      title={query.data?.person.name ?? 'Renewal progress'}
      wide
    >
      <QueryState query={query} loading={<ListSkeleton rows={2} label="Loading renewal progress" />}>
        {(r) => (
          <div className="space-y-5">
            {r.message ? (
              <p className="text-slate-700">{r.message}</p>
            ) : (
              <RenewalProgressCard renewal={r} userId={userId!} />
            )}
            {r.policy ? <RenewalItemsTable items={r.items} /> : null}
          </div>
        )}
      </QueryState>
    </Dialog>
  );
}

/** The staff renewal table of an admin's scope: search, pages, and each person's details. */
export function StaffRenewal() {
  const [q, setQ] = useState('');
  const [offset, setOffset] = useState(0);
  const [open, setOpen] = useState<string | null>(null);
  const query = useStaffRenewal(q, offset);
  const paceOf = (pace: Pace) => PACES.find((p) => p.pace === pace)!;
  return (
    <div className="space-y-4">
      <QueryState query={query} loading={<ListSkeleton rows={4} label="Loading staff renewal" />}>
        {(data) => (
          <>
            <RenewalSummaryChart summary={data.summary} />
            <SearchInput
              id="staff-renewal-search"
              label="Search staff by name or email"
              placeholder="Search by name or email"
              value={q}
              onChange={(v) => {
                setQ(v);
                setOffset(0);
              }}
            />
            {data.items.length === 0 ? (
              <p className="text-slate-700">No educators match.</p>
            ) : (
              <ul className="divide-y divide-slate-200 rounded-md border border-slate-200 bg-white">
                {data.items.map((row) => {
                  const pace = paceOf(row.pace);
                  return (
                    <li key={row.userId} className="flex flex-col gap-2 p-4 sm:flex-row sm:items-center">
                      <div className="min-w-0 flex-1">
                        <p className="font-semibold break-words text-slate-900">{row.name}</p>
                        <p className="text-sm break-all text-slate-700">
                          {row.school ?? '—'}
                          {row.license ? ` · ${row.license}` : ''}
                        </p>
                      </div>
                      <div className="flex flex-wrap items-center gap-2 text-sm">
                        {row.requiredHours > 0 ? (
                          <span className="text-slate-800 tabular-nums">
                            {hoursText(row.countedHours)} of {hoursText(row.requiredHours)}
                            {row.earnedHours > row.countedHours
                              ? ` (${hoursText(row.earnedHours)} earned)`
                              : ''}
                          </span>
                        ) : null}
                        <StatusChip tone={pace.tone}>{pace.label}</StatusChip>
                        <Button size="sm" variant="secondary" onClick={() => setOpen(row.userId)}>
                          Details<span className="sr-only"> for {row.name}</span>
                        </Button>
                      </div>
                    </li>
                  );
                })}
              </ul>
            )}
            <Pagination
              total={data.total}
              limit={STAFF_RENEWAL_PAGE}
              offset={offset}
              onChange={setOffset}
              label="Staff pages"
            />
          </>
        )}
      </QueryState>
      <PersonDialog userId={open} onClose={() => setOpen(null)} />
    </div>
  );
}
