import { useState } from 'react';
import { QueryState } from '../../components/QueryState.js';
import { ListSkeleton } from '../../components/Skeleton.js';
import { StatusChip } from '../../components/StatusChip.js';
import { formatDate } from '../../lib/format.js';
import { useRedemptions } from './seats-api.js';

const STATE = {
  earned: { tone: 'success', icon: 'award', label: 'Earned' },
  in_progress: { tone: 'info', icon: 'pencil', label: 'Using a seat' },
  released: { tone: 'neutral', icon: 'refresh', label: 'Withdrew: seat given back' },
} as const;

/** Who used the pool's seats, loaded when opened. */
export function RedemptionList({ poolId, used }: { poolId: string; used: number }) {
  const [open, setOpen] = useState(false);
  const list = useRedemptions(poolId, open);
  return (
    <details onToggle={(e) => setOpen(e.currentTarget.open)} className="rounded-md border border-slate-200">
      <summary className="cursor-pointer px-3 py-2 text-sm font-medium text-slate-900">
        Who used seats ({used})
      </summary>
      <div className="border-t border-slate-200 p-3">
        {open ? (
          <QueryState query={list} loading={<ListSkeleton rows={2} />}>
            {({ items }) =>
              items.length ? (
                <ul className="divide-y divide-slate-200">
                  {items.map((r) => {
                    const s = STATE[r.state];
                    return (
                      <li
                        key={r.id}
                        className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm"
                      >
                        <span className="min-w-0">
                          <span className="font-medium text-slate-900">{r.person.name}</span>{' '}
                          <span className="text-slate-600">{r.person.email}</span>
                          <span className="block text-slate-700">
                            {r.microCredential.title} · since {formatDate(r.redeemedAt)}
                          </span>
                        </span>
                        <StatusChip tone={s.tone} icon={s.icon}>
                          {s.label}
                        </StatusChip>
                      </li>
                    );
                  })}
                </ul>
              ) : (
                <p className="text-sm text-slate-700">Nobody has used a seat yet.</p>
              )
            }
          </QueryState>
        ) : null}
      </div>
    </details>
  );
}
